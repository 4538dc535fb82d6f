/**
 * The kernel's WARN and pr_err texts, each written once. Findings quote them, the log
 * formats match them, the era clues look for them and the predicate rows show them, so a
 * wording fix lands everywhere at once. Only the fixed part is here; values are added by
 * the caller.
 */

export const WARN = {
  /** check_spte_writable_invariants(), 5.18+; followed by ": <spte>". */
  mmuWritableNotHostWritable: 'MMU-writable SPTE is not Host-writable',
  /** check_spte_writable_invariants(), 5.18+; followed by ": <spte>". */
  writableNotMmuWritable: 'Writable SPTE is not MMU-writable',
  /** mark_spte_for_access_track(), up to 5.17. */
  notLocklesslyDirtyTrackable: 'Writable SPTE is not locklessly dirty-trackable',
  /** mark_spte_for_access_track(). */
  savedBitsNotZero: 'Access Tracking saved bit locations are not zero',
  /** handle_changed_spte(), first line when a present leaf is replaced by another. */
  changedSpteInvalid: 'Invalid SPTE change: cannot replace a present leaf',
  /** handle_changed_spte(), first line when one non-present value replaces another. */
  changedSpteUnexpected: 'Unexpected SPTE change! Nonpresent SPTEs',
  /** (walk_shadow_page_)get_mmio_spte() before ~5.13. */
  mmioRsvdOld: 'detect reserved bits on spte',
} as const;

/** make_spte()'s reserved-bit WARN (from ~5.14): `rsvd bits` is the level's whole mask. */
export const makeSpteRsvdWarn = (spte: string, level: string, rsvd: string): string =>
  `spte = ${spte}, level = ${level}, rsvd bits = ${rsvd}`;

/** A WARN text as a regular-expression fragment (for log matching). */
export const warnPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&');
