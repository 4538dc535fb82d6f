/**
 * Old → new SPTE changes, as a person reading a trace wants them named: which known KVM
 * transition this is (aging, write-protection, zapping, freezing, ...), which bits changed,
 * and what the kernel's flush decisions say about it, with a one-line reason each
 * (spte-semantics.md §8, kernel-versions.md §6). Used by the page's diff view and the
 * CLI's `pair`; every test of a bit goes through the core's predicates, masks and constants.
 */

import { any, bitsOf, not64 } from './bits';
import { PT_WRITABLE_MASK } from './constants';
import { computePairVerdicts } from './verdicts';
import type { Host } from './host';
import * as P from './predicates';

export type TransitionId =
  | 'none'
  | 'map'
  | 'zap'
  | 'zap-table'
  | 'freeze'
  | 'unfreeze'
  | 'collapse'
  | 'split'
  | 'age'
  | 'clear-dirty'
  | 'mark-access-track'
  | 'restore-access'
  | 'wrprot-dirty-log'
  | 'wrprot-shadow'
  | 'make-writable'
  | 'unrecognised';

export interface Transition {
  id: TransitionId;
  /** "Write-protect for dirty logging: W cleared, MMU-writable kept" */
  name: string;
  /** One more sentence of context, or null. */
  detail: string | null;
}

/** Every bit that differs between old and new lies in `mask`. */
const onlyIn = (oldSpte: bigint, newSpte: bigint, mask: bigint): boolean =>
  ((oldSpte ^ newSpte) & not64(mask)) === 0n;

const t = (id: TransitionId, name: string, detail: string | null = null): Transition => ({
  id,
  name,
  detail,
});

/**
 * Name the change from `oldSpte` to `newSpte` on `host` (its kernel decides the
 * placeholders' names). With the `level` the entry sits at, a page table (non-leaf) and a
 * huge leaf are told apart: a table replaced by a huge leaf is a collapse, the reverse a
 * split, and a table that goes away is the zap of a whole subtree.
 */
