/**
 * Issue 5 benchmark: extract and decode every SPTE in a generated 1,000,000-line log
 * through `spte log --json FILE`, against a baseline measured in the same run: reading the
 * file and splitting it into lines. Also times the extractor alone (no decode) in-process,
 * to show where the time goes.
 */

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogExtractor } from '../src/core/log';

const N = Number(process.env.BENCH_LOG_LINES ?? 1_000_000);

/**
 * A mix like a real report: trace-cmd lines with their prefixes, dmesg walk dumps, journal
 * WARNs, guest-walk tracepoints (numbers that are not SPTEs) and unrelated text.
 */
export function generatedLog(lines: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++) {
    const g = (0x10000 + i).toString(16);
    const t = `${1000 + Math.floor(i / 1000)}.${String(i % 1000000).padStart(6, '0')}`;
    const cpu = `  CPU ${i % 8}/KVM-4567  [00${i % 8}] d..1.   ${t}: `;
    switch (i % 8) {
      case 0:
        out.push(`${cpu}kvm_mmu_set_spte: gfn ${g} spte 86000001${g}b77 (rwxu) level 1 at 102a40068`);
        break;
      case 1:
        out.push(
          `${cpu}kvm_tdp_mmu_spte_changed: as id 0 gfn ${g} level 1 old_spte 86000001${g}b77 new_spte 86000001${g}b75`,
        );
        break;
      case 2:
        out.push(`${cpu}kvm_mmu_paging_element: pte 80000000${g}063 level 1`);
        break;
      case 3:
        out.push(
          `[ ${t}] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x${g}000, hierarchy:`,
        );
        out.push(`[ ${t}] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0`);
        out.push(`[ ${t}] kvm: ------ spte = 0x80100000${g}b77 level = 1, rsvd bits = 0x10000000000000`);
        break;
      case 4:
        out.push(`Nov 30 09:12:01 host kernel: kvm: Writable SPTE is not MMU-writable: 82000001${g}b77`);
        break;
      case 5:
        out.push(
          `${cpu}fast_page_fault: vcpu 5 gva ${g}000 error_code P|W sptep 00000000c0ffee08 old 0x86000001${g}b75 new 86000001${g}b77 spurious 0 fixed 1`,
        );
        break;
      case 6:
        out.push(`[ ${t}] RAX: 0000000000000000 RBX: ffff888101234560 RCX: 86000001234b77`);
        break;
      default:
        out.push(`[ ${t}] unrelated boot noise ${i} at 0x${g}`);
    }
  }
  out.length = lines;
  return out.join('\n') + '\n';
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

export function benchLogCli(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'spte-log-bench-'));
  const file = join(dir, 'log.txt');
  writeFileSync(file, generatedLog(N));

  // Baseline: read the text and split it into lines.
  let t = performance.now();
  const lines = readFileSync(file, 'utf8').split('\n');
  const base = performance.now() - t;

  // The extractor alone, in-process: which lines hold SPTEs, with roles and levels.
  t = performance.now();
  const x = createLogExtractor();
  let found = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) found += x.push(line).length;
  found += x.end().length;
  const extract = performance.now() - t;

  // The CLI: extract and fully decode each SPTE, one JSON object per SPTE (tsx start-up
  // included). Its output (hundreds of MB) goes to a file, as it would in use.
  const outFile = join(dir, 'log.jsonl');
  const fd = openSync(outFile, 'w');
  t = performance.now();
  const cli = spawnSync(
    'npm',
    ['run', '--silent', 'spte', '--', 'log', '--preset', 'ept-ad', '--json', file],
    {
      stdio: ['ignore', fd, 'inherit'],
    },
  );
  const cliMs = performance.now() - t;
  closeSync(fd);
  if (cli.status !== 0) throw new Error(`spte log exited ${cli.status}`);
  const emitted = countNewlines(readFileSync(outFile));
  if (emitted !== found) throw new Error(`CLI printed ${emitted} SPTEs, the extractor found ${found}`);
  const mb = (statSync(outFile).size / 1e6).toFixed(0);

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `log CLI (${lines.length.toLocaleString('en')} lines, ${found.toLocaleString('en')} SPTEs):`,
    `  baseline read+split           ${s(base).padStart(8)}`,
    `  extract only (in-process)     ${s(extract).padStart(8)}   ratio ${(extract / base).toFixed(1)}x`,
    `  spte log --json (CLI)         ${s(cliMs).padStart(8)}   ratio ${(cliMs / base).toFixed(1)}x   (${mb} MB of JSON)`,
  ];
}
