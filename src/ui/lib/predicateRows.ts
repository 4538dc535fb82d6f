/**
 * Rows of the Predicates panel: every verdict the core computed, named like the kernel
 * function, with its result as text and, where the kernel's precondition does not hold,
 * a sentence saying so (the formula's result is still shown, as a production kernel
 * would compute it).
 */

import { hexShort, WARN, type Decoded } from '../../core';
import type { InspectorInputs } from '../store';
import { weakMemo } from '../store/memo';
import { selectDecoded } from '../store/selectors';

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
  'mmu-writable-not-host-writable': `WARN: ${WARN.mmuWritableNotHostWritable}`,
  'writable-not-mmu-writable': `WARN: ${WARN.writableNotMmuWritable}`,
  'n/a': 'not checked',
};

const ACCESS_TRACK_WARNINGS: Record<string, string> = {
  'mmu-writable-not-host-writable': `would WARN: ${WARN.mmuWritableNotHostWritable}`,
  'writable-not-mmu-writable': `would WARN: ${WARN.writableNotMmuWritable}`,
  'saved-bits-not-zero': `would WARN: ${WARN.savedBitsNotZero}`,
};

const ACCESS_TRACK_LOCKLESS = `would WARN: ${WARN.notLocklesslyDirtyTrackable}`;

/**
 * One row per function the host's kernel has (`decoded.verdicts`), under that
 * kernel's names: functions it does not have are absent (no is_dirty_spte on 6.13+, no
 * is_mmu_writable_spte before 5.19, REMOVED vs FROZEN ...). Order: classification,
 * bits, A/D and access tracking, checks, then extractors, as the panel always read.
 */
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
  const rows: PredicateRow[] = [];
  /** A value extractor guarded by a precondition: its result, or why the kernel would not ask. */
  const guardedValue = (
    name: string,
    g: { precondition: boolean; value: unknown },
    text: string,
    whyNot: string,
  ) => valueRow(name, text, g.precondition, g.precondition ? null : whyNot);
  const add = (row: PredicateRow | null | false | undefined) => {
    if (row) rows.push(row);
  };

  const rsvd = v.is_rsvd_spte.value[i];
  const marked = v.mark_spte_for_access_track;
  const access = v.is_access_allowed;
  const atomic = v.spte_needs_atomic_update ?? v.spte_has_volatile_bits;
  const atomicName = v.spte_needs_atomic_update ? 'spte_needs_atomic_update' : 'spte_has_volatile_bits';

  add(flag('is_shadow_present_pte', v.is_shadow_present_pte));
  add(flag('is_mmio_spte', v.is_mmio_spte));
  add(v.is_frozen_spte !== undefined && flag('is_frozen_spte', v.is_frozen_spte));
  add(v.is_removed_spte !== undefined && flag('is_removed_spte', v.is_removed_spte));
  add(flag(`is_last_spte (level ${L})`, v.is_last_spte[i] ?? false));
  add(flag('is_large_pte', v.is_large_pte));
  add(flag('is_executable_pte', v.is_executable_pte));
  add(flag('is_writable_pte', v.is_writable_pte));
  add(v.is_mmu_writable_spte !== undefined && flag('is_mmu_writable_spte', v.is_mmu_writable_spte));
  add(
    v.spte_can_locklessly_be_made_writable !== undefined &&
      flag('spte_can_locklessly_be_made_writable', v.spte_can_locklessly_be_made_writable),
  );
  add(
    v.mmu_writable_bit !== undefined &&
      flag('MMU-writable bit (shadow_mmu_writable_mask)', v.mmu_writable_bit),
  );
  add(flag('Host-writable bit (shadow_host_writable_mask)', v.host_writable_bit));
  add(flag('is_accessed_spte', v.is_accessed_spte));
  add(v.is_dirty_spte !== undefined && guarded('is_dirty_spte', v.is_dirty_spte, NOT_PRESENT));
  add(v.is_ept_ve_possible !== undefined && flag('is_ept_ve_possible', v.is_ept_ve_possible));
  add(guarded('spte_ad_enabled', v.spte_ad_enabled, NOT_PRESENT));
  add(guarded('spte_ad_need_write_protect', v.spte_ad_need_write_protect, NOT_PRESENT));
  add(guarded('is_access_track_spte', v.is_access_track_spte, NOT_PRESENT));
  add(atomic !== undefined && guarded(atomicName, atomic, NOT_PRESENT));
  add(
    valueRow(
      'is_access_allowed (read / write / exec)',
      `${yesNo(access.read)} / ${yesNo(access.write)} / ${yesNo(access.exec)}`,
      access.precondition,
      access.precondition ? null : NOT_PRESENT,
    ),
  );
  add(
    rsvd === null || rsvd === undefined
      ? valueRow(
          `is_rsvd_spte (level ${L})`,
          'no table',
          v.is_rsvd_spte.precondition,
          `There is no reserved-bit table for level ${L} on this host.`,
        )
      : {
          ...flag(`is_rsvd_spte (level ${L})`, rsvd, v.is_rsvd_spte.precondition),
          note: v.is_rsvd_spte.precondition
            ? v.is_rsvd_spte.bad_mt_xwr
              ? 'The memory type / XWR combination is invalid (bad_mt_xwr).'
              : null
            : NOT_PRESENT,
        },
  );
  if (v.writable_invariant !== undefined) {
    const invariant = v.writable_invariant[i] ?? 'n/a';
    add(
      valueRow(
        `check_spte_writable_invariants (level ${L})`,
        WRITABLE_TEXT[invariant] ?? invariant,
        invariant !== 'n/a',
        invariant === 'n/a' ? 'Precondition does not hold: only checked on shadow-present leaf SPTEs.' : null,
      ),
    );
  }
  add(valueRow('spte_to_pfn', hexShort(v.spte_to_pfn)));
  add(
    valueRow(
      'mark_spte_for_access_track',
      hexShort(marked.value),
      marked.precondition,
      !marked.precondition
        ? NOT_PRESENT
        : marked.warnings.length
          ? marked.warnings
              .map((w) =>
                w === 'writable-not-locklessly-dirty-trackable'
                  ? ACCESS_TRACK_LOCKLESS
                  : (ACCESS_TRACK_WARNINGS[w] ?? w),
              )
              .join('; ') + '.'
          : null,
    ),
  );
  add(
    guardedValue(
      'restore_acc_track_spte',
      v.restore_acc_track_spte,
      hexShort(v.restore_acc_track_spte.value),
      NOT_TRACKED,
    ),
  );
  add(guardedValue('get_mmio_spte_gfn', v.get_mmio_spte_gfn, hexShort(v.get_mmio_spte_gfn.value), NOT_MMIO));
  add(
    guardedValue(
      'get_mmio_spte_generation',
      v.get_mmio_spte_generation,
      String(v.get_mmio_spte_generation.value),
      NOT_MMIO,
    ),
  );
  add(
    guardedValue(
      'get_mmio_spte_access',
      v.get_mmio_spte_access,
      hexShort(BigInt(v.get_mmio_spte_access.value)),
      NOT_MMIO,
    ),
  );
  return rows;
}

// Here rather than with the other selectors: only the Predicates panel, which loads after
// the first screen, reads these rows, so their builder stays out of the first download.
const predicateRowsOf = weakMemo(buildPredicateRows);
/** The Predicates panel's rows for the store's decode (one array per decode). */
export const selectPredicateRows = (s: InspectorInputs) => predicateRowsOf(selectDecoded(s));
