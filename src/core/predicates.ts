/**
 * The kernel's SPTE predicates and extractors (spec §4; kernel-versions.md §5, §6, §12), one
 * small function each, named like the kernel's. There is one set for every kernel: where a
 * release wrote a formula differently, the function reads that fact from `h.kernel` (a
 * KernelSpec), so the newest era is simply the record with the newest facts.
 *
 * Preconditions are not enforced here: like a production kernel (KVM_MMU_WARN_ON compiled
 * out) every formula returns a value; callers that report results pair it with the
 * precondition (see verdicts.ts). Boolean tests run on 32-bit halves (halves.ts) against the
 * host's precomputed mask pairs (h.pairs); values 64 bits wide stay bigints.
 */

import { bit } from './bits';
import {
  PT_PAGE_SIZE_MASK,
  PT_PRESENT_MASK,
  PT_WRITABLE_MASK,
  VMX_EPT_EXECUTABLE_MASK,
  VMX_EPT_MISCONFIG_WX_VALUE,
  VMX_EPT_RWX_MASK,
  VMX_EPT_SUPPRESS_VE_BIT,
} from './constants';
import { anyOf, high32, low32, masked, pairOf, type Pair } from './halves';
import type { Host } from './host';

// The architectural bits every host shares.
const PRESENT = pairOf(PT_PRESENT_MASK);
const WRITABLE = pairOf(PT_WRITABLE_MASK);
const LARGE = pairOf(PT_PAGE_SIZE_MASK);
const SUPPRESS_VE = pairOf(VMX_EPT_SUPPRESS_VE_BIT);
const RWX = Number(VMX_EPT_RWX_MASK);
const MISCONFIG_WX = Number(VMX_EPT_MISCONFIG_WX_VALUE);
const EXEC = Number(VMX_EPT_EXECUTABLE_MASK);

// ---- kinds of SPTE ----

/**
 * Which test says MMIO: ≤5.12 the special type alone (bits 52–53); 5.13 – 5.18 a non-zero
 * shadow_mmio_value; later the per-VM value under enable_mmio_caching. A value can be
 * MMU-present *and* MMIO: neither test looks at bit 11.
 */
export function is_mmio_spte(h: Host, s: bigint): boolean {
  const p = h.pairs;
  switch (h.kernel.mmioCheck) {
    case 'special-type':
      return masked(s, p.adType, p.adType);
    case 'value-nonzero':
      return h.masks.shadow_mmio_value !== 0n && masked(s, p.mmioMask, p.mmioValue);
    case 'caching-flag':
      return h.masks.enable_mmio_caching && masked(s, p.mmioMask, p.vmMmioValue);
  }
}

/** MMIO caching in effect on this host (≤5.12: always; 5.13 – 5.18: a non-zero MMIO value; later: the flag). */
export function mmio_caching_effective(h: Host): boolean {
  switch (h.kernel.mmioCheck) {
    case 'special-type':
      return true;
    case 'value-nonzero':
      return h.masks.shadow_mmio_value !== 0n;
    case 'caching-flag':
      return h.masks.enable_mmio_caching;
  }
}

/** FROZEN_SPTE (6.11+) / REMOVED_SPTE (5.12 – 6.10); false where the kernel has no placeholder. */
export const is_frozen_spte = (h: Host, s: bigint): boolean =>
  h.kernel.removed !== null && s === h.kernel.removed.value;
/** The same test under its pre-6.11 name. */
export const is_removed_spte = is_frozen_spte;

/** ≤5.12: any non-zero value that is neither MMIO nor the placeholder; from 5.13: bit 11. */
export const is_shadow_present_pte = (h: Host, s: bigint): boolean =>
  h.kernel.mmuPresentBit
    ? anyOf(s, h.pairs.mmuPresent)
    : s !== 0n && !is_mmio_spte(h, s) && !is_frozen_spte(h, s);

/** The value KVM writes into empty slots (0 before 6.10). */
export const is_nonpresent_value = (h: Host, s: bigint): boolean => s === h.kernel.nonpresentValue;

