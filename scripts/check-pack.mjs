#!/usr/bin/env node
// Packs the package the way `npm publish` would (prepack builds dist-lib), installs the
// tarball OFFLINE into a scratch project without dev dependencies, and uses it the ways
// its README promises:
//   - `spte --version` (the package's version; start-up time measured against bare node) and a decode;
//   - "spte-inspector/core", "/markdown-it", "/remark" from Node ESM and CommonJS;
//   - "spte-inspector/element" imported in Node (SSR-safe) and bundled by a Vite consumer;
//   - TypeScript (nodenext) on an ESM file, a CommonJS file and a React TSX file;
//   - an export lint: every export path exists, has types, and import/require resolve.
//
//   node scripts/check-pack.mjs [--keep]
//
// Prints one JSON line with what was checked; exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const scratch = mkdtempSync(join(tmpdir(), 'spte-pack-'));
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
const node = (args, cwd) => run(process.execPath, args, cwd);
const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
const timings = {};
const time = (name, f) => {
  const t0 = performance.now();
  const r = f();
  timings[name] = Math.round(performance.now() - t0);
  return r;
};

const REQUIRED_FILES = [
  'LICENSE',
  'dist-lib/core.js',
  'dist-lib/core.cjs',
  'dist-lib/types/core/index.d.ts',
  'dist-lib/types-cjs/core/index.d.cts',
  'dist-lib/element.d.ts',
  'dist-lib/react.d.ts',
  'dist-lib/embed/spte-inspector.js',
  'dist-lib/embed/spte-inspector.iife.js',
  'dist-lib/bin/spte.js',
  'dist-lib/markdown-it.js',
  'dist-lib/remark.js',
];

