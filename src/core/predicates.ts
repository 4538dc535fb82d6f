/**
 * The kernel's SPTE predicates and extractors (spec §4; kernel-versions.md §5, §6, §12), one
 * small function each, named like the kernel's. There is one set for every kernel: where a
 * release wrote a formula differently, the function reads that fact from `h.kernel` (a
 * KernelSpec), so the newest era is simply the record with the newest facts.
 *
 * Preconditions are not enforced here: like a production kernel (KVM_MMU_WARN_ON compiled
 * out) every formula returns a value; callers that report results pair it with the
 * precondition (see verdicts.ts).
 *
 * Each formula is written once, on the value's two 32-bit halves (halves.ts) against the
 * host's precomputed mask pairs (h.pairs): `word` below. The kernel-named functions take the
 * bigint and split it (memoised per value); a caller asking many questions of one value
 * (verdicts.ts) splits once and calls `word` directly. Values 64 bits wide stay bigints.
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
import { high32, hit, low32, matches, pairOf, type Pair } from './halves';
import type { Host } from './host';

// The architectural bits every host shares.
const PRESENT = pairOf(PT_PRESENT_MASK);
const WRITABLE = pairOf(PT_WRITABLE_MASK);
const LARGE = pairOf(PT_PAGE_SIZE_MASK);
const SUPPRESS_VE = pairOf(VMX_EPT_SUPPRESS_VE_BIT);
const RWX = Number(VMX_EPT_RWX_MASK);
const MISCONFIG_WX = Number(VMX_EPT_MISCONFIG_WX_VALUE);
const EXEC = Number(VMX_EPT_EXECUTABLE_MASK);

// ---- the formulas, on 32-bit halves ----

type Fault = 'read' | 'write' | 'exec';

/** Every predicate's formula on (lo, hi); `s` only where the kernel compares the whole value. */
export const word = {
  /**
   * Which test says MMIO: ≤5.12 the special type alone (bits 52–53); 5.13 – 5.18 a non-zero
   * shadow_mmio_value; later the per-VM value under enable_mmio_caching. A value can be
   * MMU-present *and* MMIO: neither test looks at bit 11.
   */
  mmio(h: Host, lo: number, hi: number): boolean {
    const p = h.pairs;
    switch (h.kernel.mmioCheck) {
      case 'special-type':
        return matches(p.adType, p.adType, lo, hi);
      case 'value-nonzero':
        return h.masks.shadow_mmio_value !== 0n && matches(p.mmioMask, p.mmioValue, lo, hi);
      case 'caching-flag':
        return h.masks.enable_mmio_caching && matches(p.mmioMask, p.vmMmioValue, lo, hi);
    }
  },
  /** FROZEN_SPTE (6.11+) / REMOVED_SPTE (5.12 – 6.10); false where the kernel has no placeholder. */
  frozen: (h: Host, s: bigint): boolean => h.kernel.removed !== null && s === h.kernel.removed.value,
  /** ≤5.12: any non-zero value that is neither MMIO nor the placeholder; from 5.13: bit 11. */
  present: (h: Host, s: bigint, lo: number, hi: number): boolean =>
    h.kernel.mmuPresentBit
      ? hit(h.pairs.mmuPresent, lo, hi)
      : (lo | hi) !== 0 && !word.mmio(h, lo, hi) && !word.frozen(h, s),
  /** 6.10+: an EPT violation on this entry may reach the guest as #VE. */
  veePossible: (h: Host, lo: number, hi: number): boolean =>
    h.pairs.presentHasSuppressVe && !hit(SUPPRESS_VE, lo, hi) && (lo & RWX) !== MISCONFIG_WX,
  large: (lo: number): boolean => (lo & LARGE.lo) !== 0,

  /** The A/D type field (bits 52–53; 60–61 from 7.2) as a number 0–3. */
  adType: (h: Host, hi: number): number => (hi >>> h.pairs.adTypeShiftHi) & 3,
  /** Types 00, 10 and the never-produced 11 all count as "A/D enabled". */
  adEnabled: (h: Host, lo: number, hi: number): boolean =>
    !matches(h.pairs.adType, h.pairs.adDisabled, lo, hi),
  adNeedWriteProtect: (h: Host, lo: number, hi: number): boolean => hit(h.pairs.adType, lo, hi),
  /** On NPT/shadow the track mask is 0, so any type-01 value qualifies. */
  accessTrack: (h: Host, lo: number, hi: number): boolean =>
    !word.adEnabled(h, lo, hi) && !hit(h.pairs.accTrack, lo, hi),
  /** 6.13+: the Accessed bit. ≤6.12: A/D-disabled SPTEs (or a zero mask) count as accessed unless access-tracked. */
  accessed(h: Host, lo: number, hi: number): boolean {
    if (!h.kernel.adAwareAccessed) return hit(h.pairs.accessed, lo, hi);
    if (word.adEnabled(h, lo, hi) && h.masks.shadow_accessed_mask !== 0n)
      return hit(h.pairs.accessed, lo, hi);
    return !word.accessTrack(h, lo, hi);
  },
  /** ≤6.12 only: without a dirty mask W stands in for "dirty". */
  dirty(h: Host, lo: number, hi: number): boolean {
    if (word.adEnabled(h, lo, hi) && h.masks.shadow_dirty_mask !== 0n) return hit(h.pairs.dirty, lo, hi);
    return word.writable(lo);
  },

  executable: (h: Host, lo: number, hi: number): boolean => matches(h.pairs.xOrNx, h.pairs.x, lo, hi),
  writable: (lo: number): boolean => (lo & WRITABLE.lo) !== 0,
  mmuWritable: (h: Host, lo: number, hi: number): boolean => hit(h.pairs.mmuWritable, lo, hi),
  hostWritable: (h: Host, lo: number, hi: number): boolean => hit(h.pairs.hostWritable, lo, hi),
  accessAllowed(h: Host, lo: number, hi: number, fault: Fault): boolean {
    if (fault === 'exec') return word.executable(h, lo, hi);
    if (fault === 'write') return word.writable(lo);
    return (lo & PRESENT.lo) !== 0;
  },
  /** ≤5.17: H and M (M alone in 5.17). */
  lockless(h: Host, lo: number, hi: number): boolean {
    const m = word.mmuWritable(h, lo, hi);
    return h.kernel.lockless === 'mmu-only' ? m : m && word.hostWritable(h, lo, hi);
  },
  /** The bit that lets the fast path make an SPTE writable: the lockless test (≤5.17) or M. */
  writableAgain: (h: Host, lo: number, hi: number): boolean =>
    h.kernel.lockless !== null ? word.lockless(h, lo, hi) : word.mmuWritable(h, lo, hi),
  /** check_spte_writable_invariants() (5.18+): an if/else, so at most one WARN per value. */
  invariants(h: Host, lo: number, hi: number): WritableVerdict {
    if (word.mmuWritable(h, lo, hi))
      return word.hostWritable(h, lo, hi) ? 'ok' : 'mmu-writable-not-host-writable';
    return word.writable(lo) ? 'writable-not-mmu-writable' : 'ok';
  },
  /** mark_spte_for_access_track()'s WARNs and result. */
  markForAccessTrack(
    h: Host,
    s: bigint,
    lo: number,
    hi: number,
  ): { value: bigint; warnings: AccessTrackWarning[] } {
    if (word.adEnabled(h, lo, hi)) return { value: s & h.pairs.clearAccessed, warnings: NO_WARNINGS };
    if (word.accessTrack(h, lo, hi)) return { value: s, warnings: NO_WARNINGS };
    const warnings: AccessTrackWarning[] = [];
    if (h.kernel.writableInvariants) {
      const inv = word.invariants(h, lo, hi);
      if (inv !== 'ok') warnings.push(inv);
    } else if (word.writable(lo) && !word.lockless(h, lo, hi)) {
      warnings.push('writable-not-locklessly-dirty-trackable');
    }
    const saved = h.kernel.bits.saved;
    if (hit(h.pairs.savedMask, lo, hi)) warnings.push('saved-bits-not-zero');
    return { value: (s | ((s & saved.bitsMask) << saved.shift)) & h.pairs.markKeep, warnings };
  },
  /**
   * spte_has_volatile_bits (≤6.14) / spte_needs_atomic_update (6.15+), given is_shadow_present_pte.
   * The precondition is what callers guarantee: nothing before 5.18 (the function tests presence
   * itself), "present" after.
   */
  volatile(h: Host, present: boolean, lo: number, hi: number): { precondition: boolean; value: boolean } {
    const k = h.kernel;
    const w = word.writable(lo);
    if (k.volatileFn === 'needs-atomic-update') {
      // Bits the CPU (or the fast page fault path) may change under us need a cmpxchg.
      const value =
        (!w && word.mmuWritable(h, lo, hi)) ||
        !word.adEnabled(h, lo, hi) ||
        (w && !hit(h.pairs.dirty, lo, hi));
      return { precondition: present, value };
    }
    let value = false;
    if (k.volatileFn === 'volatile-lockless' && !present) value = false;
    else if (k.volatileFn === 'volatile-lockless' && word.lockless(h, lo, hi)) value = true;
    else if (k.volatileFn !== 'volatile-lockless' && !w && word.mmuWritable(h, lo, hi)) value = true;
    else if (word.accessTrack(h, lo, hi)) value = true;
    else if (word.adEnabled(h, lo, hi))
      value = !hit(h.pairs.accessed, lo, hi) || (w && !hit(h.pairs.dirty, lo, hi));
    return { precondition: k.volatileFn === 'volatile-lockless' ? true : present, value };
  },

  /** The kernel's generation split (18 bits ≤5.12 and from 7.2, 19 bits in between). */
  mmioGeneration(h: Host, lo: number, hi: number): number {
    const g = h.pairs.gen;
    return ((lo & g.loMask) >>> g.loShift) | ((hi & g.hiMask) >>> g.hiShift);
  },
  mmioAccess: (h: Host, lo: number): number => (lo & h.pairs.mmioAccessLo) >>> 0,

  /** From 7.2 the user-execute bit counts as X for the memtype/XWR test (XU folds into X). */
  mtXwrIndex: (h: Host, lo: number, hi: number): number => (lo & 0x3f) | (hit(h.pairs.xu, lo, hi) ? EXEC : 0),
  badMtXwr(h: Host, lo: number, hi: number): boolean {
    const i = word.mtXwrIndex(h, lo, hi);
    const bad = h.pairs.badMtXwr;
    return ((i < 32 ? bad.lo >>> i : bad.hi >>> (i - 32)) & 1) === 1;
  },
  /**
   * is_rsvd_spte at levels 1..5 in one pass. The answer is one of a few arrays per host (which
   * levels exist, bad_mt_xwr, which level masks hit), so it comes from a per-host table of
   * shared, frozen arrays instead of being built per value.
   */
  rsvdLevels(h: Host, lo: number, hi: number): (boolean | null)[] {
    const large = word.large(lo) ? 1 : 0;
    const masks = h.pairs.rsvd[large];
    let code = word.badMtXwr(h, lo, hi) ? 32 : 0;
    for (let i = 0; i < 5; i++) {
      const m = masks[i];
      if (m && hit(m, lo, hi)) code |= 1 << i;
    }
    const table = (h.pairs.rsvdAnswers[large] ??= []);
    return (table[code] ??= rsvdAnswer(masks, code)) as (boolean | null)[];
  },
};

