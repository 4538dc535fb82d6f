#!/usr/bin/env node
// Packs the package the way `npm publish` would (prepack builds dist-lib), installs the
// tarball into a scratch project and uses "spte-inspector/core" from plain Node ESM and
// from TypeScript with Node's own module resolution (nodenext).
//
//   node scripts/check-pack.mjs [--keep]
//
// The tarball is unpacked into node_modules/spte-inspector by hand: the core has no
// dependencies, so no registry is needed and the check stays fast and offline.
// Prints one JSON line with what was checked; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const scratch = mkdtempSync(join(tmpdir(), 'spte-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  // 1. Pack (runs prepack → npm run build:lib).
  // The build's own output comes first on stdout; npm's JSON report is the last thing.
  const out = run('npm', ['pack', '--json', '--pack-destination', scratch], repo);
  const [packed] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
  const files = packed.files.map((f) => f.path).sort();
  const unexpected = files.filter((f) => !/^(dist-lib\/|package\.json$|README\.md$|LICENSE)/.test(f));
  if (unexpected.length) throw new Error(`unexpected files in the package: ${unexpected.join(', ')}`);
  for (const need of ['dist-lib/core.js', 'dist-lib/types/index.d.ts'])
    if (!files.includes(need)) throw new Error(`${need} is missing from the package`);

  // 2. "Install" it into a consumer project.
  const consumer = join(scratch, 'consumer');
  const pkgDir = join(consumer, 'node_modules', 'spte-inspector');
  mkdirSync(pkgDir, { recursive: true });
  run('tar', ['-xzf', join(scratch, packed.filename), '-C', pkgDir, '--strip-components=1'], repo);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );

  // 3. Plain Node ESM.
  writeFileSync(
    join(consumer, 'check.mjs'),
    `import { decode, hostFromPreset, parseSpte } from 'spte-inspector/core';
const parsed = parseSpte('0x8600000123456b75');
const host = hostFromPreset('ept-ad', { kernel: '6.6' });
if (!parsed.ok || !host) throw new Error('parse or preset failed');
const d = decode(host, parsed.value, 1);
console.log(JSON.stringify({ kind: d.cls.kind, findings: d.findings.map((f) => f.id) }));
`,
  );
  const decoded = JSON.parse(run(process.execPath, ['check.mjs'], consumer));
  if (decoded.kind !== 'leaf' || !decoded.findings.includes('SPTE-W003'))
    throw new Error(`unexpected decode result: ${JSON.stringify(decoded)}`);

  // Only the declared exports are reachable.
  let blocked = false;
  try {
    run(
      process.execPath,
      ['--input-type=module', '-e', "await import('spte-inspector/dist-lib/core.js')"],
      consumer,
    );
  } catch {
    blocked = true;
  }
  if (!blocked) throw new Error('a deep import outside "exports" resolved');

  // 4. TypeScript with Node's resolution: the declarations must resolve and type-check.
  writeFileSync(
    join(consumer, 'check.ts'),
    `import { decode, hostFromPreset, parseSpte, type Decoded, type Host } from 'spte-inspector/core';
const parsed = parseSpte('0x0');
const host: Host | undefined = hostFromPreset('npt');
if (parsed.ok && host) {
  const d: Decoded = decode(host, parsed.value, 1);
  const kind: string = d.cls.kind;
  void kind;
}
// @ts-expect-error decode needs a Host, not a preset id
decode('npt', 0n, 1);
`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        noEmit: true,
        types: [],
        lib: ['es2023'],
      },
      files: ['check.ts'],
    }),
  );
  run(
    process.execPath,
    [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    consumer,
  );

  console.log(
    JSON.stringify({
      ok: true,
      tarball: packed.filename,
      size: packed.size,
      unpackedSize: packed.unpackedSize,
      files: files.length,
      decoded,
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
