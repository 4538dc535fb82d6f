/**
 * The verdicts of one value under the kernel a host was made for: exactly the functions that
 * kernel has, under its names, in the golden vectors' key order
 * (test-fixtures/vectors/versions/README.md, "Value-line keys by version"). Functions the
 * kernel did not have are absent — not present with a made-up value.
 */

import type { Host } from '../host';
import * as P from '../predicates';
import { LEVELS, computeVerdicts, type Guarded, type Verdicts } from '../verdicts';
import * as E from './predicates';
import { MAINLINE_SPEC } from './table';
import type { KernelSpec } from './types';

/** Functions every modelled kernel has, with mainline's shapes. */
type CommonVerdicts = Omit<
  Verdicts,
  | 'is_frozen_spte'
  | 'is_ept_ve_possible'
  | 'is_mmu_writable_spte'
  | 'writable_invariant'
  | 'spte_needs_atomic_update'
>;

export interface KernelVerdicts extends CommonVerdicts {
  /** 5.12 (bit 59), 5.13 – 6.10 (0x5a0; 6.10 with bit 63). */
  is_removed_spte?: boolean;
  /** 6.11+. */
  is_frozen_spte?: boolean;
  /** 6.10+. */
  is_ept_ve_possible?: boolean;
  /** ≤6.12. */
  is_dirty_spte?: Guarded<boolean>;
  /** ≤5.18. */
  spte_can_locklessly_be_made_writable?: boolean;
  /** ≤5.18: the M bit as a boolean (helper; no kernel function of that name). */
  mmu_writable_bit?: boolean;
  /** 5.19+. */
  is_mmu_writable_spte?: boolean;
  /** 5.19+ (check_spte_writable_invariants). */
  writable_invariant?: (P.WritableVerdict | 'n/a')[];
  /** ≤6.14. */
  spte_has_volatile_bits?: Guarded<boolean>;
  /** 6.15+. */
  spte_needs_atomic_update?: Guarded<boolean>;
}

export type KernelVerdictKey = keyof KernelVerdicts;

export interface KernelPairVerdicts {
  /** 6.13+. */
  leaf_spte_change_needs_tlb_flush?: Guarded<boolean>;
  /** 5.19+: the TDP MMU fault path's flush decision. */
  tdp_map_flush?: boolean;
  mmu_spte_update_flush: Guarded<boolean>;
}

export type KernelPairVerdictKey = keyof KernelPairVerdicts;

const keyCache = new WeakMap<KernelSpec, KernelVerdictKey[]>();

/** The value-line keys a kernel has, in order. */
export function kernelVerdictKeys(k: KernelSpec): KernelVerdictKey[] {
  const hit = keyCache.get(k);
  if (hit) return hit;
  const keys: (KernelVerdictKey | false)[] = [
    'is_shadow_present_pte',
    'is_mmio_spte',
    k.removed !== null && k.removed.fn,
    k.eptVeFn && 'is_ept_ve_possible',
    'is_large_pte',
    'is_last_spte',
    'is_executable_pte',
    'spte_to_pfn',
    'is_accessed_spte',
    k.dirtyFn && 'is_dirty_spte',
    'is_writable_pte',
    k.lockless !== null && 'spte_can_locklessly_be_made_writable',
    k.lockless !== null && 'mmu_writable_bit',
    k.lockless === null && 'is_mmu_writable_spte',
    'host_writable_bit',
    'spte_ad_enabled',
    'spte_ad_need_write_protect',
    'is_access_track_spte',
    'get_mmio_spte_generation',
    'get_mmio_spte_gfn',
    'get_mmio_spte_access',
    k.writableInvariants && 'writable_invariant',
    'mark_spte_for_access_track',
    'restore_acc_track_spte',
    'is_access_allowed',
    k.volatileFn === 'needs-atomic-update' ? 'spte_needs_atomic_update' : 'spte_has_volatile_bits',
    'is_rsvd_spte',
  ];
  const out = keys.filter((x): x is KernelVerdictKey => x !== false);
  keyCache.set(k, out);
  return out;
}

const MAINLINE_KEYS = kernelVerdictKeys(MAINLINE_SPEC).join();
const shapeCache = new WeakMap<KernelSpec, boolean>();

/** The kernel's verdicts have exactly the mainline `Verdicts` shape (6.15 and later). */
export function hasMainlineVerdicts(k: KernelSpec): boolean {
  let hit = shapeCache.get(k);
  if (hit === undefined) shapeCache.set(k, (hit = kernelVerdictKeys(k).join() === MAINLINE_KEYS));
  return hit;
}

/** The pair-line keys a kernel has, in order. */
export function kernelPairVerdictKeys(k: KernelSpec): KernelPairVerdictKey[] {
  const keys: (KernelPairVerdictKey | false)[] = [
    k.tdpMapFlush === 'nonleaf-or-leaf-change' && 'leaf_spte_change_needs_tlb_flush',
    k.tdpMapFlush !== 'none' && 'tdp_map_flush',
    'mmu_spte_update_flush',
  ];
  return keys.filter((x): x is KernelPairVerdictKey => x !== false);
}

interface Ctx {
  h: Host;
  s: bigint;
  present: boolean;
  mmio: boolean;
  accessTrack: boolean;
  lastAt: boolean[];
}

