/**
 * The kernel's SPTE predicates and extractors (spec §4), one small function each,
 * named like the kernel's. Preconditions are not enforced here: like a production
 * kernel (KVM_MMU_WARN_ON compiled out) every formula returns a value; callers that
 * report results pair it with the precondition (see verdicts.ts).
 */

import { bit, not64 } from './bits';
import {
  PT_PAGE_SIZE_MASK,
  PT_PRESENT_MASK,
  PT_WRITABLE_MASK,
  SPTE_MMU_PRESENT_MASK,
  VMX_EPT_EXECUTABLE_MASK,
  VMX_EPT_MISCONFIG_WX_VALUE,
  VMX_EPT_RWX_MASK,
  VMX_EPT_SUPPRESS_VE_BIT,
} from './constants';
import type { Host } from './host';

export const is_shadow_present_pte = (s: bigint): boolean => (s & SPTE_MMU_PRESENT_MASK) !== 0n;

/** Compares against the per-VM value and ignores bit 11: a value can be present *and* MMIO. */
export const is_mmio_spte = (h: Host, s: bigint): boolean =>
  (s & h.masks.shadow_mmio_mask) === h.masks.kvm_arch_shadow_mmio_value && h.masks.enable_mmio_caching;

/** FROZEN_SPTE (REMOVED_SPTE before 6.11); false where the kernel has no placeholder. */
export const is_frozen_spte = (h: Host, s: bigint): boolean =>
  h.kernel.removed !== null && s === h.kernel.removed.value;

export const is_ept_ve_possible = (h: Host, s: bigint): boolean =>
  (h.masks.shadow_present_mask & VMX_EPT_SUPPRESS_VE_BIT) !== 0n &&
  (s & VMX_EPT_SUPPRESS_VE_BIT) === 0n &&
  (s & VMX_EPT_RWX_MASK) !== VMX_EPT_MISCONFIG_WX_VALUE;

/** The A/D type field (bits 52–53, 60–61 from 7.2) as a number 0–3. */
export const ad_type = (h: Host, s: bigint): number =>
  Number((s & h.kernel.bits.adType.mask) >> h.kernel.bits.adType.shift);
/** Types 00, 10 and the never-produced 11 all count as "A/D enabled". */
export const spte_ad_enabled = (h: Host, s: bigint): boolean =>
  (s & h.kernel.bits.adType.mask) !== h.kernel.bits.adType.disabled;
export const spte_ad_need_write_protect = (h: Host, s: bigint): boolean =>
  (s & h.kernel.bits.adType.mask) !== 0n;

/** On NPT/shadow the track mask is 0, so any type-01 value qualifies. */
export const is_access_track_spte = (h: Host, s: bigint): boolean =>
  !spte_ad_enabled(h, s) && (s & h.masks.shadow_acc_track_mask) === 0n;

export const is_large_pte = (s: bigint): boolean => (s & PT_PAGE_SIZE_MASK) !== 0n;
export const is_last_spte = (s: bigint, level: number): boolean => level === 1 || is_large_pte(s);

export const is_executable_pte = (h: Host, s: bigint): boolean =>
  (s & (h.masks.shadow_x_mask | h.masks.shadow_nx_mask)) === h.masks.shadow_x_mask;

export const spte_to_pfn = (h: Host, s: bigint): bigint => (s & h.masks.SPTE_BASE_ADDR_MASK) >> 12n;
export const is_accessed_spte = (h: Host, s: bigint): boolean => (s & h.masks.shadow_accessed_mask) !== 0n;
export const is_writable_pte = (s: bigint): boolean => (s & PT_WRITABLE_MASK) !== 0n;
export const is_mmu_writable_spte = (h: Host, s: bigint): boolean =>
  (s & h.masks.shadow_mmu_writable_mask) !== 0n;
export const host_writable_bit = (h: Host, s: bigint): boolean =>
  (s & h.masks.shadow_host_writable_mask) !== 0n;

/** The kernel's generation split (18 bits ≤5.12 and from 7.2, 19 bits in between). */
export const get_mmio_spte_generation = (h: Host, s: bigint): number => {
  const g = h.kernel.gen;
  return Number(((s & g.lowMask) >> g.lowShift) | ((s & g.highMask) >> g.highShift));
};

/** GPA bits hidden under the L1TF guard were copied five bits higher; fetch them back. */
export const get_mmio_spte_gfn = (h: Host, s: bigint): bigint =>
  ((s & h.masks.shadow_nonpresent_or_rsvd_lower_gfn_mask) |
    ((s >> 5n) & h.masks.shadow_nonpresent_or_rsvd_mask)) >>
  12n;

export const get_mmio_spte_access = (h: Host, s: bigint): number =>
  Number(s & h.masks.shadow_mmio_access_mask);

