/**
 * Rows of the Predicates panel: every verdict the core computed, named like the kernel
 * function, with its result as text and, where the kernel's precondition does not hold,
 * a sentence saying so (the formula's result is still shown, as a production kernel
 * would compute it).
 */

import { hexShort, type Decoded } from '../../core';

export interface PredicateRow {
  /** Kernel function name, with the level when the verdict depends on it. */
  name: string;
  result: string;
  /** true/false for predicates; null for extractors that return a value. */
  truth: boolean | null;
  precondition: boolean;
  /** Why the precondition fails, or other context; null when there is nothing to add. */
  note: string | null;
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

const NOT_PRESENT = 'Precondition does not hold: not shadow-present (KVM only calls this on present SPTEs).';
const NOT_MMIO = 'Precondition does not hold: not an MMIO SPTE (KVM only calls this after is_mmio_spte).';
const NOT_TRACKED =
  'Precondition does not hold: not an access-tracked present SPTE (KVM only restores those).';

const WRITABLE_TEXT: Record<string, string> = {
  ok: 'ok',
  'mmu-writable-not-host-writable': 'WARN: MMU-writable SPTE is not Host-writable',
  'writable-not-mmu-writable': 'WARN: Writable SPTE is not MMU-writable',
  'n/a': 'not checked',
};

const ACCESS_TRACK_WARNINGS: Record<string, string> = {
  'mmu-writable-not-host-writable': 'would WARN: MMU-writable SPTE is not Host-writable',
  'writable-not-mmu-writable': 'would WARN: Writable SPTE is not MMU-writable',
  'saved-bits-not-zero': 'would WARN: Access Tracking saved bit locations are not zero',
};

export function buildPredicateRows(d: Decoded): PredicateRow[] {
  const v = d.verdicts;
  const L = d.level;
  const i = L - 1;
  const flag = (name: string, value: boolean, precondition = true, note: string | null = null) => ({
    name,
    result: String(value),
    truth: value,
    precondition,
    note,
  });
  const guarded = (name: string, g: { precondition: boolean; value: boolean }, why: string) =>
    flag(name, g.value, g.precondition, g.precondition ? null : why);
  const valueRow = (name: string, result: string, precondition = true, note: string | null = null) => ({
    name,
    result,
    truth: null,
    precondition,
    note,
  });

  const rsvd = v.is_rsvd_spte.value[i];
  const invariant = v.writable_invariant[i] ?? 'n/a';
  const marked = v.mark_spte_for_access_track;
  const access = v.is_access_allowed;

  return [
    flag('is_shadow_present_pte', v.is_shadow_present_pte),
    flag('is_mmio_spte', v.is_mmio_spte),
    flag('is_frozen_spte', v.is_frozen_spte),
    flag(`is_last_spte (level ${L})`, v.is_last_spte[i] ?? false),
    flag('is_large_pte', v.is_large_pte),
    flag('is_executable_pte', v.is_executable_pte),
    flag('is_writable_pte', v.is_writable_pte),
    flag('is_mmu_writable_spte', v.is_mmu_writable_spte),
    flag('Host-writable bit (shadow_host_writable_mask)', v.host_writable_bit),
    flag('is_accessed_spte', v.is_accessed_spte),
    flag('is_ept_ve_possible', v.is_ept_ve_possible),
    guarded('spte_ad_enabled', v.spte_ad_enabled, NOT_PRESENT),
    guarded('spte_ad_need_write_protect', v.spte_ad_need_write_protect, NOT_PRESENT),
    guarded('is_access_track_spte', v.is_access_track_spte, NOT_PRESENT),
    guarded('spte_needs_atomic_update', v.spte_needs_atomic_update, NOT_PRESENT),
    valueRow(
      'is_access_allowed (read / write / exec)',
      `${yesNo(access.read)} / ${yesNo(access.write)} / ${yesNo(access.exec)}`,
      access.precondition,
      access.precondition ? null : NOT_PRESENT,
    ),
    rsvd === null || rsvd === undefined
      ? valueRow(
          `is_rsvd_spte (level ${L})`,
          'no table',
          v.is_rsvd_spte.precondition,
          `There is no reserved-bit table for level ${L} on this host.`,
        )
      : {
          ...flag(
            `is_rsvd_spte (level ${L})`,
            rsvd,
            v.is_rsvd_spte.precondition,
            v.is_rsvd_spte.precondition ? null : NOT_PRESENT,
          ),
          note: v.is_rsvd_spte.precondition
            ? v.is_rsvd_spte.bad_mt_xwr
              ? 'The memory type / XWR combination is invalid (bad_mt_xwr).'
              : null
            : NOT_PRESENT,
        },
    valueRow(
      `check_spte_writable_invariants (level ${L})`,
      WRITABLE_TEXT[invariant] ?? invariant,
      invariant !== 'n/a',
      invariant === 'n/a' ? 'Precondition does not hold: only checked on shadow-present leaf SPTEs.' : null,
    ),
    valueRow('spte_to_pfn', hexShort(v.spte_to_pfn)),
    valueRow(
      'mark_spte_for_access_track',
      hexShort(marked.value),
      marked.precondition,
      !marked.precondition
        ? NOT_PRESENT
        : marked.warnings.length
          ? marked.warnings.map((w) => ACCESS_TRACK_WARNINGS[w] ?? w).join('; ') + '.'
          : null,
    ),
    valueRow(
      'restore_acc_track_spte',
      hexShort(v.restore_acc_track_spte.value),
      v.restore_acc_track_spte.precondition,
      v.restore_acc_track_spte.precondition ? null : NOT_TRACKED,
    ),
    valueRow(
      'get_mmio_spte_gfn',
      hexShort(v.get_mmio_spte_gfn.value),
      v.get_mmio_spte_gfn.precondition,
      v.get_mmio_spte_gfn.precondition ? null : NOT_MMIO,
    ),
    valueRow(
      'get_mmio_spte_generation',
      String(v.get_mmio_spte_generation.value),
      v.get_mmio_spte_generation.precondition,
      v.get_mmio_spte_generation.precondition ? null : NOT_MMIO,
    ),
    valueRow(
      'get_mmio_spte_access',
      hexShort(BigInt(v.get_mmio_spte_access.value)),
      v.get_mmio_spte_access.precondition,
      v.get_mmio_spte_access.precondition ? null : NOT_MMIO,
    ),
  ];
}