export function classifyTransition(host: Host, oldSpte: bigint, newSpte: bigint, level?: number): Transition {
  if (oldSpte === newSpte)
    return t(
      'none',
      'No change',
      'Both values are the same (a spurious fault, or an update that wrote nothing new).',
    );
  const k = host.kernel;
  const m = host.masks;
  const frozenName = k.removed?.name ?? 'FROZEN_SPTE';
  const nonpresentName = k.nonpresentValue === 0n ? '0' : 'SHADOW_NONPRESENT_VALUE';
  const oldPresent = P.is_shadow_present_pte(host, oldSpte);
  const newPresent = P.is_shadow_present_pte(host, newSpte);

  const known = level !== undefined;
  const oldTable = known && oldPresent && !P.is_last_spte(oldSpte, level);
  const newTable = known && newPresent && !P.is_last_spte(newSpte, level);
  const emptied = P.is_nonpresent_value(host, newSpte) || newSpte === 0n;

  if (P.is_removed_spte(host, newSpte))
    return t(
      'freeze',
      oldTable ? `Freeze a page table: → ${frozenName}` : `Freeze: → ${frozenName}`,
      oldTable
        ? `The TDP MMU parks the table entry at ${frozenName} while it replaces or removes the table below.`
        : oldPresent && known
          ? `The TDP MMU parks the entry at ${frozenName} while it changes it, or freezes it for good as a child of a page table being torn down.`
          : `The TDP MMU parks the entry at ${frozenName} while it changes it; the old value was ${oldPresent ? 'present' : 'not present'}.`,
    );
  if (P.is_removed_spte(host, oldSpte) && emptied)
    return t(
      'unfreeze',
      `Zap completed: ${frozenName} → ${nonpresentName}`,
      `The frozen entry is released as empty: the second step of an atomic zap.`,
    );
  if (oldTable && emptied)
    return t(
      'zap-table',
      `Zap of a page table: table → ${nonpresentName}`,
      `The whole subtree below goes: every child SPTE is frozen (${frozenName}) and the table page freed; a TLB flush follows.`,
    );
  if (oldPresent && !newPresent && emptied)
    return t('zap', `Zap: present → ${nonpresentName}`, 'The mapping is removed; the next access faults.');
  if (oldTable && newPresent && !newTable)
    return t(
      'collapse',
      'Collapse: page table → huge leaf',
      `A level-${level} table is replaced by one huge mapping (huge-page recovery after dirty logging, or a fault that installs a larger page).`,
    );
  if (known && oldPresent && !oldTable && newTable)
    return t(
      'split',
      'Split: huge leaf → page table',
      `A level-${level} huge mapping is replaced by a table of smaller SPTEs mapping the same memory (eager page splitting, dirty logging, or an NX huge page).`,
    );
  if (!oldPresent && newPresent)
    return t(
      'map',
      'Map: non-present → present',
      P.is_removed_spte(host, oldSpte)
        ? `A new SPTE installed over ${frozenName}.`
        : 'A fault (or prefetch) installed a new SPTE in an empty slot.',
    );
  if (!oldPresent || !newPresent)
    return t(
      'unrecognised',
      'Unrecognised change',
      'Neither value is a present SPTE that KVM modifies in place.',
    );
  if (oldTable && newTable)
    return t(
      'unrecognised',
      'Unrecognised change: table → another table',
      P.spte_to_pfn(host, oldSpte) !== P.spte_to_pfn(host, newSpte)
        ? 'A present table entry re-pointed to another table page in place: KVM zaps a table before linking a new one.'
        : 'Table entries change only in their accessed bit; other bits moving is unusual.',
    );
  if (P.spte_to_pfn(host, oldSpte) !== P.spte_to_pfn(host, newSpte))
    return t(
      'unrecognised',
      'Unrecognised change',
      'The PFN changed: KVM never replaces a present leaf with one mapping a different page in place.',
    );

  const W = PT_WRITABLE_MASK;
  const A = m.shadow_accessed_mask;
  const D = m.shadow_dirty_mask;
  const M = m.shadow_mmu_writable_mask;
  const trackedOld = P.is_access_track_spte(host, oldSpte);
  const trackedNew = P.is_access_track_spte(host, newSpte);

  if (trackedOld && !trackedNew) {
    // The fast page fault restores the saved bits; it may also set W (and D, A) at once.
    const restored = P.restore_acc_track_spte(host, oldSpte);
    const onlyAdded = (restored & not64(newSpte)) === 0n;
    if (onlyAdded && onlyIn(restored, newSpte, W | D | A)) {
      const writable = P.is_writable_pte(newSpte) && !P.is_writable_pte(restored);
      return t(
        'restore-access',
        `Restore access: access-tracked → restored${writable ? ', and made writable' : ''}`,
        writable
          ? 'The fast page fault put the saved R/X bits back and set W in one step.'
          : 'The saved R/X bits are put back (fast page fault after access tracking).',
      );
    }
  }
  if (A !== 0n && onlyIn(oldSpte, newSpte, A) && any(oldSpte, A) && !any(newSpte, A))
    return t(
      'age',
      'Age: Accessed cleared',
      k.agingFlushes
        ? 'Aging (MMU notifier clear_flush_young) clears A; up to 6.12 that path then flushes the TLB because it found a young SPTE.'
        : 'Aging (MMU notifier) clears A; from 6.13 x86 elides the TLB flush for it (KVM_ELIDE_TLB_FLUSH_IF_YOUNG).',
    );
  if (!trackedOld && trackedNew && P.mark_spte_for_access_track(host, oldSpte).value === newSpte)
    return t(
      'mark-access-track',
      'Mark for access tracking',
      `Without hardware A/D bits KVM saves ${k.bits.eptUserExec !== 0n ? 'R, X and XU' : 'R and X'} in bits ${bitsOf(k.bits.saved.mask).join('/')} and clears the access-track mask${k.markClearsAccessed ? ' and Accessed' : ''}, so the next access faults.`,
    );
  if (D !== 0n && onlyIn(oldSpte, newSpte, D) && any(oldSpte, D) && !any(newSpte, D))
    return t(
      'clear-dirty',
      'Clear dirty: Dirty cleared',
      'Dirty-log harvesting with hardware A/D bits clears D.',
    );
  if (onlyIn(oldSpte, newSpte, W) && P.is_writable_pte(oldSpte) && P.is_mmu_writable_spte(host, newSpte))
    return t(
      'wrprot-dirty-log',
      'Write-protect for dirty logging: W cleared, MMU-writable kept',
      'The next write faults and is made writable again without the MMU lock; the dirty-log code flushes later.',
    );
  if (onlyIn(oldSpte, newSpte, W | M) && any(oldSpte, M) && !any(newSpte, M) && !P.is_writable_pte(newSpte))
    return t(
      'wrprot-shadow',
      'Write-protect for shadowing: W and MMU-writable cleared',
      'The page is a guest page table (or otherwise write-tracked): writes must take the slow path, so a flush is needed.',
    );
  if (onlyIn(oldSpte, newSpte, W | D) && !P.is_writable_pte(oldSpte) && P.is_writable_pte(newSpte)) {
    const dirtied = D !== 0n && any(newSpte, D) && !any(oldSpte, D);
    return t(
      'make-writable',
      `Make writable: W${dirtied ? ' and Dirty' : ''} set`,
      P.is_mmu_writable_spte(host, oldSpte)
        ? 'A write fault made the MMU-writable SPTE writable again (fast page fault).'
        : 'The old SPTE was not MMU-writable: KVM does not make such an SPTE writable in place.',
    );
  }
  return t('unrecognised', 'Unrecognised change', null);
}