function rsvdAnswer(masks: readonly (Pair | null)[], code: number): readonly (boolean | null)[] {
  const bad = (code & 32) !== 0;
  const out: (boolean | null)[] = [];
  for (let i = 0; i < 5; i++)
    out.push(masks[i] === null || masks[i] === undefined ? null : bad || (code & (1 << i)) !== 0);
  return Object.freeze(out);
}

export type WritableVerdict = 'ok' | 'mmu-writable-not-host-writable' | 'writable-not-mmu-writable';
export type AccessTrackWarning =
  WritableVerdict | 'saved-bits-not-zero' | 'writable-not-locklessly-dirty-trackable';
const NO_WARNINGS = Object.freeze([]) as unknown as AccessTrackWarning[];

// ---- the kernel's functions, on the bigint ----

export const is_mmio_spte = (h: Host, s: bigint): boolean => word.mmio(h, low32(s), high32(s));

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

export const is_frozen_spte = word.frozen;
/** The same test under its pre-6.11 name. */
export const is_removed_spte = is_frozen_spte;
export const is_shadow_present_pte = (h: Host, s: bigint): boolean => word.present(h, s, low32(s), high32(s));
/** The value KVM writes into empty slots (0 before 6.10). */
export const is_nonpresent_value = (h: Host, s: bigint): boolean => s === h.kernel.nonpresentValue;
export const is_ept_ve_possible = (h: Host, s: bigint): boolean => word.veePossible(h, low32(s), high32(s));
export const is_large_pte = (s: bigint): boolean => word.large(low32(s));
export const is_last_spte = (s: bigint, level: number): boolean => level === 1 || is_large_pte(s);

