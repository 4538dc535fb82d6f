import { describe, expect, test } from 'vitest';
import { ALL_PANELS } from '../ui/inspectorOptions';
import {
  COMPACT_PANELS,
  panelsFor,
  parseConfig,
  parseFields,
  parseFlag,
  parseKernel,
  parseLevel,
  parsePreset,
  parseTheme,
  parseValue,
} from './options';
import { findPreset } from '../core';

describe('embed attribute parsers', () => {
  test('value: anything parseSpte accepts; its message otherwise', () => {
    expect(parseValue('0x8600000123456b77')).toEqual({ ok: true, value: 0x8600000123456b77n });
    expect(parseValue('8600_0001_2345_6b77')).toEqual({ ok: true, value: 0x8600000123456b77n });
    const bad = parseValue('0xzz');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/hex digit/i);
  });

  test('preset: known ids only, and the message lists them', () => {
    expect(parsePreset(' npt ')).toEqual({ ok: true, value: 'npt' });
    const bad = parsePreset('nope');
    expect(!bad.ok && bad.message).toMatch(/Unknown preset “nope”: use one of ept-ad, .*shadow/);
  });

  test('config: a params object or a configs.json entry; checkParams explains the rest', () => {
    const npt = findPreset('npt')!.params;
    expect(parseConfig(JSON.stringify(npt))).toEqual({ ok: true, value: npt });
    expect(parseConfig(JSON.stringify({ name: 'x', params: npt }))).toEqual({ ok: true, value: npt });
    expect(parseConfig('{').ok).toBe(false);
    const bad = parseConfig(JSON.stringify({ params: { ...npt, x86_phys_bits: 60 } }));
    expect(!bad.ok && bad.message).toMatch(/x86_phys_bits/);
    expect(parseConfig('[1]').ok).toBe(false);
  });

  test('level: 1 to 5', () => {
    expect(parseLevel('2')).toEqual({ ok: true, value: 2 });
    for (const t of ['0', '6', '1.0', 'two', '']) expect(parseLevel(t).ok).toBe(false);
  });

  test('boolean attributes: present means on, except explicit false words', () => {
    expect(parseFlag(null)).toBe(false);
    expect(parseFlag('')).toBe(true);
    expect(parseFlag('readonly')).toBe(true);
    expect(parseFlag('false')).toBe(false);
    expect(parseFlag('0')).toBe(false);
  });

  test('theme: light, dark, auto (= system)', () => {
    expect(parseTheme('dark')).toEqual({ ok: true, value: 'dark' });
    expect(parseTheme('Auto')).toEqual({ ok: true, value: 'system' });
    expect(parseTheme('purple').ok).toBe(false);
  });

  test('fields: panel names and aliases, in page order; unknown names reported', () => {
    expect(parseFields('findings, bits,kind')).toEqual({
      panels: ['grid', 'kind', 'findings'],
      message: null,
    });
    expect(parseFields('value host verdicts').panels).toEqual(['input', 'config', 'predicates']);
    const r = parseFields('grid,bogus');
    expect(r.panels).toEqual(['grid']);
    expect(r.message).toMatch(/Unknown panel “bogus”/);
    expect(parseFields(' , ')).toMatchObject({ panels: null });
    expect(parseFields('nope').panels).toBeNull();
  });

  test('kernel: parseKernelVersion, with its message', () => {
    expect(parseKernel('5.10')).toMatchObject({
      ok: true,
      value: { version: '5.10', era: expect.any(String) },
    });
    expect(parseKernel('current')).toMatchObject({
      ok: true,
      value: { version: 'mainline', era: 'mbec' },
    });
    const old = parseKernel('2.4');
    expect(!old.ok && old.message).toMatch(/older than KVM/);
  });

  test('panels: fields win; else compact or everything', () => {
    expect(panelsFor(false, null)).toBe(ALL_PANELS);
    expect(panelsFor(true, null)).toBe(COMPACT_PANELS);
    expect(panelsFor(true, ['fields'])).toEqual(['fields']);
  });
});