/** One evaluator per key: only the functions the kernel has are ever run. */
const EVAL: { [K in KernelVerdictKey]-?: (c: Ctx) => NonNullable<KernelVerdicts[K]> } = {
  is_shadow_present_pte: (c) => c.present,
  is_mmio_spte: (c) => c.mmio,
  is_removed_spte: (c) => E.is_removed_spte(c.h, c.s),
  is_frozen_spte: (c) => E.is_removed_spte(c.h, c.s),
  is_ept_ve_possible: (c) => E.is_ept_ve_possible(c.h, c.s),
  is_large_pte: (c) => P.is_large_pte(c.s),
  is_last_spte: (c) => c.lastAt,
  is_executable_pte: (c) => P.is_executable_pte(c.h, c.s),
  spte_to_pfn: (c) => P.spte_to_pfn(c.h, c.s),
  is_accessed_spte: (c) => E.is_accessed_spte(c.h, c.s),
  is_dirty_spte: (c) => ({ precondition: c.present, value: E.is_dirty_spte(c.h, c.s) }),
  is_writable_pte: (c) => P.is_writable_pte(c.s),
  spte_can_locklessly_be_made_writable: (c) => E.spte_can_locklessly_be_made_writable(c.h, c.s),
  mmu_writable_bit: (c) => P.is_mmu_writable_spte(c.h, c.s),
  is_mmu_writable_spte: (c) => P.is_mmu_writable_spte(c.h, c.s),
  host_writable_bit: (c) => P.host_writable_bit(c.h, c.s),
  spte_ad_enabled: (c) => ({ precondition: c.present, value: P.spte_ad_enabled(c.h, c.s) }),
  spte_ad_need_write_protect: (c) => ({
    precondition: c.present,
    value: P.spte_ad_need_write_protect(c.h, c.s),
  }),
  is_access_track_spte: (c) => ({ precondition: c.present, value: c.accessTrack }),
  get_mmio_spte_generation: (c) => ({ precondition: c.mmio, value: E.get_mmio_spte_generation(c.h, c.s) }),
  get_mmio_spte_gfn: (c) => ({ precondition: c.mmio, value: P.get_mmio_spte_gfn(c.h, c.s) }),
  get_mmio_spte_access: (c) => ({ precondition: c.mmio, value: P.get_mmio_spte_access(c.h, c.s) }),
  writable_invariant: (c) => {
    const inv = c.present ? P.check_spte_writable_invariants(c.h, c.s) : 'n/a';
    return c.lastAt.map((last) => (last ? inv : 'n/a'));
  },
  mark_spte_for_access_track: (c) => {
    const m = E.mark_spte_for_access_track(c.h, c.s);
    return { precondition: c.present, value: m.value, warnings: m.warnings };
  },
  restore_acc_track_spte: (c) => ({
    precondition: c.present && c.accessTrack,
    value: P.restore_acc_track_spte(c.h, c.s),
  }),
  is_access_allowed: (c) => ({
    precondition: c.present,
    read: P.is_access_allowed(c.h, c.s, 'read'),
    write: P.is_access_allowed(c.h, c.s, 'write'),
    exec: P.is_access_allowed(c.h, c.s, 'exec'),
  }),
  spte_has_volatile_bits: (c) => {
    const v = E.volatile_bits(c.h, c.s);
    return { precondition: v.precondition, value: v.value };
  },
  spte_needs_atomic_update: (c) => {
    const v = E.volatile_bits(c.h, c.s);
    return { precondition: v.precondition, value: v.value };
  },
  is_rsvd_spte: (c) => ({
    precondition: c.present,
    bad_mt_xwr: P.is_bad_mt_xwr(c.h, c.s),
    value: P.is_rsvd_spte_levels(c.h, c.s),
  }),
};

export function computeKernelVerdicts(h: Host, s: bigint): KernelVerdicts {
  // Mainline's set is one object literal: same functions, a fraction of the dispatch cost.
  if (hasMainlineVerdicts(h.kernel)) return computeVerdicts(h, s);
  const c: Ctx = {
    h,
    s,
    present: E.is_shadow_present_pte(h, s),
    mmio: E.is_mmio_spte(h, s),
    accessTrack: P.is_access_track_spte(h, s),
    lastAt: LEVELS.map((l) => P.is_last_spte(s, l)),
  };
  const out: Partial<Record<KernelVerdictKey, unknown>> = {};
  for (const key of kernelVerdictKeys(h.kernel)) out[key] = EVAL[key](c);
  return out as KernelVerdicts;
}

export function computeKernelPairVerdicts(
  h: Host,
  oldSpte: bigint,
  newSpte: bigint,
  level: number,
): KernelPairVerdicts {
  const oldPresent = E.is_shadow_present_pte(h, oldSpte);
  const all: Required<KernelPairVerdicts> = {
    leaf_spte_change_needs_tlb_flush: {
      precondition: oldPresent && P.is_last_spte(oldSpte, level),
      value: P.leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte),
    },
    tdp_map_flush: E.tdp_map_flush(h, oldSpte, newSpte, level) ?? false,
    mmu_spte_update_flush: {
      precondition: E.is_shadow_present_pte(h, newSpte),
      value: E.mmu_spte_update_flush(h, oldSpte, newSpte),
    },
  };
  const out: Partial<Record<KernelPairVerdictKey, unknown>> = {};
  for (const key of kernelPairVerdictKeys(h.kernel)) out[key] = all[key];
  return out as KernelPairVerdicts;
}
