import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERA_IDS } from '../eras/table';
import { inferFromText } from './from-text';
import { hostFromPreset } from '../host';
import { findPreset } from '../presets';
import { inferOrigin } from './decide';
import { judgeValue, sampleOf } from './values';
import type { ValueSample } from './types';

const v = (
  value: bigint,
  level: number | null = 1,
  context: ValueSample['context'] = 'any',
): ValueSample => ({
  value,
  level,
  context,
});

describe('inferOrigin on values alone', () => {
  it('reads 0x5a0 as the 5.13 – 6.9 placeholder, weakly', () => {
    const r = inferOrigin([], [v(0x5a0n)]);
    expect(r.eraLabel).toBe('5.13 – 6.9');
    expect(r.strength).toBe('weak');
    expect(r.line).toMatch(/^Read as 5\.13 – 6\.9 on .*Weak/);
  });
  it('reads the empty slot 0x8000000000000000 as 6.10 and later', () => {
    expect(inferOrigin([], [v(1n << 63n)]).eras).not.toContain('mmu-writable');
  });
  it('reads a 5.10 A/D-disabled EPT leaf as 5.10 – 5.12 on EPT without A/D', () => {
    const r = inferOrigin([], [v(0x0010000123456c77n)]);
    expect(r.best).toEqual({ era: 'special-type', host: 'ept-noad' });
  });
  it('reads a 5.10-era NPT leaf (H/M at 10/11) with its neighbours as 5.10 – 5.12', () => {
    const r = inferOrigin([], [v(0x0000000123456c67n), v(0x0000000123457c25n)]);
    expect(r.best.era).toBe('special-type');
  });
  it('a value whose message says "present" does not fit a reading as MMIO', () => {
    // W+X, no R: the EPT MMIO pattern from 5.13, but printed by make_spte as a present leaf.
    const host = hostFromPreset('ept-ad', { era: 'mmu-writable' })!;
    const asPresent = judgeValue(host, v(0x0600000123456b76n, 1, 'present'));
    expect(asPresent).toMatchObject({
      impossible: true,
      reason: expect.stringMatching(/says it is present.*mmio/),
    });
    expect(judgeValue(host, v(0x0600000123456b76n, 1, 'any')).reason).not.toMatch(/says it is present/);
  });
  it('does not hold against a kernel the finding its message was printed for', () => {
    const host = hostFromPreset('ept-ad', { era: 'ad-always' })!;
    const warn = { value: 0x8200000123456b77n, level: 1, format: 'writable_invariant_warn' } as const;
    expect(judgeValue(host, sampleOf(warn)).impossible).toBe(false);
    expect(judgeValue(host, sampleOf({ ...warn, format: 'kvm_tdp_mmu_spte_changed' })).impossible).toBe(true);
  });
  it('never offers as runner-up an era the values rule out', () => {
    const r = inferOrigin([], [v(0x5a0n), v(0x0610000123456877n)]);
    expect(r.runnerUp === null || !['special-type', 'ad-always', 'mbec'].includes(r.runnerUp.era)).toBe(true);
  });
  it('enumerates candidates from the era table', () => {
    const eras = new Set(inferOrigin([], [v(0x5a0n)]).scores.map((s) => s.era));
    expect([...eras].sort()).toEqual([...ERA_IDS].sort());
  });
});

describe('inferOrigin with text', () => {
  it('AMD traces and a version choose NPT and the version’s era', () => {
    const text = readFileSync('/work/shared/reports/r3-snp-invalid-spte-change.txt', 'utf8');
    const { inference } = inferFromText(text);
    expect(inference.best).toEqual({ era: 'mmu-writable', host: 'npt' });
    expect(inference.version).toMatch(/^6\.9\.0-rc7/);
    expect(inference.line).toMatch(/^Read as 5\.18 – 6\.9 on AMD NPT: /);
  });
  it('wording that says ≤ 5.12 with values that say ≥ 5.13 is a finding of its own', () => {
    const text = [
      'get_mmio_spte: detect reserved bits on spte, addr 0xfe00d000, dump hierarchy:',
      '------ spte 0x8000000102a3e907 level 4.',
      '------ spte 0x8000000102a3f907 level 3.',
    ].join('\n');
    // On EPT (bit 63 is NX on x86 hosts, so there the values would fit 5.10 shadow paging).
    const { inference } = inferFromText(text, {
      hosts: [{ id: 'ept-ad', label: 'EPT', params: findPreset('ept-ad')!.params }],
    });
    expect(inference.conflict).toMatchObject({ id: 'SPTE-K001' });
    expect(inference.conflict!.explanation).toMatch(/5\.10 – 5\.12.*between releases/);
    expect(inference.eras).not.toContain('special-type');
  });
});
