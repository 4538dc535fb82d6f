import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PARAM_SPECS, PRESETS, checkParams, findPreset } from '../../core';
import { decodeHash, encodeHash } from './hashCodec';

const adParams = findPreset('ept-ad')!.params;

describe('encodeHash', () => {
  test('a preset is written by id', () => {
    expect(encodeHash({ value: 0x8600000123456b77n, params: adParams, level: 1 })).toBe(
      '#v=0x8600000123456b77&preset=ept-ad&level=1',
    );
  });

  test('custom parameters are written as differences from the closest preset', () => {
    const shadow = findPreset('shadow')!.params;
    expect(
      encodeHash({ value: 0n, params: { ...shadow, maxphyaddr_cpuid: 40, x86_phys_bits: 40 }, level: 2 }),
    ).toBe('#v=0x0000000000000000&preset=shadow&p.maxphyaddr_cpuid=40&p.x86_phys_bits=40&level=2');
  });
});

describe('decodeHash', () => {
  test('restores the example permalink', () => {
    expect(decodeHash('#v=0x8600000123456b77&preset=ept-ad&level=1')).toEqual({
      value: 0x8600000123456b77n,
      params: adParams,
      level: 1,
      problems: [],
    });
  });

  test('applies p.* overrides on top of the preset', () => {
    const d = decodeHash('#v=0x1&preset=ept-ad&p.mmio_caching_param=false&level=3');
    expect(d.params).toEqual({ ...adParams, mmio_caching_param: false });
    expect(d.problems).toEqual([]);
  });

  test('an empty hash sets nothing', () => {
    expect(decodeHash('')).toEqual({ problems: [] });
    expect(decodeHash('#')).toEqual({ problems: [] });
  });

  test('bad content becomes messages, and the good parts still apply', () => {
    const d = decodeHash('#v=0xZZ&preset=nope&level=9&p.maxphyaddr_cpuid=12&what=1');
    expect(d.value).toBeUndefined();
    expect(d.level).toBeUndefined();
    expect(d.params).toEqual(adParams);
    expect(d.problems).toHaveLength(5);
    expect(d.problems[0]).toMatch(/value “0xZZ” is not an SPTE: Not a hex digit/);
    expect(d.problems.join(' ')).toMatch(/preset “nope” is unknown/);
    expect(d.problems.join(' ')).toMatch(/must be an integer from 32 to 52, got 12/);
    expect(d.problems.join(' ')).toMatch(/“what” is not something this page knows/);
  });

  test('garbage never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const d = decodeHash(s);
        expect(Array.isArray(d.problems)).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  test('round trip: every preset, any value and level', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        fc.constantFrom(...PRESETS),
        fc.integer({ min: 1, max: 5 }),
        (value, preset, level) => {
          const d = decodeHash(encodeHash({ value, params: preset.params, level }));
          expect(d).toEqual({ value, params: preset.params, level, problems: [] });
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  test('round trip: valid custom parameters', () => {
    const booleans = PARAM_SPECS.filter((s) => s.type === 'boolean').map((s) => s.key);
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), fc.constantFrom(...booleans), (preset, key) => {
        const params = { ...preset.params, [key]: !preset.params[key] };
        fc.pre(checkParams(params).ok);
        const d = decodeHash(encodeHash({ value: 1n, params, level: 1 }));
        expect(d.params).toEqual(params);
        expect(d.problems).toEqual([]);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});

describe('the kernel in the link', () => {
  test('written after the level, only when not current mainline', () => {
    expect(encodeHash({ value: 1n, params: adParams, level: 1, kernel: 'current' })).toBe(
      '#v=0x0000000000000001&preset=ept-ad&level=1',
    );
    expect(encodeHash({ value: 1n, params: adParams, level: 1, kernel: '6.1' })).toBe(
      '#v=0x0000000000000001&preset=ept-ad&level=1&kernel=6.1',
    );
    expect(
      decodeHash(encodeHash({ value: 1n, params: adParams, level: 1, kernel: '4.18.0-305.el8' })).kernel,
    ).toBe('4.18.0-305.el8');
  });

  test('read back normalised; an unusable one is a message', () => {
    expect(decodeHash('#v=0x1&kernel=v6.6').kernel).toBe('6.6');
    expect(decodeHash('#v=0x1&kernel=mainline').kernel).toBe('current');
    const d = decodeHash('#v=0x1&kernel=2.4');
    expect(d.kernel).toBeUndefined();
    expect(d.problems).toEqual([
      expect.stringMatching(
        /^The link's kernel is not usable: "2\.4" is older than KVM.*Using current mainline\.$/,
      ),
    ]);
  });
});

describe('a comparison in the link', () => {
  const base = { value: 0x8600000123456b77n, params: adParams, level: 1 };
  test('is written after the rest, with as=new only when the inspector value is the new one', () => {
    expect(encodeHash({ ...base, compare: { value: 0x8200000123456b75n, as: 'old' } })).toBe(
      '#v=0x8600000123456b77&preset=ept-ad&level=1&with=0x8200000123456b75',
    );
    expect(encodeHash({ ...base, kernel: '6.1', compare: { value: 0n, as: 'new' } })).toBe(
      '#v=0x8600000123456b77&preset=ept-ad&level=1&kernel=6.1&with=0x0000000000000000&as=new',
    );
  });
  test('is read back, and a bad one is a message that leaves the rest alone', () => {
    expect(decodeHash('#v=0x1&with=0x8200000123456b75&as=new')).toMatchObject({
      value: 1n,
      compare: { value: 0x8200000123456b75n, as: 'new' },
      problems: [],
    });
    const bad = decodeHash('#v=0x1&with=0xzz');
    expect(bad.compare).toBeUndefined();
    expect(bad.value).toBe(1n);
    expect(bad.problems.join(' ')).toMatch(/value to compare with “0xzz” is not an SPTE/);
    expect(decodeHash('#v=0x1&with=0x2&as=sideways').problems.join(' ')).toMatch(/should be old or new/);
    expect(decodeHash('#v=0x1&as=new').problems.join(' ')).toMatch(/no value to compare with/);
  });
});
