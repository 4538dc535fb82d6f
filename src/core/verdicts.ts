/**
 * Every predicate's verdict for one value under the host's kernel, paired with the kernel's
 * precondition (what its callers guarantee): exactly the functions that kernel has, under its
 * names, in the golden vectors' key order (test-fixtures/vectors/versions/README.md,
 * "Value-line keys by version"). A function the kernel did not have is absent, not present
 * with a made-up value. This one view feeds the Predicates panel, the CLI's --json output and
 * the golden-vector comparison, for every kernel.
 */

import type { Host } from './host';
import type { KernelSpec } from './eras/types';
import { high32, low32 } from './halves';
import * as P from './predicates';

export const LEVELS = [1, 2, 3, 4, 5] as const;

export interface Guarded<T> {
  precondition: boolean;
  value: T;
}

export interface Verdicts {
  is_shadow_present_pte: boolean;
  is_mmio_spte: boolean;
  /** 5.12 (bit 59), 5.13 – 6.10 (0x5a0; 6.10 with bit 63). */
  is_removed_spte?: boolean;
  /** 6.11+. */
  is_frozen_spte?: boolean;
  /** 6.10+. */
  is_ept_ve_possible?: boolean;
  is_large_pte: boolean;
  is_last_spte: boolean[];
  is_executable_pte: boolean;
  spte_to_pfn: bigint;
  is_accessed_spte: boolean;
  /** ≤6.12. */
  is_dirty_spte?: Guarded<boolean>;
  is_writable_pte: boolean;
  /** ≤5.17. */
  spte_can_locklessly_be_made_writable?: boolean;
  /** ≤5.17: the M bit as a boolean (helper; no kernel function of that name). */
  mmu_writable_bit?: boolean;
  /** 5.18+. */
  is_mmu_writable_spte?: boolean;
  host_writable_bit: boolean;
  spte_ad_enabled: Guarded<boolean>;
  spte_ad_need_write_protect: Guarded<boolean>;
  is_access_track_spte: Guarded<boolean>;
  get_mmio_spte_generation: Guarded<number>;
  get_mmio_spte_gfn: Guarded<bigint>;
  get_mmio_spte_access: Guarded<number>;
  /** 5.18+ (check_spte_writable_invariants), per level. */
  writable_invariant?: (P.WritableVerdict | 'n/a')[];
  mark_spte_for_access_track: Guarded<bigint> & { warnings: P.AccessTrackWarning[] };
  restore_acc_track_spte: Guarded<bigint>;
  is_access_allowed: { precondition: boolean; read: boolean; write: boolean; exec: boolean };
  /** ≤6.14. */
  spte_has_volatile_bits?: Guarded<boolean>;
  /** 6.15+. */
  spte_needs_atomic_update?: Guarded<boolean>;
  is_rsvd_spte: { precondition: boolean; bad_mt_xwr: boolean; value: (boolean | null)[] };
}

export type VerdictKey = keyof Verdicts;

export interface PairVerdicts {
  /** 6.13+. */
  leaf_spte_change_needs_tlb_flush?: Guarded<boolean>;
  /** 5.18+: tdp_mmu_map_handle_target_level()'s flush after installing `new` over `old`. */
  tdp_map_flush?: boolean;
  /** mmu_spte_update()'s return value on the shadow MMU. */
  mmu_spte_update_flush: Guarded<boolean>;
}

export type PairVerdictKey = keyof PairVerdicts;

const keyCache = new WeakMap<KernelSpec, readonly VerdictKey[]>();

