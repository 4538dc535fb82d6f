import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { RULES } from '../findings/rules';
import { hostFromPreset, makeHost } from '../host';

// The catalogue's crafted values use the 6.13 – 7.1 layout unless a case names its kernel.
const ids = (preset: string, v: bigint, level = 1, kernel = '7.1') =>
  decode(hostFromPreset(preset, { kernel })!, v, level).findings.map((f) => f.id);
const severities = (preset: string, v: bigint, level = 1, kernel = '7.1') =>
  decode(hostFromPreset(preset, { kernel })!, v, level).findings.map((f) => f.severity);

/** One crafted value per finding: [id, preset, value, level, kernel?]. */
const CASES: [string, string, bigint, number, string?][] = [
  ['SPTE-W001', 'ept-ad', 0x8400000123456b75n, 1],
  ['SPTE-W002', 'ept-ad', 0x8200000123456b77n, 1],
  ['SPTE-W003', 'ept-ad', 0x8600000123456b77n, 1],
  ['SPTE-W004', 'ept-ad', 0x0200000123456b77n, 1, '5.15'],
  ['SPTE-A001', 'ept-ad', 0x8630000123456b77n, 1],
  ['SPTE-A002', 'npt', 0x0010000123456e67n, 1],
  ['SPTE-A003', 'ept-ad', 0x8620000123456b77n, 1],
  ['SPTE-A004', 'ept-ad', 0x8610000123456b77n, 1],
  ['SPTE-T001', 'ept-noad', 0x8750000123456a70n, 1],
  ['SPTE-T002', 'ept-ad', 0x8640000123456b77n, 1],
  ['SPTE-R001', 'ept-ad', 0x8600400123456b77n, 1],
  ['SPTE-R002', 'ept-ad', 0x8600000123456b53n, 1],
  ['SPTE-P001', 'ept-ad', 0x0600000123456b77n, 1],
  ['SPTE-P002', 'ept-ad', 0x8600000123456b70n, 1],
  ['SPTE-P003', 'ept-ad', 0x8000000123456905n, 2],
  ['SPTE-P004', 'ept-ad', 0x8400000123456907n, 2],
  ['SPTE-P005', 'ept-ad', 0x8600000123456bf7n, 1],
  ['SPTE-P006', 'npt-sme', 0x0000000123456e67n, 1],
  ['SPTE-M001', 'ept-ad', 0x0000000012345006n, 1],
  ['SPTE-M002', 'ept-ad', 0x0000000012345806n, 1],
  ['SPTE-M004', 'ept-ad-l1tf', 0x1237c1001234522en, 1],
  ['SPTE-M005', 'ept-ad', 0x0000400012345006n, 1],
  ['SPTE-F001', 'ept-ad', 0x80000000000005a0n, 1],
  ['SPTE-N001', 'ept-ad', 0x8000000000000000n, 1],
  ['SPTE-N002', 'ept-ad', 0n, 1],
  ['SPTE-N003', 'ept-ad', 0x8000000000000400n, 1],
  ['SPTE-L001', 'ept-ad', 0x8000000123456907n, 5],
  // 7.2: RWX = 000 with user-execute (bit 10) set.
  ['SPTE-P007', 'ept-ad', 0x80a0000123456b70n | (1n << 10n), 1, '7.2'],
];

describe('findings catalogue', () => {
  it('has unique, well-formed ids and a test case for each', () => {
    const all = RULES.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^SPTE-[A-Z]\d{3}$/);
    // M003 needs a host with MMIO caching off; it has its own test below.
    expect(new Set([...CASES.map((c) => c[0]), 'SPTE-M003'])).toEqual(new Set(all));
  });

  it.each(
    CASES.map(
      ([id, preset, v, level, kernel]) => [id, preset, `0x${v.toString(16)}`, level, kernel] as const,
    ),
  )('%s fires for %s %s at level %i (kernel %s)', (id, preset, v, level, kernel) =>
    expect(ids(preset, BigInt(v), level, kernel)).toContain(id),
  );

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