/** 6.10+: an EPT violation on this entry may reach the guest as #VE. */
export const is_ept_ve_possible = (h: Host, s: bigint): boolean =>
  h.pairs.presentHasSuppressVe && !anyOf(s, SUPPRESS_VE) && (low32(s) & RWX) !== MISCONFIG_WX;

export const is_large_pte = (s: bigint): boolean => anyOf(s, LARGE);
export const is_last_spte = (s: bigint, level: number): boolean => level === 1 || is_large_pte(s);

// ---- A/D type and access tracking ----

/** The A/D type field (bits 52–53; 60–61 from 7.2) as a number 0–3. */
export const ad_type = (h: Host, s: bigint): number =>
  (high32(s) >>> (Number(h.kernel.bits.adType.shift) - 32)) & 3;
/** Types 00, 10 and the never-produced 11 all count as "A/D enabled". */
export const spte_ad_enabled = (h: Host, s: bigint): boolean =>
  !masked(s, h.pairs.adType, h.pairs.adDisabled);
export const spte_ad_need_write_protect = (h: Host, s: bigint): boolean => anyOf(s, h.pairs.adType);

/** On NPT/shadow the track mask is 0, so any type-01 value qualifies. */
export const is_access_track_spte = (h: Host, s: bigint): boolean =>
  !spte_ad_enabled(h, s) && !anyOf(s, h.pairs.accTrack);

/** 6.13+: the Accessed bit. ≤6.12: A/D-disabled SPTEs (or a zero mask) count as accessed unless access-tracked. */
export function is_accessed_spte(h: Host, s: bigint): boolean {
  if (!h.kernel.adAwareAccessed) return anyOf(s, h.pairs.accessed);
  if (spte_ad_enabled(h, s) && h.masks.shadow_accessed_mask !== 0n) return anyOf(s, h.pairs.accessed);
  return !is_access_track_spte(h, s);
}

/** ≤6.12 only: without a dirty mask W stands in for "dirty". */
export function is_dirty_spte(h: Host, s: bigint): boolean {
  if (spte_ad_enabled(h, s) && h.masks.shadow_dirty_mask !== 0n) return anyOf(s, h.pairs.dirty);
  return is_writable_pte(s);
}

export const restore_acc_track_spte = (h: Host, s: bigint): bigint => {
  const saved = h.kernel.bits.saved;
  return (s & h.pairs.restoreKeep) | ((s >> saved.shift) & saved.bitsMask);
};

// ---- permissions and the writable bits ----

export const is_executable_pte = (h: Host, s: bigint): boolean => masked(s, h.pairs.xOrNx, h.pairs.x);
export const is_writable_pte = (s: bigint): boolean => anyOf(s, WRITABLE);
export const is_mmu_writable_spte = (h: Host, s: bigint): boolean => anyOf(s, h.pairs.mmuWritable);
export const host_writable_bit = (h: Host, s: bigint): boolean => anyOf(s, h.pairs.hostWritable);

export type FaultType = 'read' | 'write' | 'exec';
export function is_access_allowed(h: Host, s: bigint, fault: FaultType): boolean {
  if (fault === 'exec') return is_executable_pte(h, s);
  if (fault === 'write') return is_writable_pte(s);
  return anyOf(s, PRESENT);
}

/** ≤5.17: H and M (M alone in 5.17). */
export function spte_can_locklessly_be_made_writable(h: Host, s: bigint): boolean {
  const m = is_mmu_writable_spte(h, s);
  return h.kernel.lockless === 'mmu-only' ? m : m && host_writable_bit(h, s);
}

/** The bit that lets the fast path make an SPTE writable: the lockless test (≤5.17) or M. */
const writableAgain = (h: Host, s: bigint): boolean =>
  h.kernel.lockless !== null ? spte_can_locklessly_be_made_writable(h, s) : is_mmu_writable_spte(h, s);

export type WritableVerdict = 'ok' | 'mmu-writable-not-host-writable' | 'writable-not-mmu-writable';

