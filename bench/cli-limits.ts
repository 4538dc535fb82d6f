/**
 * Issue 15 benchmark: what hostile input costs the CLI and the parser. Each CLI case is
 * measured with /usr/bin/time (wall time and max RSS) against a baseline measured in the
 * same run: `spte decode 0x5a0`, i.e. start-up alone. The parser case compares a 20 MB
 * digit string with a real 16-digit SPTE, in-process.
 */

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSpte } from '../src/core/parse';

const TSX = 'node_modules/.bin/tsx';
const MAIN = 'src/cli/main.ts';

interface Cost {
  ms: number;
  rssMb: number;
  status: number | null;
}

function measure(args: string[], stdinFile: string | null): Cost {
  const fd = stdinFile === null ? 'ignore' : openSync(stdinFile, 'r');
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', TSX, MAIN, ...args], {
    stdio: [fd, 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (typeof fd === 'number') closeSync(fd);
  const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024, status: r.status };
}

export function benchCliLimits(): string[] {
  if (!existsSync('/usr/bin/time')) return ['cli limits: skipped (no /usr/bin/time)'];
  const dir = mkdtempSync(join(tmpdir(), 'spte-limits-'));
  const bigLine = join(dir, 'line20mb.txt');
  writeFileSync(bigLine, `0x5a0\n${'9'.repeat(20_000_000)}\n0x8600000123456b77\n`);

  const base = measure(['decode', '0x5a0'], null);
  const cases: [string, Cost][] = [
    ['decode, 20 MB stdin line', measure(['decode', '--json'], bigLine)],
    ['log FILE, 20 MB line', measure(['log', '--json', bigLine], null)],
    ['--config /dev/zero', measure(['decode', '--config', '/dev/zero', '0'], null)],
  ];

  // The parser: a 20 MB paste against a real SPTE (median of several runs each).
  const huge = '0x' + '9'.repeat(20_000_000);
  const time = (s: string, n: number) => {
    const t = performance.now();
    for (let i = 0; i < n; i++) parseSpte(s);
    return (performance.now() - t) / n;
  };
  const small = time('0x8600000123456b77', 100_000);
  const big = time(huge, 1_000);
  const kb = time('0x' + '9'.repeat(1_000), 10_000);

  const row = (name: string, c: Cost) =>
    `  ${name.padEnd(28)} ${(c.ms / 1000).toFixed(2).padStart(6)} s  ratio ${(c.ms / base.ms).toFixed(2)}x   max RSS ${c.rssMb.toFixed(0).padStart(4)} MB (ratio ${(c.rssMb / base.rssMb).toFixed(2)}x)   exit ${c.status}`;
  return [
    'CLI limits (baseline: spte decode 0x5a0, start-up alone):',
    row('baseline', base),
    ...cases.map(([n, c]) => row(n, c)),
    `parser: 20 MB digit string ${(big * 1000).toFixed(2)} µs vs 1 KB one ${(kb * 1000).toFixed(2)} µs (ratio ${(big / kb).toFixed(2)}x) vs 16-digit SPTE ${(small * 1000).toFixed(2)} µs (ratio ${(big / small).toFixed(2)}x)`,
  ];
}
