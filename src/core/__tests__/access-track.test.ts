import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bit } from '../bits';
import { hostFromPreset } from '../host';
import * as P from '../predicates';

const noad = hostFromPreset('ept-noad', { kernel: '7.1' })!;

describe('access tracking (spec §3.2, §6)', () => {
  it('follows the kernel example: tracked then restored', () => {
    const tracked = P.mark_spte_for_access_track(noad, 0x8610000123456b77n);
    expect(tracked).toEqual({ value: 0x8750000123456a70n, warnings: [] });
    expect(P.restore_acc_track_spte(noad, tracked.value)).toBe(0x8610000123456a75n);
  });

  it('mark → restore keeps R and X, drops W and A, for any A/D-disabled leaf (seeded)', () => {
    const leaf = fc
      .bigInt({ min: 0n, max: (1n << 64n) - 1n })
      // An untracked A/D-disabled present leaf with clean saved-bit slots and some R/X.
      .map((v) => ((v & ~((3n << 52n) | (5n << 54n) | bit(11))) | (1n << 52n) | bit(11)) & ((1n << 64n) - 1n))
      .filter((v) => (v & 7n) !== 0n);
    fc.assert(
      fc.property(leaf, (v) => {
        const { value: t, warnings } = P.mark_spte_for_access_track(noad, v);
        const r = P.restore_acc_track_spte(noad, t);
        return (
          P.is_access_track_spte(noad, t) &&
          !warnings.includes('saved-bits-not-zero') &&
          (r & 5n) === (v & 5n) &&
          (r & 2n) === 0n &&
          (r & bit(8)) === 0n &&
          (r & ~(7n | bit(8) | (5n << 54n))) === (v & ~(7n | bit(8) | (5n << 54n)))
        );
      }),
      { seed: 1128, numRuns: 2000 },
    );
  });

  it('warns when saved-bit slots are already occupied', () => {
    const w = P.mark_spte_for_access_track(noad, 0x8610000123456b77n | bit(54));
    expect(w.warnings).toEqual(['saved-bits-not-zero']);
  });

  it('A/D-enabled SPTEs only lose the Accessed bit', () => {
    const ad = hostFromPreset('ept-ad', { kernel: '7.1' })!;
    expect(P.mark_spte_for_access_track(ad, 0x8600000123456b77n).value).toBe(0x8600000123456a77n);
  });
});

describe('writable invariants: all 8 (H, M, W) combinations', () => {
  const ad = hostFromPreset('ept-ad', { kernel: '7.1' })!;
  const base = 0x8000000123456877n & ~2n;
  const cases: [number, number, number, string][] = [
    [1, 1, 1, 'ok'],
    [1, 1, 0, 'ok'],
    [1, 0, 0, 'ok'],
    [0, 0, 0, 'ok'],
    [0, 1, 0, 'mmu-writable-not-host-writable'],
    [0, 1, 1, 'mmu-writable-not-host-writable'],
    [1, 0, 1, 'writable-not-mmu-writable'],
    [0, 0, 1, 'writable-not-mmu-writable'],
  ];
  it.each(cases)('H=%i M=%i W=%i → %s', (h, m, w, want) => {
    const v = base | (h ? bit(57) : 0n) | (m ? bit(58) : 0n) | (w ? 2n : 0n);
    expect(P.check_spte_writable_invariants(ad, v)).toBe(want);
  });
});
