/**
 * Every predicate's verdict for one value, paired with the kernel's precondition
 * (what its callers guarantee). This is the data behind the "Predicates" panel, the
 * CLI's --json output and the golden-vector comparison.
 *
 * `Verdicts` is the mainline predicate set. For a host of an older kernel era it is a
 * compatibility view under mainline names (each computed with that era's formula or its
 * nearest equivalent: is_frozen_spte = the REMOVED_SPTE test, spte_needs_atomic_update =
 * spte_has_volatile_bits, ...); the exact set that kernel has, under its own names, is
 * computeKernelVerdicts() in ./eras.
 */

import * as E from './eras/predicates';
import type { Host } from './host';
import * as P from './predicates';

export const LEVELS = [1, 2, 3, 4, 5] as const;

export interface Guarded<T> {
  precondition: boolean;
  value: T;
}

export interface Verdicts {
  is_shadow_present_pte: boolean;
  is_mmio_spte: boolean;
  is_frozen_spte: boolean;
  is_ept_ve_possible: boolean;
  is_large_pte: boolean;
  is_last_spte: boolean[];
  is_executable_pte: boolean;
  spte_to_pfn: bigint;
  is_accessed_spte: boolean;
  is_writable_pte: boolean;
  is_mmu_writable_spte: boolean;
  host_writable_bit: boolean;
  spte_ad_enabled: Guarded<boolean>;
  spte_ad_need_write_protect: Guarded<boolean>;
  is_access_track_spte: Guarded<boolean>;
  get_mmio_spte_generation: Guarded<number>;
  get_mmio_spte_gfn: Guarded<bigint>;
  get_mmio_spte_access: Guarded<number>;
  writable_invariant: (P.WritableVerdict | 'n/a')[];
  mark_spte_for_access_track: Guarded<bigint> & { warnings: E.KernelAccessTrackWarning[] };
  restore_acc_track_spte: Guarded<bigint>;
  is_access_allowed: { precondition: boolean; read: boolean; write: boolean; exec: boolean };
  spte_needs_atomic_update: Guarded<boolean>;
  is_rsvd_spte: { precondition: boolean; bad_mt_xwr: boolean; value: (boolean | null)[] };
}

export function computeVerdicts(h: Host, s: bigint): Verdicts {
  const present = E.is_shadow_present_pte(h, s);
  const mmio = E.is_mmio_spte(h, s);
  const accessTrack = P.is_access_track_spte(h, s);
  const lastAt = LEVELS.map((l) => P.is_last_spte(s, l));
  const invariant = P.check_spte_writable_invariants(h, s);
  const marked = E.mark_spte_for_access_track(h, s);
  const atomic = E.volatile_bits(h, s);
  return {
    is_shadow_present_pte: present,
    is_mmio_spte: mmio,
    is_frozen_spte: E.is_removed_spte(h, s),
    is_ept_ve_possible: P.is_ept_ve_possible(h, s),
    is_large_pte: P.is_large_pte(s),
    is_last_spte: lastAt,
    is_executable_pte: P.is_executable_pte(h, s),
    spte_to_pfn: P.spte_to_pfn(h, s),
    is_accessed_spte: E.is_accessed_spte(h, s),
    is_writable_pte: P.is_writable_pte(s),
    is_mmu_writable_spte: P.is_mmu_writable_spte(h, s),
    host_writable_bit: P.host_writable_bit(h, s),
    spte_ad_enabled: { precondition: present, value: P.spte_ad_enabled(h, s) },
    spte_ad_need_write_protect: { precondition: present, value: P.spte_ad_need_write_protect(h, s) },
    is_access_track_spte: { precondition: present, value: accessTrack },
    get_mmio_spte_generation: { precondition: mmio, value: E.get_mmio_spte_generation(h, s) },
    get_mmio_spte_gfn: { precondition: mmio, value: P.get_mmio_spte_gfn(h, s) },
    get_mmio_spte_access: { precondition: mmio, value: P.get_mmio_spte_access(h, s) },
    writable_invariant: lastAt.map((last) => (present && last ? invariant : 'n/a')),
    mark_spte_for_access_track: { precondition: present, value: marked.value, warnings: marked.warnings },
    restore_acc_track_spte: { precondition: present && accessTrack, value: P.restore_acc_track_spte(h, s) },
    is_access_allowed: {
      precondition: present,
      read: P.is_access_allowed(h, s, 'read'),
      write: P.is_access_allowed(h, s, 'write'),
      exec: P.is_access_allowed(h, s, 'exec'),
    },
    spte_needs_atomic_update: { precondition: present, value: atomic.value },
    is_rsvd_spte: {
      precondition: present,
      bad_mt_xwr: P.is_bad_mt_xwr(h, s),
      value: P.is_rsvd_spte_levels(h, s),
    },
  };
}

export interface PairVerdicts {
  leaf_spte_change_needs_tlb_flush: Guarded<boolean>;
  /** tdp_mmu_map_handle_target_level(): flush after installing `new` over `old`. */
  tdp_map_flush: boolean;
  /** mmu_spte_update()'s return value on the shadow MMU. */
  mmu_spte_update_flush: Guarded<boolean>;
}

export function computePairVerdicts(h: Host, oldSpte: bigint, newSpte: bigint, level: number): PairVerdicts {
  const oldPresent = E.is_shadow_present_pte(h, oldSpte);
  const oldLeaf = P.is_last_spte(oldSpte, level);
  const leafFlush = P.leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte);
  return {
    leaf_spte_change_needs_tlb_flush: { precondition: oldPresent && oldLeaf, value: leafFlush },
    // Installing the same value is a spurious fault: nothing is written, nothing flushed.
    // (Kernels before 5.19 make no such decision: false.)
    tdp_map_flush: E.tdp_map_flush(h, oldSpte, newSpte, level) ?? false,
    mmu_spte_update_flush: {
      precondition: E.is_shadow_present_pte(h, newSpte),
      value: E.mmu_spte_update_flush(h, oldSpte, newSpte),
    },
  };
}
