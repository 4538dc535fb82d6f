import { describe, expect, it } from 'vitest';
import { decode, findPreset, makeHost } from '../../core';
import { buildLanes, nibbleDigits, shortFieldName } from './lanes';
import { buildVerdict, findingMarks } from './verdictView';
import { writableChoices } from './writableChoices';
import { writableFixes } from './writableFixes';

// The values below are 6.13–7.1 SPTEs (H/M at 57/58).
const host = makeHost(findPreset('ept-ad')!.params, { kernel: '7.1' });
const at = (v: bigint) => decode(host, v, 1);
const cellsOf = (v: bigint) =>
  at(v).fields.flatMap((f) =>
    Array.from({ length: f.def.hi - f.def.lo + 1 }, (_, i) => ({
      bit: f.def.hi - i,
      name: f.def.name,
      category: f.def.category,
    })),
  );

describe('field lanes', () => {
  const lanes = buildLanes(cellsOf(0x8600000123456b77n));

  it('splits every byte into spans that cover its eight cells', () => {
    expect(lanes).toHaveLength(8);
    for (const byte of lanes) expect(byte.reduce((n, s) => n + s.width, 0)).toBe(8);
  });

  it('names one-bit fields by their short name and wide ones in full', () => {
    const top = lanes[0]!;
    expect(top.map((s) => s.name)).toEqual([
      'Suppress #VE',
      'Unused',
      'MMU-writable',
      'Host-writable',
      'Saved X',
    ]);
    expect(top.map((s) => s.text)).toEqual(['SVE', '', 'MW', 'HW', 'sX']);
    expect(lanes[3]!.map((s) => s.text)).toEqual(['PFN']);
  });

  it('marks a field carried over from the byte before', () => {
    expect(lanes[2]![0]).toMatchObject({ name: 'Reserved PA bits', continued: true, bytePos: 2 });
    expect(lanes[2]![1]).toMatchObject({ name: 'PFN', continued: false, hi: 45, lo: 40 });
    expect(lanes[3]![0]).toMatchObject({ name: 'PFN', continued: true, bytePos: 3 });
  });

  it('falls back to the name itself for a field without a short name', () => {
    expect(shortFieldName('Some new field')).toBe('Some new field');
  });

  it('gives one hex digit per nibble', () => {
    expect(nibbleDigits('0x8600000123456b77').join('')).toBe('8600000123456b77');
  });
});

describe('verdict and writable fixes', () => {
  it('a legal value has no fixes and says so', () => {
    const d = at(0x8600000123456b77n);
    expect(buildVerdict(d)).toMatchObject({ ok: true, state: 'writable', hmw: 'H 1 · M 1 · W 1' });
    expect(writableFixes(host, d)).toEqual([]);
  });

  it('W without MMU-writable: the error is named, its bits marked, and two legal neighbours offered', () => {
    const d = at(0x8200000123456b77n);
    const v = buildVerdict(d);
    expect(v).toMatchObject({ ok: false, illegal: true, state: 'illegal' });
    expect(v.worst[0]).toMatchObject({ id: 'SPTE-W002', severity: 'error' });
    expect(v.announcement).toContain('SPTE-W002');
    expect(findingMarks(d).get(58)).toBe('error');
    expect(findingMarks(d).get(1)).toBe('error');
    expect(writableFixes(host, d).map((f) => [f.label, f.value])).toEqual([
      ['Set MMU-writable', 0x8600000123456b77n],
      ['Clear W', 0x8200000123456b75n],
    ]);
  });

  it('MMU-writable without Host-writable and W: setting Host-writable is the one-flip fix', () => {
    const d = at(0x8400000123456b77n);
    expect(writableFixes(host, d).map((f) => f.label)).toEqual(['Set Host-writable']);
  });

  it('each legal state names the transition to it and its flush decision', () => {
    const choices = writableChoices(host, at(0x8600000123456b77n));
    expect(choices.map((c) => c.current)).toEqual([true, false, false, false]);
    expect(choices[1]).toMatchObject({
      value: 0x8600000123456b75n,
      transition: 'Write-protect for dirty logging: W cleared, MMU-writable kept',
    });
    expect(choices[1]!.flush).toMatch(/^leaf_spte_change_needs_tlb_flush: no flush/);
    expect(choices[2]!.flush).toMatch(/^leaf_spte_change_needs_tlb_flush: flush/);
  });
});
