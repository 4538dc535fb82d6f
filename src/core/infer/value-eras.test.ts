import { describe, expect, it } from 'vitest';
import { inferOrigin } from './decide';
import { erasTheValuesAllow } from './value-eras';

describe('erasTheValuesAllow', () => {
  it('leaves out the eras the values rule out, per host', () => {
    // 0x5a0 is the 5.13 – 6.9 placeholder: stray bits before 5.13 and from 6.10 on.
    const inf = inferOrigin([], [{ value: 0x5a0n, level: 1, context: 'any' }]);
    const ept = erasTheValuesAllow(inf, 'ept-ad');
    expect(ept).toEqual(expect.arrayContaining(['mmu-present-lockless', 'mmu-writable']));
    expect(ept).not.toContain('special-type');
    expect(ept).not.toContain('mbec');
  });

  it('keeps an era that the values explain as well as any other, whatever the wording says', () => {
    // A present EPT leaf of 6.10 – 7.1 (A/D type in 52–53, bits 57/58 writable).
    const inf = inferOrigin([], [{ value: 0x8600000123456b77n, level: 1, context: 'any' }]);
    expect(erasTheValuesAllow(inf, 'ept-ad')).toContain('ad-always');
    expect(erasTheValuesAllow(inf, 'ept-ad')).not.toContain('special-type');
  });

  it('allows every era when there are no values, and judges an unknown host as the best one', () => {
    const none = inferOrigin([], []);
    expect(erasTheValuesAllow(none, 'ept-ad')).toHaveLength(new Set(none.scores.map((s) => s.era)).size);
    const inf = inferOrigin([], [{ value: 0x5a0n, level: 1, context: 'any' }]);
    expect(erasTheValuesAllow(inf, 'custom')).toEqual(erasTheValuesAllow(inf, inf.best.host));
  });
});