/** Bits that differ, high to low. */
export function changedBits(oldSpte: bigint, newSpte: bigint): number[] {
  return bitsOf(oldSpte ^ newSpte).reverse();
}

/** "changed bits: 58, 1" / "no bits changed" */
export function changedBitsText(bits: readonly number[]): string {
  return bits.length === 0 ? 'no bits changed' : `changed bits: ${bits.join(', ')}`;
}

export interface FlushRow {
  /** Kernel function / decision name. */
  name: string;
  value: boolean;
  /** Whether what KVM's callers guarantee holds for these values. */
  precondition: boolean;
  /** One line: why the answer is what it is. */
  reason: string;
}

const yes = (b: boolean) => (b ? 'flush' : 'no flush');

/**
 * The kernel's flush decisions for replacing old by new at `level`, exactly the ones that
 * kernel makes (computePairVerdicts), each with the reason in one line.
 */
export function flushRows(host: Host, oldSpte: bigint, newSpte: bigint, level: number): FlushRow[] {
  const v = computePairVerdicts(host, oldSpte, newSpte, level);
  const k = host.kernel;
  const oldPresent = P.is_shadow_present_pte(host, oldSpte);
  const oldLeaf = P.is_last_spte(oldSpte, level);
  const mOld = P.is_mmu_writable_spte(host, oldSpte);
  const leafChange = P.leaf_spte_change_needs_tlb_flush(host, oldSpte, newSpte);
  const leafReason = leafChange
    ? 'MMU-writable cleared: a writable translation may still be cached'
    : mOld
      ? 'MMU-writable kept: nothing writable is lost'
      : 'the old SPTE was not MMU-writable';
  const rows: FlushRow[] = [];

  if (v.leaf_spte_change_needs_tlb_flush)
    rows.push({
      name: 'leaf_spte_change_needs_tlb_flush',
      value: v.leaf_spte_change_needs_tlb_flush.value,
      precondition: v.leaf_spte_change_needs_tlb_flush.precondition,
      reason: `${yes(v.leaf_spte_change_needs_tlb_flush.value)}: ${leafReason}${
        v.leaf_spte_change_needs_tlb_flush.precondition
          ? ''
          : ` (precondition does not hold: the old SPTE is not a present leaf at level ${level})`
      }.`,
    });

  if (v.tdp_map_flush !== undefined) {
    const why =
      oldSpte === newSpte
        ? 'same value: a spurious fault writes nothing'
        : !oldPresent
          ? 'the old SPTE was not present'
          : !oldLeaf
            ? `the old SPTE was a table at level ${level}, replaced by a huge page`
            : k.tdpMapFlush === 'nonleaf-or-leaf-change'
              ? leafChange && k.mapLeafChangeWarns
                ? `${leafReason}; the map path also WARNs (WARN_ON_ONCE): from 6.13 KVM treats a fault that clears MMU-writable of a leaf as a bug`
                : leafReason
              : `the old SPTE was a leaf at level ${level}; this kernel flushes only when a table is replaced`;
    rows.push({
      name: 'tdp_map_flush',
      value: v.tdp_map_flush,
      precondition: true,
      reason: `${yes(v.tdp_map_flush)} after installing (tdp_mmu_map_handle_target_level): ${why}.`,
    });
  }

  const u = v.mmu_spte_update_flush;
  let why: string;
  if (!oldPresent) why = 'the old SPTE was not present, so the new one is just set';
  else if (k.mmuSpteUpdate === 'leaf-change') why = leafReason;
  else {
    const lost: string[] = [];
    const writableAgain = k.lockless !== null ? P.spte_can_locklessly_be_made_writable(host, oldSpte) : mOld;
    if (writableAgain && !P.is_writable_pte(newSpte))
      lost.push('W lost on an SPTE that can become writable without the MMU lock');
    if (P.is_accessed_spte(host, oldSpte) && !P.is_accessed_spte(host, newSpte)) lost.push('Accessed lost');
    if (P.is_dirty_spte(host, oldSpte) && !P.is_dirty_spte(host, newSpte)) lost.push('Dirty lost');
    why = lost.length ? lost.join('; ') : 'no writable, accessed or dirty state is lost';
  }
  rows.push({
    name: 'mmu_spte_update_flush',
    value: u.value,
    precondition: u.precondition,
    reason: `${yes(u.value)} (shadow MMU mmu_spte_update): ${why}${
      u.precondition ? '' : ' (precondition does not hold: the new SPTE is not present)'
    }.`,
  });
  return rows;
}