/** check_spte_writable_invariants() (5.18+): an if/else, so at most one WARN per value. */
export function check_spte_writable_invariants(h: Host, s: bigint): WritableVerdict {
  if (is_mmu_writable_spte(h, s)) return host_writable_bit(h, s) ? 'ok' : 'mmu-writable-not-host-writable';
  return is_writable_pte(s) ? 'writable-not-mmu-writable' : 'ok';
}

export type AccessTrackWarning =
  WritableVerdict | 'saved-bits-not-zero' | 'writable-not-locklessly-dirty-trackable';

const NO_WARNINGS = Object.freeze([]) as unknown as AccessTrackWarning[];

/** mark_spte_for_access_track() of the host's kernel, with the WARNs it would print, in order. */
export function mark_spte_for_access_track(
  h: Host,
  s: bigint,
): { value: bigint; warnings: AccessTrackWarning[] } {
  if (spte_ad_enabled(h, s)) return { value: s & h.pairs.clearAccessed, warnings: NO_WARNINGS };
  if (is_access_track_spte(h, s)) return { value: s, warnings: NO_WARNINGS };
  const warnings: AccessTrackWarning[] = [];
  if (h.kernel.writableInvariants) {
    const inv = check_spte_writable_invariants(h, s);
    if (inv !== 'ok') warnings.push(inv);
  } else if (is_writable_pte(s) && !spte_can_locklessly_be_made_writable(h, s)) {
    warnings.push('writable-not-locklessly-dirty-trackable');
  }
  const saved = h.kernel.bits.saved;
  if (anyOf(s, h.pairs.savedMask)) warnings.push('saved-bits-not-zero');
  return { value: (s | ((s & saved.bitsMask) << saved.shift)) & h.pairs.markKeep, warnings };
}

/**
 * spte_has_volatile_bits (≤6.14) / spte_needs_atomic_update (6.15+). `precondition` is what
 * callers guarantee: nothing before 5.18 (the function tests presence itself), "present" after.
 */
export function volatile_bits(
  h: Host,
  s: bigint,
): { name: 'spte_has_volatile_bits' | 'spte_needs_atomic_update'; precondition: boolean; value: boolean } {
  const present = is_shadow_present_pte(h, s);
  const k = h.kernel;
  const w = is_writable_pte(s);
  if (k.volatileFn === 'needs-atomic-update') {
    // Bits the CPU (or the fast page fault path) may change under us need a cmpxchg.
    const value =
      (!w && is_mmu_writable_spte(h, s)) || !spte_ad_enabled(h, s) || (w && !anyOf(s, h.pairs.dirty));
    return { name: 'spte_needs_atomic_update', precondition: present, value };
  }
  const value = (() => {
    if (k.volatileFn === 'volatile-lockless') {
      if (!present) return false;
      if (spte_can_locklessly_be_made_writable(h, s)) return true;
    } else if (!w && is_mmu_writable_spte(h, s)) return true;
    if (is_access_track_spte(h, s)) return true;
    if (spte_ad_enabled(h, s)) return !anyOf(s, h.pairs.accessed) || (w && !anyOf(s, h.pairs.dirty));
    return false;
  })();
  return {
    name: 'spte_has_volatile_bits',
    precondition: k.volatileFn === 'volatile-lockless' ? true : present,
    value,
  };
}

// ---- replacing one SPTE by another ----

export const leaf_spte_change_needs_tlb_flush = (h: Host, oldSpte: bigint, newSpte: bigint): boolean =>
  is_mmu_writable_spte(h, oldSpte) && !is_mmu_writable_spte(h, newSpte);

/** mmu_spte_update()'s return value: flush needed after replacing old by new (kernel-versions.md §6). */
export function mmu_spte_update_flush(h: Host, oldSpte: bigint, newSpte: bigint): boolean {
  if (!is_shadow_present_pte(h, oldSpte)) return false;
  if (h.kernel.mmuSpteUpdate === 'leaf-change') return leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte);
  return (
    (writableAgain(h, oldSpte) && !is_writable_pte(newSpte)) ||
    (is_accessed_spte(h, oldSpte) && !is_accessed_spte(h, newSpte)) ||
    (is_dirty_spte(h, oldSpte) && !is_dirty_spte(h, newSpte))
  );
}

