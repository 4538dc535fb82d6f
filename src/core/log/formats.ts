/**
 * The declarative table of log and trace lines that mention SPTEs (spte-semantics.md
 * §10, kernel-versions.md §9, and the pre-4.3 vmx.c EPT-misconfiguration dump).
 *
 * Each record says where the line comes from, a cheap `anchor` substring that must be
 * present before any regex runs, the kernel-like `template` (see template.ts), what the
 * line means for the extractor (`kind`) and one real-shaped `example`. Lines whose
 * numbers are not SPTEs (guest PTEs, pfns, gfns, addresses, reserved-bit masks, MMIO
 * bookkeeping) are listed as `silent`: recognising them keeps the mail-unwrapping logic
 * from gluing them onto a neighbour, and documents why they yield nothing.
 */

import { WARN, makeSpteRsvdWarn } from '../warns';
import type { LogFormatId, LogRole } from './types';
import { compileTemplate, type Capture, type CompiledTemplate } from './template';

/**
 * entry        yields the captured SPTEs
 * walk-header  opens a hierarchy dump of `family` (no SPTE on the line)
 * walk-entry   one level of a hierarchy dump of `family`
 * silent       recognised, carries no full SPTE
 */
export type FormatKind = 'entry' | 'walk-header' | 'walk-entry' | 'silent';
export type WalkFamily = 'mmio' | 'ept' | 've';

export interface FormatSpec {
  id: LogFormatId;
  kind: FormatKind;
  family?: WalkFamily;
  /** Substring that must occur in the line; also what marks a line as the start of a record. */
  anchor: string;
  template: string;
  /** For formats without captures: the shortest text still identifying a truncated line. */
  minimal?: string;
  /** The anchor may sit inside a longer identifier (e.g. walk_shadow_page_get_mmio_spte). */
  embedded?: boolean;
  /** A tracepoint: the display text starts at the event name, not at the trace prefix. */
  trace?: boolean;
  origin: string;
  example: string;
}

export interface LineFormat extends FormatSpec, CompiledTemplate {
  roles: readonly LogRole[];
}

