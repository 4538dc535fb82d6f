import { describe, expect, test } from 'vitest';
import { decode, hostFromPreset, predicates } from '../../core';
import { applyFieldEdit, maxMmioGfn } from './fieldEdits';

// The edits below use 6.13 – 7.1 values (A/D type in bits 52–53).
const ad = hostFromPreset('ept-ad', { kernel: '7.1' })!;
const l1tf = hostFromPreset('ept-ad-l1tf', { kernel: '7.1' })!;
const leaf = decode(ad, 0x8600000123456b77n, 1);
const mmio = (h = ad) => decode(h, 0x0000000012345006n, 1);

describe('applyFieldEdit', () => {
  test('PFN in hex', () => {
    expect(applyFieldEdit(ad, leaf, 'pfn', '0x1')).toEqual({ ok: true, value: 0x8600000000001b77n });
    expect(applyFieldEdit(ad, leaf, 'pfn', '3ff_ffff_ffff')).toMatchObject({
      ok: false,
      message: 'PFN is 34 bits wide: enter 0 to 0x3ffffffff.',
    });
    expect(applyFieldEdit(ad, leaf, 'pfn', '')).toMatchObject({ ok: false, message: /in hex/ });
    expect(applyFieldEdit(ad, leaf, 'pfn', '0xg')).toMatchObject({ ok: false, message: /Not a hex digit/ });
  });

  test('memory type and A/D type by encoding', () => {
    expect(applyFieldEdit(ad, leaf, 'memtype', '0')).toEqual({ ok: true, value: 0x8600000123456b47n });
    expect(applyFieldEdit(ad, leaf, 'ad_type', '1')).toEqual({ ok: true, value: 0x8610000123456b77n });
    expect(applyFieldEdit(ad, leaf, 'ad_type', '4').ok).toBe(false);
  });

  test('MMIO generation as a whole number', () => {
    const r = applyFieldEdit(ad, mmio(), 'gen_high', '300000');
    expect(r.ok && predicates.get_mmio_spte_generation(ad, r.value)).toBe(300000);
    expect(applyFieldEdit(ad, mmio(), 'gen_high', '0x10')).toMatchObject({ ok: true });
    expect(applyFieldEdit(ad, mmio(), 'gen_high', '524288')).toMatchObject({
      ok: false,
      message: /0 to 524287/,
    });
    expect(applyFieldEdit(ad, mmio(), 'gen_high', '-1').ok).toBe(false);
  });

  test('the generation editor takes its width from the kernel: 18 bits on 5.10 – 5.12 and from 7.2', () => {
    for (const kernel of ['5.10', '5.12.9', '7.2']) {
      const h = hostFromPreset('ept-ad', { kernel })!;
      const m = decode(h, 0x0000000012345006n | (kernel === '7.2' ? 0n : 3n << 52n), 1);
      expect(m.cls.kind).toBe('mmio');
      expect(applyFieldEdit(h, m, 'gen_high', '262144')).toMatchObject({
        ok: false,
        message: 'The MMIO generation is 18 bits: enter 0 to 262143.',
      });
      const r = applyFieldEdit(h, m, 'gen_high', '262143');
      expect(r.ok && predicates.get_mmio_spte_generation(h, r.value)).toBe(262143);
    }
  });

  test('MMIO GFN, including the L1TF split', () => {
    const r = applyFieldEdit(l1tf, mmio(l1tf), 'gfn', '0x3ffff0000');
    expect(r.ok && predicates.get_mmio_spte_gfn(l1tf, r.value)).toBe(0x3ffff0000n);
    const tooBig = applyFieldEdit(ad, mmio(), 'gfn', '0xffffffffff');
    expect(tooBig).toMatchObject({ ok: false, message: /does not fit/ });
    expect(maxMmioGfn(ad)).toBeGreaterThan(0n);
  });

  test('fields that are not editable, or not in this layout', () => {
    expect(applyFieldEdit(ad, leaf, 'mmu_writable', '1')).toMatchObject({ ok: false });
    expect(applyFieldEdit(ad, leaf, 'gfn', '1')).toMatchObject({ ok: false, message: /no field "gfn"/ });
  });
});