/** The value-line keys a kernel has, in order: the only list of which verdicts exist where. */
export function verdictKeys(k: KernelSpec): readonly VerdictKey[] {
  const hit = keyCache.get(k);
  if (hit) return hit;
  const keys: (VerdictKey | false)[] = [
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
  const out = keys.filter((x): x is VerdictKey => x !== false);
  keyCache.set(k, out);
  return out;
}

/** The pair-line keys a kernel has, in order. */
export function pairVerdictKeys(k: KernelSpec): PairVerdictKey[] {
  const keys: (PairVerdictKey | false)[] = [
    k.tdpMapFlush === 'nonleaf-or-leaf-change' && 'leaf_spte_change_needs_tlb_flush',
    k.tdpMapFlush !== 'none' && 'tdp_map_flush',
    'mmu_spte_update_flush',
  ];
  return keys.filter((x): x is PairVerdictKey => x !== false);
}

/** The four {precondition, value} pairs of booleans, shared (frozen) instead of built per value. */
const GUARDED: readonly (readonly Guarded<boolean>[])[] = [false, true].map((precondition) =>
  [false, true].map((value) => Object.freeze({ precondition, value })),
);
const guarded = (precondition: boolean, value: boolean): Guarded<boolean> => GUARDED[+precondition]![+value]!;

/** is_last_spte at levels 1–5: level 1 is always last; above it, the large bit decides. */
const LAST_AT: readonly (readonly boolean[])[] = [false, true].map((large) =>
  Object.freeze([true, large, large, large, large]),
);

/** check_spte_writable_invariants per level (only leaves are checked): one shared array per outcome. */
const INVARIANT_AT = new Map<
  P.WritableVerdict | 'n/a',
  readonly (readonly (P.WritableVerdict | 'n/a')[])[]
>();
function invariantAt(inv: P.WritableVerdict | 'n/a', large: boolean): (P.WritableVerdict | 'n/a')[] {
  let both = INVARIANT_AT.get(inv);
  if (!both)
    INVARIANT_AT.set(
      inv,
      (both = [false, true].map((l) =>
        Object.freeze([inv, l ? inv : 'n/a', l ? inv : 'n/a', l ? inv : 'n/a', l ? inv : 'n/a']),
      )),
    );
  return both[+large] as (P.WritableVerdict | 'n/a')[];
}

/** What several verdicts share, computed once per value (decode passes what it already knows). */
export interface VerdictInputs {
  present: boolean;
  mmio: boolean;
}

/**
 * The verdicts of `s` on host `h`: one evaluation per function the kernel has, nothing else
 * run. Properties are written by name in verdictKeys() order (a test holds the two together
 * for every era): a store under a computed key costs more than the predicate it stores, and
 * a constructor lets V8 give every record in-object slots instead of growing a literal.
 */
class VerdictRecord {
  constructor(h: Host, s: bigint, known?: VerdictInputs) {
    const k = h.kernel;
    const W = P.word;
    const lo = low32(s);
    const hi = high32(s);
    const present = known ? known.present : W.present(h, s, lo, hi);
    const mmio = known ? known.mmio : W.mmio(h, lo, hi);
    const large = W.large(lo);
    const accessTrack = W.accessTrack(h, lo, hi);
    const v = this as unknown as Verdicts;
    v.is_shadow_present_pte = present;
    v.is_mmio_spte = mmio;
    if (k.removed !== null) {
      if (k.removed.fn === 'is_frozen_spte') v.is_frozen_spte = W.frozen(h, s);
      else v.is_removed_spte = W.frozen(h, s);
    }
    if (k.eptVeFn) v.is_ept_ve_possible = W.veePossible(h, lo, hi);
    v.is_large_pte = large;
    v.is_last_spte = LAST_AT[+large] as boolean[];
    v.is_executable_pte = W.executable(h, lo, hi);
    v.spte_to_pfn = P.spte_to_pfn(h, s);
    v.is_accessed_spte = W.accessed(h, lo, hi);
    if (k.dirtyFn) v.is_dirty_spte = guarded(present, W.dirty(h, lo, hi));
    v.is_writable_pte = W.writable(lo);
    if (k.lockless !== null) {
      v.spte_can_locklessly_be_made_writable = W.lockless(h, lo, hi);
      v.mmu_writable_bit = W.mmuWritable(h, lo, hi);
    } else v.is_mmu_writable_spte = W.mmuWritable(h, lo, hi);
    v.host_writable_bit = W.hostWritable(h, lo, hi);
    v.spte_ad_enabled = guarded(present, W.adEnabled(h, lo, hi));
    v.spte_ad_need_write_protect = guarded(present, W.adNeedWriteProtect(h, lo, hi));
    v.is_access_track_spte = guarded(present, accessTrack);
    v.get_mmio_spte_generation = { precondition: mmio, value: W.mmioGeneration(h, lo, hi) };
    v.get_mmio_spte_gfn = { precondition: mmio, value: P.get_mmio_spte_gfn(h, s) };
    v.get_mmio_spte_access = { precondition: mmio, value: W.mmioAccess(h, lo) };
    if (k.writableInvariants)
      v.writable_invariant = invariantAt(present ? W.invariants(h, lo, hi) : 'n/a', large);
    const marked = W.markForAccessTrack(h, s, lo, hi);
    v.mark_spte_for_access_track = { precondition: present, value: marked.value, warnings: marked.warnings };
    v.restore_acc_track_spte = {
      precondition: present && accessTrack,
      value: P.restore_acc_track_spte(h, s),
    };
    v.is_access_allowed = {
      precondition: present,
      read: W.accessAllowed(h, lo, hi, 'read'),
      write: W.accessAllowed(h, lo, hi, 'write'),
      exec: W.accessAllowed(h, lo, hi, 'exec'),
    };
    const vol = W.volatile(h, present, lo, hi);
    if (k.volatileFn === 'needs-atomic-update')
      v.spte_needs_atomic_update = guarded(vol.precondition, vol.value);
    else v.spte_has_volatile_bits = guarded(vol.precondition, vol.value);
    v.is_rsvd_spte = {
      precondition: present,
      bad_mt_xwr: W.badMtXwr(h, lo, hi),
      value: W.rsvdLevels(h, lo, hi),
    };
  }
}

export function computeVerdicts(h: Host, s: bigint, known?: VerdictInputs): Verdicts {
  return new VerdictRecord(h, s, known) as unknown as Verdicts;
}

/** The flush decisions of replacing `oldSpte` by `newSpte` at `level`, under the host's kernel. */
export function computePairVerdicts(h: Host, oldSpte: bigint, newSpte: bigint, level: number): PairVerdicts {
  const out: Partial<Record<PairVerdictKey, unknown>> = {};
  for (const key of pairVerdictKeys(h.kernel)) {
    switch (key) {
      case 'leaf_spte_change_needs_tlb_flush':
        out[key] = {
          precondition: P.is_shadow_present_pte(h, oldSpte) && P.is_last_spte(oldSpte, level),
          value: P.leaf_spte_change_needs_tlb_flush(h, oldSpte, newSpte),
        };
        break;
      case 'tdp_map_flush':
        // Installing the same value is a spurious fault: nothing is written, nothing flushed.
        out[key] = P.tdp_map_flush(h, oldSpte, newSpte, level) ?? false;
        break;
      case 'mmu_spte_update_flush':
        out[key] = {
          precondition: P.is_shadow_present_pte(h, newSpte),
          value: P.mmu_spte_update_flush(h, oldSpte, newSpte),
        };
        break;
    }
  }
  return out as unknown as PairVerdicts;
}
