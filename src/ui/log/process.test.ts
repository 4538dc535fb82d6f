import { describe, expect, test } from 'vitest';
import { findPreset, makeHost } from '../../core';
import { readLog, type LogChunk, type LogSummary } from './process';

const params = findPreset('ept-ad')!.params;
// The log is from a 6.13 – 7.1 kernel.
const host = makeHost(params, { kernel: '7.1' });

const LOG = `> [  812.113201] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:
> [  812.113210] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0
> [  812.113221] kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits =
> 0x10000000000000
  CPU 5/KVM-4567  [005] .....   812.110004: kvm_mmu_paging_element: pte 80000000fe00d063 level 1
  CPU 2/KVM-4567  [002] d..1.   812.310001: kvm_tdp_mmu_spte_changed: as id 0 gfn 7f3a1 level 1 old_spte 8600000123456b77 new_spte 8200000123456b75
Nov 30 09:12:01 host kernel: kvm: Writable SPTE is not MMU-writable: 82000001234b77
`;

function drain(text: string, step = 2, previous = null as Parameters<typeof readLog>[3]) {
  const chunks: LogChunk[] = [];
  const run = readLog(text, host, step, previous);
  for (;;) {
    const r = run.next();
    if (r.done) return { chunks, ...r.value };
    chunks.push(r.value);
  }
}

describe('readLog', () => {
  test('finds, decodes at the line’s level (else 1) and streams in steps', () => {
    const { chunks, summary } = drain(LOG);
    const rows = chunks.flatMap((c) => c.rows);
    expect(
      rows.map((r) => [r.line, r.role, r.level, r.at, r.kind, r.worst?.id ?? null, r.walk, r.pair]),
    ).toEqual([
      [2, 'spte', 4, 4, 'nonleaf', null, 0, null],
      [3, 'spte', 1, 1, 'leaf', 'SPTE-W002', 0, null],
      [6, 'old', 1, 1, 'leaf', null, null, 0],
      [6, 'new', 1, 1, 'leaf', null, null, 0],
      [7, 'spte', null, 1, 'leaf', 'SPTE-W002', null, null],
    ]);
    expect(rows[1]!.errors).toBeGreaterThan(0);
    expect(chunks.map((c) => c.linesDone)).toEqual([2, 4, 6, 7]);
    expect(summary).toMatchObject<Partial<LogSummary>>({ count: 5, totalLines: 7 });
    expect(summary.clues.map((c) => [c.hint.clue, c.line])).toEqual([
      ['walk-wording-current', 1],
      ['printk-kvm-prefix', 1],
      ['tdp-mmu-spte-changed-tracepoint', 6],
      ['writable-invariant-warn', 7],
    ]);
  });

  test('the same text with another kernel only re-decodes', () => {
    const first = drain(LOG);
    const old = makeHost(params, { kernel: '5.10' });
    const run = readLog(LOG, old, 100, first.extracted);
    const chunk = run.next();
    expect(chunk.done).toBe(false);
    const rows = (chunk.value as LogChunk).rows;
    expect(rows).toHaveLength(5);
    expect(rows[0]!.line).toBe(2);
    const end = run.next();
    expect(end.done && end.value.extracted).toBe(first.extracted);
  });

  test('an empty log reads as nothing', () => {
    const { chunks, summary } = drain('');
    expect(chunks).toEqual([]);
    expect(summary).toEqual({ count: 0, totalLines: 0, clues: [] });
  });

  test('a value its message prints as present keeps that context, whatever its bits read as here', () => {
    // make_spte's reserved-bit WARN on a W+X leaf without R: EPT's MMIO pattern under 7.1.
    const { chunks } = drain('kvm: spte = 0x0000000123456b76, level = 1, rsvd bits = 0x0\n');
    const [row] = chunks.flatMap((c) => c.rows);
    expect(row?.format).toBe('make_spte_rsvd_warn');
    expect(row?.context).toBe('present');
    expect(row?.kind).toBe('mmio');
  });
});