const SPECS: readonly FormatSpec[] = [
  // ---- kvmmmu tracepoints (arch/x86/kvm/mmu/mmutrace.h) ----
  {
    id: 'kvm_mmu_set_spte',
    kind: 'entry',
    anchor: 'kvm_mmu_set_spte:',
    // `gfn` and `at` (the SPTE's own physical address) are not SPTEs. The flag group has
    // four characters in mainline, five on out-of-tree MBEC branches.
    template: 'kvm_mmu_set_spte: gfn {hex} spte {spte} {paren} level {level} at {hex}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(kvm_mmu_set_spte)',
    example: 'kvm_mmu_set_spte: gfn 12345 spte 86000001234b77 (rwxu) level 1 at 10a3c0f28',
  },
  {
    id: 'kvm_mmu_split_huge_page',
    kind: 'entry',
    anchor: 'kvm_mmu_split_huge_page:',
    template: 'kvm_mmu_split_huge_page: gfn {hex} spte {spte} level {level} errno {int}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(kvm_mmu_split_huge_page)',
    example: 'kvm_mmu_split_huge_page: gfn 40000 spte 8600000140000bf7 level 2 errno 0',
  },
  {
    id: 'kvm_tdp_mmu_spte_changed',
    kind: 'entry',
    anchor: 'kvm_tdp_mmu_spte_changed:',
    template: 'kvm_tdp_mmu_spte_changed: as id {int} gfn {hex} level {level} old_spte {old} new_spte {new}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(kvm_tdp_mmu_spte_changed)',
    example:
      'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000 new_spte 86000001234b77',
  },
  {
    id: 'fast_page_fault',
    kind: 'entry',
    anchor: 'fast_page_fault:',
    // `old` is %#llx (bare 0 for zero), `new` is %llx; gva and the %p sptep are not SPTEs;
    // error_code is __print_flags output and may be empty. No level is printed.
    template:
      'fast_page_fault: vcpu {int} gva {hex} error_code {opt}sptep {ptr} old {old} new {new} spurious {int} fixed {int}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(fast_page_fault)',
    example:
      'fast_page_fault: vcpu 1 gva 7f3a1000 error_code P|W sptep 00000000b1e4f2a5 old 0x86000001234b75 new 86000001234b77 spurious 0 fixed 1',
  },
  {
    id: 'check_mmio_spte',
    kind: 'entry',
    anchor: 'check_mmio_spte:',
    template: 'check_mmio_spte: spte {spte} kvm_gen {hex} spte-gen {hex} valid {int}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(check_mmio_spte)',
    example: 'check_mmio_spte: spte 8000fe00d000a076 kvm_gen a spte-gen a valid 1',
  },
  {
    id: 'mark_mmio_spte',
    kind: 'silent',
    anchor: 'mark_mmio_spte:',
    // gfn, access bits and generation only: the full MMIO SPTE is not printed.
    template: 'mark_mmio_spte: sptep:{ptr} gfn {hex} access {hex} gen {hex}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(mark_mmio_spte)',
    example: 'mark_mmio_spte: sptep:000000003c1a9b7e gfn fe00d access 6 gen a',
  },
  {
    id: 'handle_mmio_page_fault',
    kind: 'silent',
    anchor: 'handle_mmio_page_fault:',
    template: 'handle_mmio_page_fault: addr:{hex} gfn {hex} access {hex}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(handle_mmio_page_fault)',
    example: 'handle_mmio_page_fault: addr:fe00d000 gfn fe00d access 6',
  },
  {
    id: 'kvm_mmu_paging_element',
    kind: 'silent',
    anchor: 'kvm_mmu_paging_element:',
    // A guest PTE met during the guest page-table walk, not an SPTE.
    template: 'kvm_mmu_paging_element: pte {hex} level {int}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(kvm_mmu_paging_element)',
    example: 'kvm_mmu_paging_element: pte 8000000012345067 level 1',
  },
  {
    id: 'kvm_mmu_spte_requested',
    kind: 'silent',
    anchor: 'kvm_mmu_spte_requested:',
    template: 'kvm_mmu_spte_requested: gfn {hex} pfn {hex} level {int}',
    trace: true,
    origin: 'mmutrace.h TRACE_EVENT(kvm_mmu_spte_requested)',
    example: 'kvm_mmu_spte_requested: gfn 1234 pfn 1234 level 1',
  },

  // ---- get_mmio_spte() reserved-bit dump (mmu.c); `addr` and `rsvd bits` are not SPTEs ----
  {
    id: 'walk_header',
    kind: 'walk-header',
    family: 'mmio',
    anchor: 'get_mmio_spte:',
    template: 'get_mmio_spte: reserved bits set on MMU-present spte, addr {hex}, hierarchy:',
    minimal: 'get_mmio_spte: reserved bits set',
    embedded: true,
    origin: 'mmu.c get_mmio_spte(), from ~5.13',
    example: 'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:',
  },
  {
    id: 'walk_entry',
    kind: 'walk-entry',
    family: 'mmio',
    anchor: '------ spte',
    template: '------ spte = {spte} level = {level}, rsvd bits = {hex}',
    origin: 'mmu.c get_mmio_spte(), from ~5.13',
    example: 'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
  },
  {
    id: 'walk_header_old',
    kind: 'walk-header',
    family: 'mmio',
    anchor: 'get_mmio_spte:',
    // Printed by walk_shadow_page_get_mmio_spte before its rename to get_mmio_spte.
    template: `get_mmio_spte: ${WARN.mmioRsvdOld}, addr {hex}, dump hierarchy:`,
    minimal: 'get_mmio_spte: detect reserved bits',
    embedded: true,
    origin: 'mmu.c (walk_shadow_page_)get_mmio_spte(), up to ~5.12',
    example: 'get_mmio_spte: detect reserved bits on spte, addr 0xfe00d000, dump hierarchy:',
  },
  {
    id: 'walk_entry_old',
    kind: 'walk-entry',
    family: 'mmio',
    anchor: '------ spte',
    template: '------ spte {spte} level {level}.',
    origin: 'mmu.c (walk_shadow_page_)get_mmio_spte(), up to ~5.12',
    example: '------ spte 0x2038001ffe00d407 level 1.',
  },

  // ---- vmx.c #VE taken by the host (6.10+): kvm_mmu_print_sptes() prints one walk on one
  // line, root to leaf, each SPTE with its level; the GPA (hex, no 0x) is not an SPTE ----
  {
    id: 've_header',
    kind: 'walk-header',
    family: 've',
    anchor: '#VE ',
    template: '#VE {hex},',
    minimal: '#VE ',
    embedded: true,
    origin: 'mmu.c kvm_mmu_print_sptes() from vmx.c, 6.10+',
    // The walk's entries follow on the same line (ve_entry); the header alone is shown here.
    example: 'kvm: #VE 1234000,',
  },
  {
    id: 've_entry',
    kind: 'walk-entry',
    family: 've',
    anchor: 'spte[',
    template: 'spte[{level}] = {spte}',
    origin: 'mmu.c kvm_mmu_print_sptes() from vmx.c, 6.10+',
    example: 'spte[1] = 0x8600000123456b77',
  },
  {
    id: 've_warn',
    kind: 'silent',
    anchor: 'Unexpected #VE',
    // The exit reason, not an SPTE; the walk follows on its own line after a VMCS dump.
    template: 'Unexpected #VE on VM-Exit reason {hex}',
    origin: 'vmx.c handle_exception_nmi() WARN, 6.10+',
    example: 'Unexpected #VE on VM-Exit reason 0x30',
  },

  // ---- WARNs ----
  {
    id: 'make_spte_rsvd_warn',
    kind: 'entry',
    anchor: 'spte = ',
    template: makeSpteRsvdWarn('{spte}', '{level}', '{hex}'),
    origin: 'spte.c make_spte() WARN_ONCE, from ~5.14',
    example: 'spte = 0x860000012345fb77, level = 1, rsvd bits = 0x10000000000000',
  },
  {
    id: 'writable_invariant_warn',
    kind: 'entry',
    anchor: 'SPTE is not Host-writable:',
    template: `${WARN.mmuWritableNotHostWritable}: {spte}`,
    origin: 'spte.h check_spte_writable_invariants(), from 5.19',
    example: 'kvm: MMU-writable SPTE is not Host-writable: 84000001234b77',
  },
  {
    id: 'writable_invariant_warn',
    kind: 'entry',
    anchor: 'SPTE is not MMU-writable:',
    template: `${WARN.writableNotMmuWritable}: {spte}`,
    origin: 'spte.h check_spte_writable_invariants(), from 5.19',
    example: 'kvm: Writable SPTE is not MMU-writable: 82000001234b77',
  },
  {
    id: 'lockless_writable_warn',
    kind: 'silent',
    anchor: 'SPTE is not locklessly',
    template: WARN.notLocklesslyDirtyTrackable,
    origin: 'spte.c mark_spte_for_access_track(), up to 5.18',
    example: 'kvm: Writable SPTE is not locklessly dirty-trackable',
  },
  {
    id: 'access_track_warn',
    kind: 'silent',
    anchor: 'Access Tracking saved bit',
    template: WARN.savedBitsNotZero,
    origin: 'spte.c mark_spte_for_access_track()',
    example: 'Access Tracking saved bit locations are not zero',
  },
  {
    id: 'handle_changed_spte_intro',
    kind: 'silent',
    anchor: 'Invalid SPTE change',
    template: WARN.changedSpteInvalid,
    origin: 'tdp_mmu.c handle_changed_spte() pr_err, first line',
    example: 'kvm: Invalid SPTE change: cannot replace a present leaf',
  },
  {
    id: 'handle_changed_spte_intro',
    kind: 'silent',
    anchor: 'Unexpected SPTE change',
    template: WARN.changedSpteUnexpected,
    origin: 'tdp_mmu.c handle_changed_spte() pr_err, first line',
    example: 'kvm: Unexpected SPTE change! Nonpresent SPTEs',
  },
  {
    id: 'handle_changed_spte_warn',
    kind: 'entry',
    anchor: 'as_id:',
    // Last line of both multi-line handle_changed_spte() messages; gfn is not an SPTE.
    template: 'as_id: {int} gfn: {hex} old_spte: {old} new_spte: {new} level: {level}',
    origin: 'tdp_mmu.c handle_changed_spte() pr_err, last line',
    example: 'as_id: 0 gfn: 1234 old_spte: 86000001234b77 new_spte: 86000005678b77 level: 1',
  },

  // ---- vmx.c handle_ept_misconfig() before the dump moved into mmu.c (≈ ≤ 4.2) ----
  {
    id: 'ept_misconfig_header',
    kind: 'walk-header',
    family: 'ept',
    anchor: 'EPT: Misconfiguration',
    template: 'EPT: Misconfiguration.',
    minimal: 'EPT: Misconfiguration',
    origin: 'vmx.c handle_ept_misconfig(), old kernels',
    example: 'EPT: Misconfiguration.',
  },
  {
    id: 'ept_misconfig_gpa',
    kind: 'silent',
    anchor: 'EPT: GPA:',
    // The guest physical address, not an SPTE.
    template: 'EPT: GPA: {hex}',
    origin: 'vmx.c handle_ept_misconfig(), old kernels',
    example: 'EPT: GPA: 0x108ba4538',
  },
  {
    id: 'ept_misconfig',
    kind: 'walk-entry',
    family: 'ept',
    anchor: 'ept_misconfig_inspect_spte:',
    template: 'ept_misconfig_inspect_spte: spte {spte} level {level}',
    origin: 'vmx.c ept_misconfig_inspect_spte(), old kernels',
    example: 'ept_misconfig_inspect_spte: spte 0x1028125d77 level 1',
  },
  {
    id: 'ept_misconfig_detail',
    kind: 'silent',
    anchor: 'ept_misconfig_inspect_spte:',
    // The reserved-bit mask, not an SPTE.
    template: 'ept_misconfig_inspect_spte: rsvd_bits = {hex}',
    origin: 'vmx.c ept_misconfig_inspect_spte(), old kernels',
    example: 'ept_misconfig_inspect_spte: rsvd_bits = 0x38',
  },
  {
    id: 'ept_misconfig_detail',
    kind: 'silent',
    anchor: 'ept_misconfig_inspect_spte:',
    // The memory-type field (bits 5:3), not an SPTE.
    template: 'ept_misconfig_inspect_spte: ept_mem_type={hex}',
    origin: 'vmx.c ept_misconfig_inspect_spte(), old kernels',
    example: 'ept_misconfig_inspect_spte: ept_mem_type=0x2',
  },

  // ---- CONFIG_KVM_MMU_AUDIT (mmu_audit.c, removed in the 5.x series) ----
  {
    id: 'mmu_audit_mapping',
    kind: 'entry',
    anchor: 'audit: (',
    // "levels" is the root level, pfn/hpa are host frames; `ent` is the SPTE. The kernel
    // string ends in a literal "n" (a typo for "\n"), hence the optional n.
    template: 'audit: {paren} error: levels {int} pfn {hex} hpa {hex} ent {spte}{n}',
    embedded: true,
    origin: 'mmu_audit.c audit_mappings()',
    example: 'audit: (post page fault) error: levels 4 pfn 1234 hpa 1234000 ent 86000005678b77n',
  },
  {
    id: 'mmu_audit_rmap',
    kind: 'entry',
    anchor: 'audit: (',
    template: 'audit: {paren} error: no rmap for writable spte {spte}',
    embedded: true,
    origin: 'mmu_audit.c inspect_spte_has_rmap()',
    example: 'audit: (pre sync) error: no rmap for writable spte 86000001234b77',
  },
];

function rolesOf(captures: readonly Capture[]): LogRole[] {
  const roles: LogRole[] = [];
  for (const c of captures) if (c !== 'level') roles.push(c);
  return roles;
}

export const FORMATS: readonly LineFormat[] = SPECS.map((spec) => {
  const compiled = compileTemplate(spec.template, {
    ...(spec.embedded !== undefined ? { embedded: spec.embedded } : {}),
    ...(spec.minimal !== undefined ? { minimal: spec.minimal } : {}),
  });
  return { ...spec, ...compiled, roles: rolesOf(compiled.captures) };
});

/** Distinct anchors, each with the formats sharing it (tried in table order). */
export const ANCHORS: readonly { anchor: string; formats: readonly LineFormat[] }[] = (() => {
  const map = new Map<string, LineFormat[]>();
  for (const f of FORMATS) {
    const list = map.get(f.anchor);
    if (list) list.push(f);
    else map.set(f.anchor, [f]);
  }
  return [...map].map(([anchor, formats]) => ({ anchor, formats }));
})();