export const ad_type = (h: Host, s: bigint): number => word.adType(h, high32(s));
export const spte_ad_enabled = (h: Host, s: bigint): boolean => word.adEnabled(h, low32(s), high32(s));
export const spte_ad_need_write_protect = (h: Host, s: bigint): boolean =>
  word.adNeedWriteProtect(h, low32(s), high32(s));
export const is_access_track_spte = (h: Host, s: bigint): boolean => word.accessTrack(h, low32(s), high32(s));
export const is_accessed_spte = (h: Host, s: bigint): boolean => word.accessed(h, low32(s), high32(s));
export const is_dirty_spte = (h: Host, s: bigint): boolean => word.dirty(h, low32(s), high32(s));

export const restore_acc_track_spte = (h: Host, s: bigint): bigint => {
  const saved = h.kernel.bits.saved;
  return (s & h.pairs.restoreKeep) | ((s >> saved.shift) & saved.bitsMask);
};

export const is_executable_pte = (h: Host, s: bigint): boolean => word.executable(h, low32(s), high32(s));
export const is_writable_pte = (s: bigint): boolean => word.writable(low32(s));
export const is_mmu_writable_spte = (h: Host, s: bigint): boolean => word.mmuWritable(h, low32(s), high32(s));
export const host_writable_bit = (h: Host, s: bigint): boolean => word.hostWritable(h, low32(s), high32(s));

