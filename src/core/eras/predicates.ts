/**
 * The SPTE predicates as each kernel era defines them (kernel-versions.md §5, §6). Every
 * function takes the host, reads what differs from `host.kernel` (a KernelSpec) and
 * otherwise uses the mainline formula of ../predicates.ts — so for a current-era host
 * each function returns exactly what the mainline one does.
 */

import { bit, not64 } from '../bits';
import { PT_WRITABLE_MASK, SPTE_MMU_PRESENT_MASK } from '../constants';
import type { Host } from '../host';
import * as P from '../predicates';

export const is_mmio_spte = (h: Host, s: bigint): boolean => {
  const m = h.masks;
  switch (h.kernel.mmioCheck) {
    case 'special-type':
      // ≤5.12 ignores the configured value: the type field alone says MMIO.
      return (s & h.kernel.bits.adType.mask) === h.kernel.bits.adType.mask;
    case 'value-nonzero':
      return (s & m.shadow_mmio_mask) === m.shadow_mmio_value && m.shadow_mmio_value !== 0n;
    case 'caching-flag':
      return P.is_mmio_spte(h, s);
  }
};

/** The TDP MMU's placeholder (REMOVED_SPTE / FROZEN_SPTE); false where the kernel has none. */
export const is_removed_spte = P.is_frozen_spte;

/** ≤5.12: any non-zero value that is neither MMIO nor the 5.12 placeholder; later: bit 11. */
export const is_shadow_present_pte = (h: Host, s: bigint): boolean =>
  h.kernel.mmuPresentBit
    ? (s & SPTE_MMU_PRESENT_MASK) !== 0n
    : s !== 0n && !is_mmio_spte(h, s) && !is_removed_spte(h, s);

/** MMIO caching in effect on this host (5.10: always; 5.15: a non-zero MMIO value; later: the flag). */
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

export const is_ept_ve_possible = P.is_ept_ve_possible;
export const is_access_track_spte = P.is_access_track_spte;

/** ≤6.12: A/D-disabled SPTEs (or a zero mask) count as accessed unless access-tracked. */
export function is_accessed_spte(h: Host, s: bigint): boolean {
  if (!h.kernel.adAwareAccessed) return P.is_accessed_spte(h, s);
  const mask = P.spte_ad_enabled(h, s) ? h.masks.shadow_accessed_mask : 0n;
  return mask !== 0n ? (s & mask) !== 0n : !P.is_access_track_spte(h, s);
}

/** ≤6.12 only: without a dirty mask W stands in for "dirty". */
export function is_dirty_spte(h: Host, s: bigint): boolean {
  const mask = P.spte_ad_enabled(h, s) ? h.masks.shadow_dirty_mask : 0n;
  return mask !== 0n ? (s & mask) !== 0n : (s & PT_WRITABLE_MASK) !== 0n;
}

/** ≤5.18: H and M (M only from 5.17). */
export function spte_can_locklessly_be_made_writable(h: Host, s: bigint): boolean {
  const m = P.is_mmu_writable_spte(h, s);
  return h.kernel.lockless === 'mmu-only' ? m : m && P.host_writable_bit(h, s);
}

/** The bit that lets the fast path make an SPTE writable: lockless test (≤5.18) or M. */
const writableAgain = (h: Host, s: bigint): boolean =>
  h.kernel.lockless !== null ? spte_can_locklessly_be_made_writable(h, s) : P.is_mmu_writable_spte(h, s);

export const get_mmio_spte_generation = P.get_mmio_spte_generation;

export type KernelAccessTrackWarning = P.AccessTrackWarning | 'writable-not-locklessly-dirty-trackable';

