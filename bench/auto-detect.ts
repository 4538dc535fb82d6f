/**
 * Issue 12 benchmark: automatic kernel/host detection must keep a 100,000-line paste within
 * 1.5× of decoding it for a fixed kernel and host. Both runs are in-process and do the same
 * work a paste does (extract every SPTE, decode each with its findings); the auto run also
 * scans every line for clues and addresses, scores the candidates and checks MMIO GFNs
 * against the addresses (SPTE-K002). Best of five each, interleaved; ratio printed.
 */

import { decode, findPreset, makeHost } from '../src/core';
import { createClueScanner, inferOrigin, sampleOf, suggestMaxphyaddr } from '../src/core/infer';
import { createAddressScanner, createLogExtractor, type LogEntry } from '../src/core/log';
import { generatedLog } from './log-cli';

const N = Number(process.env.BENCH_AUTO_LINES ?? 100_000);

function extract(lines: readonly string[], scan: boolean) {
  const x = createLogExtractor();
  const clues = createClueScanner();
  const addresses = createAddressScanner();
  const entries: LogEntry[] = [];
  for (const line of lines) {
    if (scan) {
      clues.push(line);
      addresses.push(line);
    }
    for (const e of x.push(line)) entries.push(e);
  }
  for (const e of x.end()) entries.push(e);
  return { entries, clues: clues.clues(), claims: addresses.claims() };
}

function decodeAll(entries: readonly LogEntry[], host: ReturnType<typeof makeHost>): number {
  let findings = 0;
  for (const e of entries) findings += decode(host, e.value, e.level ?? 1).findings.length;
  return findings;
}

function fixed(lines: readonly string[]): number {
  const { entries } = extract(lines, false);
  return decodeAll(entries, makeHost(findPreset('ept-ad')!.params));
}

function auto(lines: readonly string[]): number {
  const { entries, clues, claims } = extract(lines, true);
  const r = inferOrigin(clues, entries.map(sampleOf));
  const host = makeHost(findPreset(r.best.host)!.params, { era: r.best.era });
  const hint = suggestMaxphyaddr(host, entries, claims);
  return decodeAll(entries, host) + (hint ? 1 : 0);
}

/** Best of five, the two runs interleaved so a busy machine slows both alike. */
function bestOfFive(a: () => number, b: () => number): [number, number] {
  let ma = Infinity;
  let mb = Infinity;
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    a();
    ma = Math.min(ma, performance.now() - t);
    t = performance.now();
    b();
    mb = Math.min(mb, performance.now() - t);
  }
  return [ma, mb];
}

export function benchAutoDetect(): string[] {
  const lines = generatedLog(N).split('\n');
  const [base, withAuto] = bestOfFive(
    () => fixed(lines),
    () => auto(lines),
  );
  const r = inferOrigin(extract(lines, true).clues, extract(lines, false).entries.map(sampleOf));
  const ratio = withAuto / base;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `auto-detect (${lines.length.toLocaleString('en')}-line paste; read as ${r.eraLabel} on ${r.hostLabel}):`,
    `  fixed kernel and host (baseline) ${s(base).padStart(8)}`,
    `  auto kernel and host             ${s(withAuto).padStart(8)}   ratio ${ratio.toFixed(2)}x (budget 1.5x${ratio <= 1.5 ? ', met' : ', EXCEEDED'})`,
  ];
}
