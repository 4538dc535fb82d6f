/**
 * Public types of the log extractor. Kept apart from the implementation so front ends
 * (page, CLI) can import the shapes without pulling in the format table.
 */

/** What an extracted value is on its line: a lone SPTE, or one side of a change. */
export type LogRole = 'spte' | 'old' | 'new';

/**
 * Every line kind the extractor recognises. Some carry no full SPTE (headers, MMIO
 * bookkeeping, guest PTEs, masks) and never yield entries; they are still named so the
 * table documents why such lines are deliberately skipped.
 */
export type LogFormatId =
  // kvmmmu tracepoints
  | 'kvm_mmu_set_spte'
  | 'kvm_mmu_split_huge_page'
  | 'kvm_tdp_mmu_spte_changed'
  | 'fast_page_fault'
  | 'check_mmio_spte'
  | 'mark_mmio_spte'
  | 'handle_mmio_page_fault'
  | 'kvm_mmu_paging_element'
  | 'kvm_mmu_spte_requested'
  // get_mmio_spte() reserved-bit hierarchy dump, current and pre-2021 wording
  | 'walk_header'
  | 'walk_entry'
  | 'walk_header_old'
  | 'walk_entry_old'
  // #VE walk printed by kvm_mmu_print_sptes() (6.10+)
  | 've_header'
  | 've_entry'
  | 've_warn'
  // WARNs from spte.c / spte.h / tdp_mmu.c
  | 'make_spte_rsvd_warn'
  | 'writable_invariant_warn'
  | 'lockless_writable_warn'
  | 'access_track_warn'
  | 'handle_changed_spte_intro'
  | 'handle_changed_spte_warn'
  // old vmx.c handle_ept_misconfig() dump
  | 'ept_misconfig_header'
  | 'ept_misconfig_gpa'
  | 'ept_misconfig'
  | 'ept_misconfig_detail'
  // old CONFIG_KVM_MMU_AUDIT reports
  | 'mmu_audit_mapping'
  | 'mmu_audit_rmap';

export interface LogEntry {
  /** 1-based physical line number where the (possibly wrapped) logical line starts. */
  line: number;
  role: LogRole;
  /** The SPTE, as printed (at most 64 bits). */
  value: bigint;
  /** Level printed for this SPTE on its line (or walk entry), else null. */
  level: number | null;
  format: LogFormatId;
  /** Index (0, 1, …) of the hierarchy dump this entry belongs to, null outside dumps. */
  walk: number | null;
  /** For old/new: an id shared by the old and new entries of the same line, else null. */
  pair: number | null;
  /** The logical line with quotes, log prefixes and mail wrapping removed (for display). */
  text: string;
}

export interface LogExtractor {
  /**
   * Feed one physical line (without its line terminator). Returns the entries that
   * became final with this line; entries of a line that may continue on the next one
   * are held back until that is decided.
   */
  push(physicalLine: string): LogEntry[];
  /** Flush: returns entries still held back. The extractor can be reused afterwards. */
  end(): LogEntry[];
}

/** Evidence from a line's wording about which upstream kernels could have printed it. */
export interface EraHint {
  /** Stable identifier of the clue, for tests and front ends. */
  clue: EraClue;
  /** Earliest upstream version with this wording (inclusive), null when unbounded/unknown. */
  from: string | null;
  /** Latest upstream version with this wording (inclusive), null when still current. */
  until: string | null;
  /** Human explanation, including how firm the boundary is. */
  note: string;
}

export type EraClue =
  | 'walk-wording-old'
  | 'walk-wording-current'
  | 'walk-fn-old-name'
  | 'printk-no-prefix'
  | 'printk-kvm-prefix'
  | 'make-spte-rsvd-warn'
  | 'writable-invariant-warn'
  | 'lockless-writable-warn'
  | 'access-track-warn-prefixed'
  | 'access-track-warn-bare'
  | 'changed-spte-mmio-only'
  | 'changed-spte-removed'
  | 'changed-spte-frozen'
  | 'tdp-mmu-spte-changed-tracepoint'
  | 'split-huge-page-tracepoint'
  | 'set-spte-five-flags'
  | 'ept-misconfig-inspect'
  | 've-walk';