/** tdp_mmu_map_handle_target_level()'s flush decision; null where the kernel makes none (≤5.17). */
export function tdp_map_flush(h: Host, oldSpte: bigint, newSpte: bigint, level: number): boolean | null {
  const rule = h.kernel.tdpMapFlush;
  if (rule === 'none') return null;
  const oldPresent = is_shadow_present_pte(h, oldSpte);
  const oldLeaf = is_last_spte(oldSpte, level);
  if (rule === 'nonleaf') return oldPresent && !oldLeaf;
  return (
    oldSpte !== newSpte && oldPresent && (!oldLeaf || leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte))
  );
}

// ---- extractors ----

export const spte_to_pfn = (h: Host, s: bigint): bigint => (s & h.masks.SPTE_BASE_ADDR_MASK) >> 12n;

/** The kernel's generation split (18 bits ≤5.12 and from 7.2, 19 bits in between). */
export const get_mmio_spte_generation = (h: Host, s: bigint): number => {
  const g = h.pairs.gen;
  return ((low32(s) & g.loMask) >>> g.loShift) | ((high32(s) & g.hiMask) >>> g.hiShift);
};

/** GPA bits hidden under the L1TF guard were copied five bits higher; fetch them back. */
export const get_mmio_spte_gfn = (h: Host, s: bigint): bigint =>
  ((s & h.masks.shadow_nonpresent_or_rsvd_lower_gfn_mask) |
    ((s >> 5n) & h.masks.shadow_nonpresent_or_rsvd_mask)) >>
  12n;

export const get_mmio_spte_access = (h: Host, s: bigint): number => (low32(s) & h.pairs.mmioAccessLo) >>> 0;

// ---- reserved bits ----

/** is_rsvd_spte() split into its two halves so findings can name the culprit. */
export function rsvd_bits_at(h: Host, s: bigint, level: number): bigint | null {
  const mask = h.masks.rsvd.rsvd_bits_mask[is_large_pte(s) ? 1 : 0][level - 1];
  return mask === undefined || mask === null ? null : s & mask;
}
/** From 7.2 the user-execute bit counts as X for the memtype/XWR test (XU folds into X). */
export const mt_xwr_index = (h: Host, s: bigint): number =>
  (low32(s) & 0x3f) | (anyOf(s, h.pairs.xu) ? EXEC : 0);
export function is_bad_mt_xwr(h: Host, s: bigint): boolean {
  const i = mt_xwr_index(h, s);
  const bad = h.pairs.badMtXwr;
  return ((i < 32 ? bad.lo >>> i : bad.hi >>> (i - 32)) & 1) === 1;
}
export function is_rsvd_spte(h: Host, s: bigint, level: number): boolean | null {
  const r = rsvd_bits_at(h, s, level);
  return r === null ? null : is_bad_mt_xwr(h, s) || r !== 0n;
}

/**
 * is_rsvd_spte at levels 1..5 in one pass. The answer is one of a few arrays per host (which
 * levels exist, bad_mt_xwr, which level masks hit), so it comes from a per-host table of
 * shared, frozen arrays instead of being built per value.
 */
export function is_rsvd_spte_levels(h: Host, s: bigint): (boolean | null)[] {
  const large = is_large_pte(s) ? 1 : 0;
  const masks = h.pairs.rsvd[large];
  let code = is_bad_mt_xwr(h, s) ? 32 : 0;
  for (let i = 0; i < 5; i++) {
    const m = masks[i];
    if (m && anyOf(s, m)) code |= 1 << i;
  }
  const table = (h.pairs.rsvdAnswers[large] ??= []);
  return (table[code] ??= rsvdAnswer(masks, code)) as (boolean | null)[];
}

function rsvdAnswer(masks: readonly (Pair | null)[], code: number): readonly (boolean | null)[] {
  const bad = (code & 32) !== 0;
  const out: (boolean | null)[] = [];
  for (let i = 0; i < 5; i++)
    out.push(masks[i] === null || masks[i] === undefined ? null : bad || (code & (1 << i)) !== 0);
  return Object.freeze(out);
}

export const isBit = (s: bigint, n: number): boolean => (s & bit(n)) !== 0n;
