import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { decode } from '../decode';
import { ERA_IDS } from '../eras/table';
import { kernelSpec } from '../eras/table';
import { checkContext } from '../findings/check';
import { RULES } from '../findings/rules';
import { exampleHost } from '../findings/examples';
import { KERNEL_SCOPES, kernelScopeText } from '../findings/scope';
import { makeHost } from '../host';
import { inferFromText } from '../infer/from-text';
import { PRESETS } from '../presets';

const ON_VALUES = RULES.filter((r) => r.appliesTo.input !== 'text');
const ON_TEXTS = RULES.filter((r) => r.appliesTo.input === 'text');

describe('every finding carries an example that fires it', () => {
  it.each(ON_VALUES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const h = exampleHost(r.example);
    expect(decode(h, r.example.value, r.example.level).findings.map((f) => f.id)).toContain(r.id);
  });

  it.each(ON_TEXTS.map((r) => [r.id, r] as const))('%s (read from its example text)', (_id, r) => {
    const read = inferFromText(r.example.text!);
    expect([read.inference.conflict?.id, read.maxphyaddr?.id]).toContain(r.id);
    expect(read.entries.map((e) => e.value)).toContain(r.example.value);
    // The value alone never fires it: it is about the text.
    const h = exampleHost(r.example);
    expect(decode(h, r.example.value, r.example.level).findings.map((f) => f.id)).not.toContain(r.id);
  });

  it('text findings are K001 and K002, each with an example text', () => {
    expect(ON_TEXTS.map((r) => r.id)).toEqual(['SPTE-K001', 'SPTE-K002']);
    for (const r of RULES) expect(r.example.text !== undefined, r.id).toBe(r.appliesTo.input === 'text');
  });

  it('M003 needs its parameter: without it the example does not fire', () => {
    const r = RULES.find((x) => x.id === 'SPTE-M003')!;
    const plain = exampleHost({ ...r.example, params: {} });
    expect(decode(plain, r.example.value, r.example.level).findings.map((f) => f.id)).not.toContain(
      'SPTE-M003',
    );
  });
});

describe('findings fire only where they say they apply', () => {
  // Every preset, every era, a few mmio-caching variants; the rules run unfiltered here.
  const hosts = ERA_IDS.flatMap((era) =>
    PRESETS.flatMap((p) => [
      makeHost(p.params, { era }),
      makeHost({ ...p.params, mmio_caching_param: false }, { era }),
    ]),
  );
  // Values built from the examples with random bits flipped, plus fully random ones.
  const examples = RULES.map((r) => r.example.value);
  const value = fc.oneof(
    fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
    fc
      .tuple(fc.constantFrom(...examples), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.nat(63))
      .map(([v, r, n]) => v ^ (r & (((1n << BigInt(n % 8)) - 1n) << BigInt(n)))),
  );

  it('kinds, flavours and kernels declared by each rule hold whenever it fires (seeded)', () => {
    fc.assert(
      fc.property(fc.nat(hosts.length - 1), value, fc.integer({ min: 1, max: 5 }), (hi, v, level) => {
        const host = hosts[hi]!;
        const cls = classify(host, v, level);
        const ctx = checkContext({ host, value: v, level, cls });
        for (const r of RULES) {
          if (r.check(ctx) === null) continue;
          const a = r.appliesTo;
          expect(a.kinds, `${r.id} kind`).toContain(cls.kind);
          expect(a.flavours, `${r.id} flavour`).toContain(host.flavour);
          expect(KERNEL_SCOPES[a.kernels].holds(host.kernel), `${r.id} kernel`).toBe(true);
        }
      }),
      { seed: 11, numRuns: 4000 },
    );
  });

  it('kernel scopes read as release ranges from the era table', () => {
    expect(kernelScopeText('all')).toBe('every kernel');
    expect(kernelScopeText('user-exec')).toBe('7.2+');
    expect(kernelScopeText('mmu-present-bit')).toBe('5.13+');
    expect(KERNEL_SCOPES['lockless-writable'].holds(kernelSpec('special-type'))).toBe(true);
  });
});
