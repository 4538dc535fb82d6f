import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERA_IDS, kernelSpec } from '../eras/table';
import { high32, hit, low32, matches, pairOf } from '../halves';
import { makeHost } from '../host';
import { PRESETS } from '../presets';
import { computeVerdicts, verdictKeys } from '../verdicts';

const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });

describe('one verdict view for every kernel', () => {
  it('computeVerdicts writes exactly verdictKeys(kernel), in that order, for every era and preset', () => {
    for (const era of ERA_IDS)
      for (const p of PRESETS) {
        const host = makeHost(p.params, { era });
        for (const v of [0n, 0x8600000123456b77n, 0x5a0n, 0x8000000000000000n, (1n << 64n) - 1n])
          expect(Object.keys(computeVerdicts(host, v)), `${era} ${p.id} ${v}`).toEqual([
            ...verdictKeys(kernelSpec(era)),
          ]);
      }
  });
});

describe('32-bit halves', () => {
  it('hit / matches / low32 / high32 agree with the bigint formulas (seeded)', () => {
    fc.assert(
      fc.property(u64, u64, u64, (s, m, v) => {
        const mp = pairOf(m);
        const vp = pairOf(v & m);
        expect(hit(mp, low32(s), high32(s))).toBe((s & m) !== 0n);
        expect(matches(mp, vp, low32(s), high32(s))).toBe((s & m) === (v & m));
        expect(low32(s) >>> 0).toBe(Number(s & 0xffffffffn));
        expect(high32(s) >>> 0).toBe(Number(s >> 32n));
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });

  it('a test of one value does not leak into the next (the split is memoised per value)', () => {
    const hi = pairOf(1n << 63n);
    expect(hit(hi, low32(1n << 63n), high32(1n << 63n))).toBe(true);
    expect(hit(hi, low32(1n), high32(1n))).toBe(false);
    expect(hit(hi, low32(1n << 63n), high32(1n << 63n))).toBe(true);
  });
});
