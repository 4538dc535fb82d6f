/**
 * The 7.2 layout ("mbec" era, kernel-versions.md §12.2). Every expected value below is
 * computed by hand from §12.2, not by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { setMmioGeneration } from '../edit';
import { suggestEras } from '../eras/hints';
import { eraFromId, kernelSpec } from '../eras/table';
import { parseKernelVersion } from '../eras/version';
import { kernelMaskVariables } from '../eras/variables';
import { hostFromPreset, makeHost } from '../host';
import { layoutFor } from '../layout/tables';
import { findPreset } from '../presets';
import * as P from '../predicates';

const ept = hostFromPreset('ept-ad', { kernel: '7.2' })!;
const noad = hostFromPreset('ept-noad', { kernel: '7.2' })!;
const npt = hostFromPreset('npt', { kernel: '7.2' })!;
/** A writable 4K WB leaf for pfn 0x123456: SVE 63, M 55, H 53, bit 11, XU 10, D, A, IPAT, WB, RWX. */
const LEAF = 0x80a0000123456f77n;

describe('7.2 (mbec): which kernel strings mean it', () => {
  it('7.2, 7.2-rc1, current and mainline are the mbec era; 7.1 is not', () => {
    for (const v of ['7.2', '7.2-rc1', '7.3.1', 'current', 'mainline'])
      expect(parseKernelVersion(v)).toMatchObject({ ok: true, era: 'mbec' });
    expect(parseKernelVersion('7.1.3')).toMatchObject({ ok: true, era: 'ad-always' });
    // Old permalinks that stored the era id "current" now mean the newest era.
    expect(eraFromId('current')).toBe('mbec');
    expect(makeHost(findPreset('ept-ad')!.params).era).toBe('mbec');
  });
});

describe('7.2 (mbec): boot-time masks', () => {
  it('EPT: H 53, M 55, present mask = bit 63 only, access-track mask R|W|X|XU, user mask 0', () => {
    const m = ept.masks;
    expect(m.shadow_host_writable_mask).toBe(0x0020000000000000n);
    expect(m.shadow_mmu_writable_mask).toBe(0x0080000000000000n);
    expect(m.shadow_present_mask).toBe(0x8000000000000000n);
    expect(m.shadow_acc_track_mask).toBe(0x407n);
    expect(m.shadow_user_mask).toBe(0n);
    expect(m.shadow_x_mask).toBe(0x4n);
    expect(m.shadow_xu_mask).toBe(0x400n);
    expect([m.shadow_mmio_value, m.shadow_mmio_mask]).toEqual([6n, 0x8000000000000007n]);
    // Without exec-only support R still stays out of the present mask.
    const noExecOnly = makeHost({ ...findPreset('ept-ad')!.params, ept_exec_only: false }, { kernel: '7.2' });
    expect(noExecOnly.masks.shadow_present_mask).toBe(0x8000000000000000n);
  });

  it('NPT keeps H/M at 9/10 and has no user-execute bit', () => {
    expect(npt.masks.shadow_host_writable_mask).toBe(0x200n);
    expect(npt.masks.shadow_mmu_writable_mask).toBe(0x400n);
    expect(npt.masks.shadow_xu_mask).toBe(0n);
  });

  it('constants: FROZEN_SPTE 0x80000000000001a0, 18-bit generation, allowed mask with bit 10', () => {
    const k = kernelSpec('mbec');
    expect(k.removed).toEqual({ name: 'FROZEN_SPTE', fn: 'is_frozen_spte', value: 0x80000000000001a0n });
    expect(k.gen).toEqual({
      lowMask: 0x3f8n,
      lowShift: 3n,
      highMask: 0x7ff0000000000000n,
      highShift: 45n,
      mask: 0x3ffffn,
    });
    expect(k.bits.adType).toEqual({
      shift: 60n,
      mask: 0x3000000000000000n,
      disabled: 0x1000000000000000n,
      wrprotOnly: 0x2000000000000000n,
    });
    expect(k.bits.saved.mask).toBe(0x4050000000000000n);
    expect(k.bits.mmioAllowed).toBe(0x800ffffffffff407n);
    expect(kernelMaskVariables(ept).FROZEN_SPTE).toBe(0x80000000000001a0n);
  });
});

