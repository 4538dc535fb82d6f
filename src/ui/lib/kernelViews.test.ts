import { describe, expect, test } from 'vitest';
import { compareEras, findPreset, hostFromPreset, makeHost } from '../../core';
import { buildCompareView, verdictText } from './compareView';
import { buildDiffView } from './diffView';
import { KERNEL_OPTIONS, eraVersion, kernelSummary, parseKernelChoice } from './kernels';
import { buildMaskRows } from './maskRows';

const params = findPreset('ept-ad')!.params;

describe('kernel choices', () => {
  test('parsing normalises; the parser’s message otherwise', () => {
    expect(parseKernelChoice(' v6.1 ')).toEqual({ ok: true, kernel: '6.1' });
    expect(parseKernelChoice('latest')).toEqual({ ok: true, kernel: 'current' });
    expect(parseKernelChoice('6.12.63')).toEqual({ ok: true, kernel: '6.12.63' });
    expect(parseKernelChoice('')).toMatchObject({ ok: false, message: /Empty kernel version/ });
  });

  test('suggestions: every era by the kernels people know, newest first, and LTS examples', () => {
    expect(KERNEL_OPTIONS.slice(0, 6).map((o) => o.value)).toEqual([
      'current',
      '7.1',
      '6.12',
      '6.1',
      '5.15',
      '5.10',
    ]);
    expect(KERNEL_OPTIONS[0]!.label).toBe('7.2 and later · mainline');
    expect(KERNEL_OPTIONS[1]!.label).toBe('6.13 – 7.1 · 6.18 LTS, 7.0, 7.1');
    expect(KERNEL_OPTIONS.find((o) => o.value === '6.6')?.label).toBe('5.18 – 6.9 · 6.6 LTS');
    expect(eraVersion('special-type')).toBe('5.10');
    expect(eraVersion('mbec')).toBe('current');
    expect(eraVersion('ad-always')).toBe('7.1');
  });

  test('summary of a host’s kernel, with the vendor caveat', () => {
    expect(kernelSummary(makeHost(params, { kernel: '4.18.0-305.el8' }))).toMatchObject({
      version: '4.18.0-305.el8',
      era: 'special-type',
      eraLabel: '5.10 – 5.12',
      note: expect.stringMatching(/RHEL 8/),
    });
    expect(kernelSummary(makeHost(params, { era: 'mmu-writable' })).version).toBe('5.18 – 6.9');
  });
});

describe('compare view', () => {
  test('differing fields are marked on both sides, predicates listed', () => {
    const v = buildCompareView(compareEras(params, 0x8600000123456b77n, 'ad-always', '5.10', 1));
    expect(v.differingText).toBe('63, 58, 57, 53–52, 45–12, 11, 10');
    const [a, b] = v.sides;
    expect(a.kernel).toBe('kernel 6.13 – 7.1 (era ad-always, modelled on 7.1)');
    expect(b.kernel).toBe('kernel 5.10 (era special-type, 5.10 – 5.12)');
    expect(a.rows.find((r) => r.id === 'mmu_present')?.differs).toBe(true);
    expect(a.rows.find((r) => r.id === 'x')?.differs).toBe(false);
    expect(a.cells.filter((c) => c.marked).map((c) => c.bit)).toEqual(v.differingBits);
    expect(v.predicates.find((p) => p.name === 'is_dirty_spte')).toEqual({
      name: 'is_dirty_spte',
      a: 'absent in this kernel',
      b: 'true',
      onlyIn: 'b',
    });
  });

  test('verdict text', () => {
    expect(verdictText(['ok', 'n/a'], 2)).toBe('n/a (level 2)');
    expect(verdictText({ precondition: false, value: 3 }, 1)).toBe('3 (precondition does not hold)');
    expect(verdictText({ precondition: true, read: true, write: false, exec: true }, 1)).toBe(
      'read true, write false, exec true',
    );
    expect(verdictText({ precondition: true, value: '0x1', warnings: ['x'] }, 1)).toBe('0x1 warns: x');
  });
});

describe('diff view', () => {
  test('aligned cells, changed bits and fields, transition and flushes', () => {
    const d = buildDiffView(
      hostFromPreset('ept-ad', { kernel: '7.1' })!,
      0x8600000123456b77n,
      0x8200000123456b75n,
      1,
    );
    expect(d.bitsText).toBe('changed bits: 58, 1');
    expect(d.fields).toEqual(['MMU-writable', 'W']);
    expect(d.old.cells).toHaveLength(64);
    expect(d.new.cells.filter((c) => c.marked).map((c) => c.bit)).toEqual([58, 1]);
    expect(d.transition.id).toBe('wrprot-shadow');
    expect(d.flush.map((f) => f.name)).toEqual([
      'leaf_spte_change_needs_tlb_flush',
      'tdp_map_flush',
      'mmu_spte_update_flush',
    ]);
  });
});

describe('mask rows', () => {
  test('every kind of variable reads as text', () => {
    expect(
      buildMaskRows({
        a: 0n,
        b: 46,
        c: true,
        d: [],
        e: ['w1', 'w2'],
        f: [
          [1n, null],
          [2n, null],
        ],
      }),
    ).toEqual([
      { name: 'a', value: '0' },
      { name: 'b', value: '46' },
      { name: 'c', value: 'true' },
      { name: 'd', value: 'none' },
      { name: 'e', value: 'w1; w2' },
      { name: 'f', value: 'not large: [0x1, –]  large: [0x2, –]' },
    ]);
  });
});
