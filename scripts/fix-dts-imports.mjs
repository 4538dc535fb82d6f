#!/usr/bin/env node
// tsc keeps the bundler-style specifiers of the sources ('./params', './eras') in the
// declarations it emits. Node's ESM resolution (TypeScript `module: node16/nodenext`)
// needs full paths, so rewrite every relative specifier to the .js file or the
// directory's index.js. Usage: node scripts/fix-dts-imports.mjs dist-lib/types
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist-lib/types');
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

let files = 0;
let rewritten = 0;
for (const file of declarations(root)) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(SPECIFIER, (all, lead, quote, spec) => {
    if (/\.(js|mjs|cjs|json)$/.test(spec)) return all;
    const base = resolve(dirname(file), spec);
    let target;
    if (existsSync(`${base}.d.ts`)) target = `${spec}.js`;
    else if (existsSync(join(base, 'index.d.ts'))) target = `${spec.replace(/\/$/, '')}/index.js`;
    else throw new Error(`${file}: cannot resolve ${spec}`);
    rewritten++;
    return `${lead}${quote}${target}${quote}`;
  });
  if (out !== text) writeFileSync(file, out);
  files++;
}
console.log(`fix-dts-imports: ${rewritten} specifiers in ${files} declaration files under ${root}`);