try {
  // 1. Pack (runs prepack → npm run build:lib). npm's JSON report is the last thing on stdout.
  const out = time('pack', () => run('npm', ['pack', '--json', '--pack-destination', scratch], repo));
  const [packed] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
  const files = packed.files.map((f) => f.path).sort();
  const unexpected = files.filter((f) => !/^(dist-lib\/|package\.json$|README\.md$|LICENSE$)/.test(f));
  if (unexpected.length) throw new Error(`unexpected files in the package: ${unexpected.join(', ')}`);
  for (const need of REQUIRED_FILES)
    if (!files.includes(need)) throw new Error(`${need} is missing from the package`);

  // 2. Install it offline, without dev dependencies, as a user's project would.
  const consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  time('install', () =>
    run(
      'npm',
      [
        'install',
        '--offline',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        join(scratch, packed.filename),
      ],
      consumer,
    ),
  );
  const pkgDir = join(consumer, 'node_modules', 'spte-inspector');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
    if (pkg[field] && Object.keys(pkg[field]).length)
      throw new Error(`the package has ${field}: ${Object.keys(pkg[field])}`);

  // 3. The command: version and a decode. Start-up is measured (best of five, against a bare
  // `node -e 0` in the same run) and reported, not asserted: timing depends on the machine.
  const bin = join(consumer, 'node_modules', '.bin', 'spte');
  const best = (cmd, args) => {
    let min = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const out = run(cmd, args, consumer);
      min = Math.min(min, performance.now() - t0);
      if (cmd === bin && out.trim() !== version)
        throw new Error(`spte --version printed "${out.trim()}", not ${version}`);
    }
    return Math.round(min);
  };
  timings.nodeStartMs = best(process.execPath, ['-e', '0']);
  timings.versionStartMs = best(bin, ['--version']);
  timings.versionVsNode = Number((timings.versionStartMs / Math.max(1, timings.nodeStartMs)).toFixed(2));
  const viaNpx = run('npx', ['--offline', '--no-install', 'spte', '--version'], consumer).trim();
  if (viaNpx !== version) throw new Error(`npx spte --version printed "${viaNpx}"`);
  const cliDecode = JSON.parse(
    run(bin, ['decode', '--json', '-p', 'ept-ad', '-k', '6.6', '0x8600000123456b75'], consumer),
  );
  if (!JSON.stringify(cliDecode).includes('SPTE-W003'))
    throw new Error(`spte decode: ${JSON.stringify(cliDecode)}`);
  const svg = run(bin, ['svg', '0x8600000123456b75'], consumer);
  if (!svg.startsWith('<svg ') || !svg.trimEnd().endsWith('</svg>'))
    throw new Error('spte svg did not print an SVG');

  // 4. Node ESM and CommonJS.
  writeFileSync(
    join(consumer, 'check.mjs'),
    `import { decode, hostFromPreset, parseSpte, renderSvg } from 'spte-inspector/core';
import spteMarkdownIt from 'spte-inspector/markdown-it';
import remarkSpte from 'spte-inspector/remark';
import { SpteInspectorElement, TAG_NAME } from 'spte-inspector/element';
import 'spte-inspector/react';
const parsed = parseSpte('0x8600000123456b75');
const host = hostFromPreset('ept-ad', { kernel: '6.6' });
if (!parsed.ok || !host) throw new Error('parse or preset failed');
const d = decode(host, parsed.value, 1);
if (!renderSvg(host, parsed.value).startsWith('<svg')) throw new Error('renderSvg');
if (typeof spteMarkdownIt !== 'function' || typeof remarkSpte !== 'function') throw new Error('plugins');
if (TAG_NAME !== 'spte-inspector' || typeof SpteInspectorElement !== 'function') throw new Error('element');
console.log(JSON.stringify({ kind: d.cls.kind, findings: d.findings.map((f) => f.id) }));
`,
  );
  const decoded = JSON.parse(node(['check.mjs'], consumer));
  if (decoded.kind !== 'leaf' || !decoded.findings.includes('SPTE-W003'))
    throw new Error(`unexpected decode result: ${JSON.stringify(decoded)}`);
  writeFileSync(
    join(consumer, 'check.cjs'),
    `const { decode, hostFromPreset, parseSpte } = require('spte-inspector/core');
const { spteMarkdownIt } = require('spte-inspector/markdown-it');
const { remarkSpte } = require('spte-inspector/remark');
const p = parseSpte('0x5a0');
const d = decode(hostFromPreset('npt'), p.value, 1);
if (typeof spteMarkdownIt !== 'function' || typeof remarkSpte !== 'function') throw new Error('plugins');
console.log(d.cls.kind);
`,
  );
  if (node(['check.cjs'], consumer).trim() !== 'nonpresent') throw new Error('CommonJS decode failed');

  // Only the declared exports are reachable.
  const deep = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "await import('spte-inspector/dist-lib/core.js')"],
    {
      cwd: consumer,
    },
  );
  if (deep.status === 0) throw new Error('a deep import outside "exports" resolved');

  // 5. Export lint: every path exists, every entry has types, import and require resolve.
  const lint = [];
  for (const [sub, target] of Object.entries(pkg.exports)) {
    const spec = `spte-inspector${sub.slice(1)}`;
    const leaves = [];
    const walk = (t, conds) =>
      typeof t === 'string'
        ? leaves.push({ conds, path: t })
        : Object.entries(t).forEach(([c, v]) => walk(v, [...conds, c]));
    walk(target, []);
    for (const l of leaves)
      if (!existsSync(join(pkgDir, l.path))) lint.push(`${sub} → ${l.path} does not exist`);
    const code = leaves.filter((l) => !l.conds.includes('types'));
    const typed = leaves.some((l) => l.conds.includes('types'));
    const isCode = !sub.endsWith('.json') && !sub.startsWith('./embed/');
    if (isCode && !typed) lint.push(`${sub} has no types`);
    if (isCode)
      for (const l of code)
        if (l.conds.includes('require') && !l.path.endsWith('.cjs'))
          lint.push(`${sub}: require → ${l.path} is not .cjs`);
    for (const l of leaves.filter((x) => x.conds.includes('types')))
      if (l.conds.includes('require') !== l.path.endsWith('.d.cts'))
        lint.push(
          `${sub}: types for ${l.conds.join('/')} → ${l.path} (CommonJS types must be .d.cts, ESM .d.ts)`,
        );
    const probe = `const r = (await import('node:module')).createRequire(process.cwd() + '/');
r.resolve(${JSON.stringify(spec)});
${isCode ? `await import(${JSON.stringify(spec)});` : ''}`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: consumer,
      encoding: 'utf8',
    });
    if (res.status !== 0)
      lint.push(
        `${spec} does not resolve: ${res.stderr.split('\n').find((x) => x.includes('Error')) ?? res.stderr}`,
      );
  }
  if (lint.length) throw new Error(`export lint:\n  ${lint.join('\n  ')}`);

  // 6. TypeScript (nodenext): ESM, CommonJS and React TSX consumers.
  writeFileSync(
    join(consumer, 'check.ts'),
    `import { decode, hostFromPreset, parseSpte, renderSvg, type Decoded, type Host } from 'spte-inspector/core';
import spteMarkdownIt, { type SpteFenceOptions } from 'spte-inspector/markdown-it';
import remarkSpte from 'spte-inspector/remark';
import { SpteInspectorElement, type SpteChangeDetail } from 'spte-inspector/element';
const parsed = parseSpte('0x0');
const host: Host | undefined = hostFromPreset('npt');
if (parsed.ok && host) {
  const d: Decoded = decode(host, parsed.value, 1);
  const svg: string = renderSvg(host, d.value, { theme: 'dark', level: 1 });
  void svg;
}
const o: SpteFenceOptions = { svgOnly: true };
void [spteMarkdownIt, remarkSpte, o];
const el: SpteInspectorElement | null = document.querySelector('spte-inspector');
el?.addEventListener('change', (e) => {
  const detail: SpteChangeDetail = e.detail;
  void detail;
});
// @ts-expect-error decode needs a Host, not a preset id
decode('npt', 0n, 1);
`,
  );
  writeFileSync(
    join(consumer, 'check-cjs.cts'),
    `import core = require('spte-inspector/core');
import md = require('spte-inspector/markdown-it');
const h: core.Host | undefined = core.hostFromPreset('npt');
void [h, md.spteMarkdownIt];
`,
  );
  writeFileSync(
    join(consumer, 'check.tsx'),
    `import 'spte-inspector/react';
export function Figure() {
  return (
    <figure>
      <spte-inspector value="0x8600000123456b77" preset="ept-ad" level={1} kernel="6.6" compact readonly />
      {/* @ts-expect-error theme is light, dark or auto */}
      <spte-inspector theme="pink" />
    </figure>
  );
}
`,
  );
  // React's types are the consumer's own (dev) dependency: borrow the repository's.
  mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
  symlinkSync(
    join(repo, 'node_modules', '@types', 'react'),
    join(consumer, 'node_modules', '@types', 'react'),
  );
  symlinkSync(join(repo, 'node_modules', 'csstype'), join(consumer, 'node_modules', 'csstype'));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        types: [],
        lib: ['es2023', 'dom'],
        // Checking lib.dom and React's own declarations costs ~10 s and tests nothing of ours.
        skipLibCheck: true,
      },
      files: ['check.ts', 'check-cjs.cts', 'check.tsx'],
    }),
  );
  time('tsc', () =>
    node([join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer),
  );

  // 7. A Vite consumer bundles the element (the repository's Vite plays the user's).
  writeFileSync(
    join(consumer, 'index.html'),
    '<!doctype html><spte-inspector value="0x5a0"></spte-inspector><script type="module" src="./main.js"></script>\n',
  );
  writeFileSync(
    join(consumer, 'main.js'),
    "import { TAG_NAME } from 'spte-inspector/element';\nconsole.log(customElements.get(TAG_NAME));\n",
  );
  time('viteBuild', () =>
    node(
      [
        join(repo, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'error',
        '--outDir',
        'dist',
      ],
      consumer,
    ),
  );
  const assets = run('ls', [join(consumer, 'dist', 'assets')], consumer)
    .trim()
    .split('\n');
  const bundled = readFileSync(
    join(
      consumer,
      'dist',
      'assets',
      assets.find((a) => a.endsWith('.js')),
    ),
    'utf8',
  );
  if (!bundled.includes('spte-inspector')) throw new Error('the Vite consumer build lost the element');

  console.log(
    JSON.stringify({
      ok: true,
      tarball: packed.filename,
      size: packed.size,
      unpackedSize: packed.unpackedSize,
      files: files.length,
      decoded,
      timings,
    }),
  );
} catch (e) {
  const err = /** @type {Error & {stdout?: string, stderr?: string}} */ (e);
  console.error(`check-pack failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
  else console.error(`kept ${scratch}`);
}