export type FaultType = 'read' | 'write' | 'exec';
export function is_access_allowed(h: Host, s: bigint, fault: FaultType): boolean {
  if (fault === 'exec') return is_executable_pte(h, s);
  if (fault === 'write') return is_writable_pte(s);
  return (s & PT_PRESENT_MASK) !== 0n;
}

/** Bits the CPU (or the fast page fault path) may change under us need a cmpxchg. */
export function spte_needs_atomic_update(h: Host, s: bigint): boolean {
  if (!is_writable_pte(s) && is_mmu_writable_spte(h, s)) return true;
  if (!spte_ad_enabled(h, s)) return true;
  return is_writable_pte(s) && (s & h.masks.shadow_dirty_mask) === 0n;
}

export const leaf_spte_change_needs_tlb_flush = (h: Host, oldSpte: bigint, newSpte: bigint): boolean =>
  is_mmu_writable_spte(h, oldSpte) && !is_mmu_writable_spte(h, newSpte);

export const restore_acc_track_spte = (h: Host, s: bigint): bigint => {
  const saved = h.kernel.bits.saved;
  return (
    (s & not64(h.masks.shadow_acc_track_mask) & not64(saved.mask)) | ((s >> saved.shift) & saved.bitsMask)
  );
};

export type WritableVerdict = 'ok' | 'mmu-writable-not-host-writable' | 'writable-not-mmu-writable';

/** check_spte_writable_invariants(): an if/else, so at most one WARN per value. */
export function check_spte_writable_invariants(h: Host, s: bigint): WritableVerdict {
  if (is_mmu_writable_spte(h, s)) return host_writable_bit(h, s) ? 'ok' : 'mmu-writable-not-host-writable';
  return is_writable_pte(s) ? 'writable-not-mmu-writable' : 'ok';
}

export type AccessTrackWarning = WritableVerdict | 'saved-bits-not-zero';

/** mark_spte_for_access_track(), with the WARNs it would print, in order. */
export function mark_spte_for_access_track(
  h: Host,
  s: bigint,
): { value: bigint; warnings: AccessTrackWarning[] } {
  if (spte_ad_enabled(h, s)) return { value: s & not64(h.masks.shadow_accessed_mask), warnings: [] };
  if (is_access_track_spte(h, s)) return { value: s, warnings: [] };
  const warnings: AccessTrackWarning[] = [];
  const inv = check_spte_writable_invariants(h, s);
  if (inv !== 'ok') warnings.push(inv);
  const saved = h.kernel.bits.saved;
  if ((s & saved.mask) !== 0n) warnings.push('saved-bits-not-zero');
  let v = s | ((s & saved.bitsMask) << saved.shift);
  v &= not64(h.masks.shadow_acc_track_mask | h.masks.shadow_accessed_mask);
  return { value: v, warnings };
}

/** is_rsvd_spte() split into its two halves so findings can name the culprit. */
export function rsvd_bits_at(h: Host, s: bigint, level: number): bigint | null {
  const mask = h.masks.rsvd.rsvd_bits_mask[Number((s >> 7n) & 1n) as 0 | 1][level - 1];
  return mask === undefined || mask === null ? null : s & mask;
}
/** From 7.2 the user-execute bit counts as X for the memtype/XWR test (XU folds into X). */
export const mt_xwr_index = (h: Host, s: bigint): bigint =>
  (s & 0x3fn) | ((s & h.masks.shadow_xu_mask) !== 0n ? VMX_EPT_EXECUTABLE_MASK : 0n);
export const is_bad_mt_xwr = (h: Host, s: bigint): boolean =>
  ((h.masks.rsvd.bad_mt_xwr >> mt_xwr_index(h, s)) & 1n) === 1n;
export function is_rsvd_spte(h: Host, s: bigint, level: number): boolean | null {
  const r = rsvd_bits_at(h, s, level);
  return r === null ? null : is_bad_mt_xwr(h, s) || r !== 0n;
}

/** is_rsvd_spte at levels 1..5 in one pass (the large bit and bad_mt_xwr are read once). */
export function is_rsvd_spte_levels(h: Host, s: bigint): (boolean | null)[] {
  const masks = h.masks.rsvd.rsvd_bits_mask[(s & PT_PAGE_SIZE_MASK) === 0n ? 0 : 1];
  const bad = is_bad_mt_xwr(h, s);
  const out: (boolean | null)[] = [];
  for (let i = 0; i < 5; i++) {
    const m = masks[i];
    out.push(m === undefined || m === null ? null : bad || (s & m) !== 0n);
  }
  return out;
}

export const isBit = (s: bigint, n: number): boolean => (s & bit(n)) !== 0n;