/** mark_spte_for_access_track() of that kernel, with its WARNs in order. */
export function mark_spte_for_access_track(
  h: Host,
  s: bigint,
): { value: bigint; warnings: KernelAccessTrackWarning[] } {
  if (P.spte_ad_enabled(h, s)) return { value: s & not64(h.masks.shadow_accessed_mask), warnings: [] };
  if (P.is_access_track_spte(h, s)) return { value: s, warnings: [] };
  const warnings: KernelAccessTrackWarning[] = [];
  if (h.kernel.writableInvariants) {
    const inv = P.check_spte_writable_invariants(h, s);
    if (inv !== 'ok') warnings.push(inv);
  } else if (P.is_writable_pte(s) && !spte_can_locklessly_be_made_writable(h, s)) {
    warnings.push('writable-not-locklessly-dirty-trackable');
  }
  const saved = h.kernel.bits.saved;
  if ((s & saved.mask) !== 0n) warnings.push('saved-bits-not-zero');
  let v = s | ((s & saved.bitsMask) << saved.shift);
  v &= not64(
    h.masks.shadow_acc_track_mask | (h.kernel.markClearsAccessed ? h.masks.shadow_accessed_mask : 0n),
  );
  return { value: v, warnings };
}

/**
 * spte_has_volatile_bits (≤6.14) / spte_needs_atomic_update (6.15+). `precondition` is what
 * callers guarantee: nothing before 5.19 (the function tests presence itself), "present" after.
 */
export function volatile_bits(
  h: Host,
  s: bigint,
): { name: 'spte_has_volatile_bits' | 'spte_needs_atomic_update'; precondition: boolean; value: boolean } {
  const present = is_shadow_present_pte(h, s);
  const k = h.kernel;
  if (k.volatileFn === 'needs-atomic-update')
    return {
      name: 'spte_needs_atomic_update',
      precondition: present,
      value: P.spte_needs_atomic_update(h, s),
    };
  const w = P.is_writable_pte(s);
  const value = (() => {
    if (k.volatileFn === 'volatile-lockless') {
      if (!present) return false;
      if (spte_can_locklessly_be_made_writable(h, s)) return true;
    } else if (!w && P.is_mmu_writable_spte(h, s)) return true;
    if (P.is_access_track_spte(h, s)) return true;
    if (P.spte_ad_enabled(h, s))
      return (s & h.masks.shadow_accessed_mask) === 0n || (w && (s & h.masks.shadow_dirty_mask) === 0n);
    return false;
  })();
  return {
    name: 'spte_has_volatile_bits',
    precondition: k.volatileFn === 'volatile-lockless' ? true : present,
    value,
  };
}

/** mmu_spte_update()'s return value: flush needed after replacing old by new (kernel-versions.md §6). */
export function mmu_spte_update_flush(h: Host, oldSpte: bigint, newSpte: bigint): boolean {
  if (!is_shadow_present_pte(h, oldSpte)) return false;
  if (h.kernel.mmuSpteUpdate === 'leaf-change')
    return P.leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte);
  return (
    (writableAgain(h, oldSpte) && !P.is_writable_pte(newSpte)) ||
    (is_accessed_spte(h, oldSpte) && !is_accessed_spte(h, newSpte)) ||
    (is_dirty_spte(h, oldSpte) && !is_dirty_spte(h, newSpte))
  );
}

/** tdp_mmu_map_handle_target_level()'s flush decision; null where the kernel makes none (≤5.18). */
export function tdp_map_flush(h: Host, oldSpte: bigint, newSpte: bigint, level: number): boolean | null {
  const rule = h.kernel.tdpMapFlush;
  if (rule === 'none') return null;
  const oldPresent = is_shadow_present_pte(h, oldSpte);
  const oldLeaf = P.is_last_spte(oldSpte, level);
  if (rule === 'nonleaf') return oldPresent && !oldLeaf;
  return (
    oldSpte !== newSpte && oldPresent && (!oldLeaf || P.leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte))
  );
}

/** The value KVM writes into empty slots (0 before 6.10). */
export const is_nonpresent_value = (h: Host, s: bigint): boolean => s === h.kernel.nonpresentValue;

export const isBit = (s: bigint, n: number): boolean => (s & bit(n)) !== 0n;