export type FaultType = Fault;
export const is_access_allowed = (h: Host, s: bigint, fault: FaultType): boolean =>
  word.accessAllowed(h, low32(s), high32(s), fault);
export const spte_can_locklessly_be_made_writable = (h: Host, s: bigint): boolean =>
  word.lockless(h, low32(s), high32(s));
const writableAgain = (h: Host, s: bigint): boolean => word.writableAgain(h, low32(s), high32(s));
export const check_spte_writable_invariants = (h: Host, s: bigint): WritableVerdict =>
  word.invariants(h, low32(s), high32(s));
export const mark_spte_for_access_track = (
  h: Host,
  s: bigint,
): { value: bigint; warnings: AccessTrackWarning[] } => word.markForAccessTrack(h, s, low32(s), high32(s));

/** spte_has_volatile_bits (≤6.14) / spte_needs_atomic_update (6.15+), with its precondition. */
export function volatile_bits(
  h: Host,
  s: bigint,
): { name: 'spte_has_volatile_bits' | 'spte_needs_atomic_update'; precondition: boolean; value: boolean } {
  const v = word.volatile(h, is_shadow_present_pte(h, s), low32(s), high32(s));
  const name =
    h.kernel.volatileFn === 'needs-atomic-update' ? 'spte_needs_atomic_update' : 'spte_has_volatile_bits';
  return { name, precondition: v.precondition, value: v.value };
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
export const get_mmio_spte_generation = (h: Host, s: bigint): number =>
  word.mmioGeneration(h, low32(s), high32(s));

/** GPA bits hidden under the L1TF guard were copied five bits higher; fetch them back. */
export const get_mmio_spte_gfn = (h: Host, s: bigint): bigint =>
  ((s & h.masks.shadow_nonpresent_or_rsvd_lower_gfn_mask) |
    ((s >> 5n) & h.masks.shadow_nonpresent_or_rsvd_mask)) >>
  12n;

export const get_mmio_spte_access = (h: Host, s: bigint): number => word.mmioAccess(h, low32(s));

// ---- reserved bits ----

/** is_rsvd_spte() split into its two halves so findings can name the culprit. */
export function rsvd_bits_at(h: Host, s: bigint, level: number): bigint | null {
  const mask = h.masks.rsvd.rsvd_bits_mask[is_large_pte(s) ? 1 : 0][level - 1];
  return mask === undefined || mask === null ? null : s & mask;
}
export const mt_xwr_index = (h: Host, s: bigint): number => word.mtXwrIndex(h, low32(s), high32(s));
export const is_bad_mt_xwr = (h: Host, s: bigint): boolean => word.badMtXwr(h, low32(s), high32(s));
export function is_rsvd_spte(h: Host, s: bigint, level: number): boolean | null {
  const r = rsvd_bits_at(h, s, level);
  return r === null ? null : is_bad_mt_xwr(h, s) || r !== 0n;
}

/** is_rsvd_spte at levels 1..5 in one pass. */
export const is_rsvd_spte_levels = (h: Host, s: bigint): (boolean | null)[] =>
  word.rsvdLevels(h, low32(s), high32(s));

export const isBit = (s: bigint, n: number): boolean => (s & bit(n)) !== 0n;
