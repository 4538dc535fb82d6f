import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { RULES } from '../findings/rules';
import { hostFromPreset, makeHost } from '../host';

// The catalogue's crafted values use the 6.13 – 7.1 layout unless a case names its kernel.
const severities = (preset: string, v: bigint, level = 1, kernel = '7.1') =>
  decode(hostFromPreset(preset, { kernel })!, v, level).findings.map((f) => f.severity);

describe('findings catalogue', () => {
  it('has unique, well-formed ids (each example is tested in findings-scope.test.ts)', () => {
    const all = RULES.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^SPTE-[A-Z]\d{3}$/);
  });

  it('M003 fires when MMIO caching is off', () => {
    const npt = hostFromPreset('npt')!;
    const off = makeHost({ ...npt.params, mmio_caching_param: false });
    expect(off.masks.enable_mmio_caching).toBe(false);
    expect(decode(off, 0x0008000000000001n, 1).findings.map((f) => f.id)).toContain('SPTE-M003');
    expect(decode(npt, 0x0008000000000001n, 1).findings.map((f) => f.id)).not.toContain('SPTE-M003');
  });

  it('deliberate oddities are explained, never errors or warnings', () => {
    for (const [preset, v] of [
      ['ept-ad', 0x0000000012345006n],
      ['ept-ad', 0x80000000000005a0n],
      ['ept-ad', 0x8000000000000000n],
      ['npt', 0x0008000012345001n],
      ['shadow', 0x12380ff65432122fn],
      ['ept-ad-l1tf', 0x1237ff001234522en],
      ['tdx-td', 0n],
      ['ept-noad', 0x8750000123456a70n],
    ] as const) {
      expect(severities(preset, v)).not.toContain('error');
      expect(severities(preset, v)).not.toContain('warning');
    }
  });

  it('a realistic writable leaf on every flavour has no errors', () => {
    expect(severities('ept-ad', 0x8600000123456b77n)).toEqual(['info']);
    expect(severities('npt', 0x0000000123456e67n)).toEqual(['info']);
  });
});

describe('findings name kernel functions as the chosen kernel spells them', () => {
  const fn = (kernel: string, value: bigint, id: string) =>
    decode(hostFromPreset('ept-ad', { kernel })!, value, 1).findings.find((f) => f.id === id)?.kernel;
  it('the frozen placeholder: is_frozen_spte from 6.11, is_removed_spte before', () => {
    expect(fn('7.1', 0x80000000000005a0n, 'SPTE-F001')).toBe('is_frozen_spte');
    expect(fn('6.10', 0x80000000000005a0n, 'SPTE-F001')).toBe('is_removed_spte');
    expect(fn('6.6', 0x5a0n, 'SPTE-F001')).toBe('is_removed_spte');
  });
  it('the writable state: check_spte_writable_invariants from 5.19, the lockless check before', () => {
    expect(fn('6.1', 0x8600000123456b77n, 'SPTE-W003')).toBe('check_spte_writable_invariants');
    expect(fn('5.15', 0x0600000123456b77n, 'SPTE-W003')).toBe('spte_can_locklessly_be_made_writable');
  });
});
