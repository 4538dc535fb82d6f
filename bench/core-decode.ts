/**
 * Issue 2 benchmark: full decode (all predicates, layout, findings) of 1,000,000 values
 * through the core and through `spte decode --json`, against a parse-only baseline that
 * reads the same file and turns each line into a BigInt.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, hex16, hostFromPreset, parseSpte } from '../src/core';
import { realisticValues } from './values';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const ns = (ms: number) => ((ms * 1e6) / N).toFixed(0);

export function benchCoreDecode(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'spte-bench-'));
  const file = join(dir, 'values.txt');
  writeFileSync(file, realisticValues(N).map(hex16).join('\n') + '\n');
  // The realistic values are 6.13 – 7.1 SPTEs: decode them for that kernel.
  const host = hostFromPreset('ept-ad', { kernel: '7.1' })!;

  // Best of three for both, interleaved, so a busy moment on the machine hits neither alone.
  let base = Infinity;
  let full = Infinity;
  let sink = 0n;
  let findings = 0;
  for (let round = 0; round < 3; round++) {
    // Baseline: read the file, split lines, BigInt each.
    let t = performance.now();
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line) sink ^= BigInt(line);
    base = Math.min(base, performance.now() - t);

    // Same work through the core's own parser and the full decode.
    t = performance.now();
    findings = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const r = parseSpte(line);
      if (r.ok) findings += decode(host, r.value, 1).findings.length;
    }
    full = Math.min(full, performance.now() - t);
  }

  // The CLI on the same file (one process; includes tsx start-up).
  const t = performance.now();
  const cli = spawnSync('npm', ['run', '--silent', 'spte', '--', 'decode', '--kernel', '7.1', '--json'], {
    input: readFileSync(file),
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const cliMs = performance.now() - t;
  if (cli.status !== 0) throw new Error(`CLI exited ${cli.status}`);

  return [
    `core decode (${N.toLocaleString('en')} values, ${findings} findings, sink ${sink & 1n}):`,
    `  baseline read+split+BigInt  ${ns(base).padStart(6)} ns/value`,
    `  full core decode            ${ns(full).padStart(6)} ns/value   ratio ${(full / base).toFixed(2)}x`,
    `  spte decode --json (CLI)    ${ns(cliMs).padStart(6)} ns/value   ratio ${(cliMs / base).toFixed(2)}x`,
  ];
}
