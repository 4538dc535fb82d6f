#!/usr/bin/env node
// The package's declarations beyond what tsc emits for the ES entries:
// - dist-lib/types-cjs: a .d.cts copy of dist-lib/types for the "require" conditions, so
//   TypeScript reads the CommonJS files as CommonJS (not "ESM masquerading as CJS");
// - dist-lib/element.d.ts and dist-lib/react.d.ts: the element's hand-written types.
// Usage: node scripts/package-types.mjs (after tsc and fix-dts-imports).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const esm = join(repo, 'dist-lib/types');
const cjs = join(repo, 'dist-lib/types-cjs');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

rmSync(cjs, { recursive: true, force: true });
let n = 0;
for (const file of walk(esm)) {
  const target = join(cjs, relative(esm, file)).replace(/\.d\.ts$/, '.d.cts');
  mkdirSync(dirname(target), { recursive: true });
  const text = readFileSync(file, 'utf8').replace(
    /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\.js\2/g,
    '$1$2$3.cjs$2',
  );
  writeFileSync(target, text);
  n++;
}
for (const name of ['element.d.ts', 'react.d.ts'])
  copyFileSync(join(repo, 'types', name), join(repo, 'dist-lib', name));
console.log(`package-types: ${n} .d.cts files, element and react declarations`);