describe('7.2 (mbec): decoding', () => {
  it('a writable leaf is clean: MMU-writable, Host-writable, A/D type 00, executable', () => {
    const d = decode(ept, LEAF, 1);
    expect(d.cls.kind).toBe('leaf');
    expect(d.verdicts.is_mmu_writable_spte).toBe(true);
    expect(d.verdicts.host_writable_bit).toBe(true);
    expect(d.verdicts.spte_ad_enabled).toEqual({ precondition: true, value: true });
    expect(d.verdicts.spte_ad_need_write_protect).toEqual({ precondition: true, value: false });
    expect(d.verdicts.spte_to_pfn).toBe(0x123456n);
    expect(d.verdicts.is_executable_pte).toBe(true);
    expect(d.findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('a 6.13 – 7.1 leaf read as 7.2 does not look clean', () => {
    const d = decode(ept, 0x8600000123456b77n, 1);
    // W set, and bit 55 (MMU-writable since 7.2) clear.
    expect(d.findings.map((f) => f.id)).toContain('SPTE-W002');
    expect(d.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('field rows: XU at bit 10, A/D type 60–61, H 53, M 55; saved R/X/XU at 52/54/62 when tracked', () => {
    const at = (kind: 'leaf' | 'access-tracked', id: string) => {
      const f = layoutFor(ept, kind).fields.find((x) => x.id === id)!;
      return [f.lo, f.hi, f.name];
    };
    expect(at('leaf', 'xu')).toEqual([10, 10, 'XU']);
    expect(at('leaf', 'ad_type')).toEqual([60, 61, 'A/D type']);
    expect(at('leaf', 'host_writable')).toEqual([53, 53, 'Host-writable']);
    expect(at('leaf', 'mmu_writable')).toEqual([55, 55, 'MMU-writable']);
    expect(at('access-tracked', 'saved_r')).toEqual([52, 52, 'Saved R']);
    expect(at('access-tracked', 'saved_x')).toEqual([54, 54, 'Saved X']);
    expect(at('access-tracked', 'saved_xu')).toEqual([62, 62, 'Saved XU']);
    // Bits 56–59 are unused now.
    const unused = layoutFor(ept, 'leaf').fields.filter((f) => f.category === 'unused');
    expect(unused.some((f) => f.lo <= 56 && f.hi >= 59)).toBe(true);
  });

  it('access tracking saves R, X and XU at 52/54/62 and restore gives them back', () => {
    const tracked = P.mark_spte_for_access_track(noad, 0x90a0000123456f77n);
    expect(tracked).toEqual({ value: 0xd0f0000123456a70n, warnings: [] });
    expect(P.is_access_track_spte(noad, tracked.value)).toBe(true);
    expect(P.restore_acc_track_spte(noad, tracked.value)).toBe(0x90a0000123456e75n);
    // Saved-bit slots already in use: the WARN; bit 53 (Host-writable) is not one of them.
    expect(P.mark_spte_for_access_track(noad, 0x90a0000123456f77n | (1n << 62n)).warnings).toEqual([
      'saved-bits-not-zero',
    ]);
    expect(decode(noad, 0xd0f0000123456a70n, 1).cls.kind).toBe('access-tracked');
  });

  it('A/D type rules read bits 60–61', () => {
    const ids = (v: bigint) => decode(ept, v, 1).findings.map((f) => f.id);
    expect(ids(LEAF | (3n << 60n))).toContain('SPTE-A001');
    expect(ids(LEAF | (2n << 60n))).toContain('SPTE-A003');
    expect(ids(LEAF | (1n << 60n))).toContain('SPTE-A004');
    // Bits 52–53 = 11 are saved R plus Host-writable now, not an A/D type.
    expect(ids(LEAF | (1n << 52n))).not.toContain('SPTE-A001');
    expect(ids(LEAF | (1n << 52n))).toContain('SPTE-T002');
  });

  it('frozen value, MMIO generation without bit 10, MMIO unused bit 10', () => {
    expect(decode(ept, 0x80000000000001a0n, 1).cls.kind).toBe('frozen');
    expect(decode(ept, 0x80000000000005a0n, 1).cls.frozen).toBe(false);
    const mmio = setMmioGeneration(0x6n, 0x3ffff, ept);
    expect(mmio).toBe(0x7ff00000000003fen);
    expect(P.get_mmio_spte_generation(ept, mmio)).toBe(0x3ffff);
    expect(decode(ept, mmio, 1).findings.map((f) => f.id)).not.toContain('SPTE-M005');
    const stray = decode(ept, mmio | 0x400n, 1).findings.find((f) => f.id === 'SPTE-M005')!;
    expect(stray.bits).toBe(0x400n);
    expect(stray.explanation).toMatch(/bit 10 is no longer a generation bit/);
  });

  it('RWX = 000 with XU set: P007, and the XWR test folds XU into X', () => {
    const v = 0x80a0000123456c70n; // XU, no R/W/X, WB, IPAT
    expect(decode(ept, v, 1).findings.map((f) => f.id)).toContain('SPTE-P007');
    expect(decode(ept, v, 1).findings.map((f) => f.id)).not.toContain('SPTE-P002');
    // Execute-only is reserved without exec-only support: XU counts as X.
    const noExecOnly = makeHost({ ...findPreset('ept-ad')!.params, ept_exec_only: false }, { kernel: '7.2' });
    expect(P.is_bad_mt_xwr(noExecOnly, v)).toBe(true);
    expect(P.is_bad_mt_xwr(noExecOnly, v & ~0x400n)).toBe(false);
    // Up to 7.1 bit 10 is not part of the test: the same value is XWR 000, not reserved.
    expect(P.is_bad_mt_xwr(hostFromPreset('ept-ad', { kernel: '7.1' })!, v)).toBe(false);
  });

  it('the present-mask rule: a 7.2 leaf needs only bit 63', () => {
    const ids = (v: bigint) => decode(ept, v, 1).findings.map((f) => f.id);
    expect(ids(LEAF)).not.toContain('SPTE-P001');
    expect(ids(LEAF & ~(1n << 63n))).toContain('SPTE-P001');
  });
});

describe('7.2 (mbec): era hints', () => {
  const verdict = (v: bigint, era: string, preset = 'ept-ad') =>
    suggestEras(findPreset(preset)!.params, v).find((h) => h.era === era)!.verdict;
  it('bit 10 in an EPT leaf means 7.2+ (or 5.10 – 5.12); 57/58 rule 7.2 out', () => {
    expect(verdict(LEAF, 'mbec')).toBe('consistent');
    expect(verdict(LEAF, 'ad-always')).toBe('inconsistent');
    expect(verdict(0x8600000123456b77n, 'mbec')).toBe('inconsistent');
    expect(verdict(0x8600000123456b77n, 'ad-always')).toBe('consistent');
  });
  it('0x80000000000001a0 is the 7.2 frozen value; 0x80000000000005a0 the 6.10 – 7.1 one', () => {
    expect(verdict(0x80000000000001a0n, 'mbec')).toBe('consistent');
    expect(verdict(0x80000000000001a0n, 'ad-always')).toBe('inconsistent');
    expect(verdict(0x80000000000005a0n, 'mbec')).toBe('inconsistent');
    expect(verdict(0x80000000000005a0n, 'ad-always')).toBe('consistent');
  });
});
