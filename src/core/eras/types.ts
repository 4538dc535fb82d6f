/**
 * Kernel eras (kernel-versions.md §2): ranges of upstream releases whose SPTE layout and
 * predicate set are the same. A host is always decoded with one era; an exact version
 * string, when known, refines the few details that change inside an era (names, 5.12's
 * bit-59 placeholder, 5.17's MMU-writable-only lockless test, ...).
 */

export type KernelEra =
  'special-type' | 'mmu-present-lockless' | 'mmu-writable' | 'nonpresent-bit63' | 'ad-always' | 'mbec';

/** Era ids that old permalinks may still carry, and what they mean now. */
export const LEGACY_ERA_IDS: Readonly<Record<string, KernelEra>> = {
  // Until the 7.2 layout was modelled, "current" named the 6.13 – 7.1 era; the word now
  // means mainline, i.e. the newest era.
  current: 'mbec',
};

/**
 * Where the kernel keeps its software bits (one record per layout; kernel-versions.md §3,
 * §12.2). Predicates, masks, field rows and findings read positions from here only.
 */
export interface SpteBits {
  /** A/D type (or the ≤5.12 "special" field): mask, shift and the two non-zero codes. */
  adType: { shift: bigint; mask: bigint; disabled: bigint; wrprotOnly: bigint };
  /** Access-tracking saved permission bits: low bits saved, shift, resulting high mask. */
  saved: { bitsMask: bigint; shift: bigint; mask: bigint };
  /** Host-/MMU-writable on EPT and on the x86 (NPT/shadow) format. */
  eptHostWritable: bigint;
  eptMmuWritable: bigint;
  x86HostWritable: bigint;
  x86MmuWritable: bigint;
  /** EPT user-execute (XU, 7.2+); 0 where KVM never writes it. */
  eptUserExec: bigint;
  /** SPTE_MMIO_ALLOWED_MASK (checked from 6.0). */
  mmioAllowed: bigint;
}

export interface EraInfo {
  id: KernelEra;
  /** What people pick: "5.10 – 5.12". */
  label: string;
  /** First and last upstream release of the era ("major.minor"); null = open-ended. */
  covers: { from: string; until: string | null };
  /** LTS and distribution kernels in this era. */
  examples: readonly string[];
  /** One sentence: what a value of this era looks like. */
  identifies: string;
  /** The release whose code models the era when no exact version is given. */
  modelledOn: string;
}

/** Everything the decoder needs to know about one kernel: era plus per-release facts. */
export interface KernelSpec {
  era: KernelEra;
  /** The version string the host was made for ("6.1.119", "4.18.0-305.el8"), or null for an era default. */
  version: string | null;
  /** Upstream release (major.minor) whose facts apply; "mainline" for the newest era. */
  basis: string;
  /** From parseKernelVersion: enterprise/backport caveats and similar. */
  note: string | null;

  // ---- layout ----
  /** Bit 11 is SPTE_MMU_PRESENT_MASK (5.13+). Before that there is no MMU-present bit. */
  mmuPresentBit: boolean;
  /** Bits 52–53 = 11 mark MMIO SPTEs (≤5.12, "special" type field). */
  specialTypeMmio: boolean;
  /** H/M are the constants bit 10 / bit 11 for every flavour (≤5.12). */
  fixedHostMmuWritable: boolean;
  /** The temporary placeholder of the TDP MMU, if the kernel has one. */
  removed: {
    name: 'REMOVED_SPTE' | 'FROZEN_SPTE';
    fn: 'is_removed_spte' | 'is_frozen_spte';
    value: bigint;
  } | null;
  /** SHADOW_NONPRESENT_VALUE (0 before 6.10). */
  nonpresentValue: bigint;
  /** Software-bit positions of this kernel's layout. */
  bits: SpteBits;
  /** MMIO generation split. */
  gen: { lowMask: bigint; lowShift: bigint; highMask: bigint; highShift: bigint; mask: bigint };

  // ---- boot-time masks ----
  /** Bit 63 in the EPT present mask and EPT MMIO mask (6.10+). */
  eptBit63: boolean;
  /** EPT Accessed/Dirty masks set even without A/D bits (6.13+). */
  eptAdMasksAlways: boolean;
  /** How is_mmio_spte decides: bits 52–53 only, "value != 0", or the enable_mmio_caching flag. */
  mmioCheck: 'special-type' | 'value-nonzero' | 'caching-flag';
  /** SPTE_MMIO_ALLOWED_MASK check in the MMIO-mask setter (6.0+). */
  mmioAllowedCheck: boolean;
  /** kvm->arch.shadow_mmio_value (6.10+). */
  perVmMmioValue: boolean;
  /** Separate shadow_me_value and the VMX KeyID mask (5.19+). */
  meValue: boolean;
  /** shadow_memtype_mask exists (6.0 – 6.14). */
  memtypeMask: boolean;
  /** KVM TDX (per-VM MMIO value 0, shared-GPA bit). */
  tdx: boolean;

  // ---- reserved bits ----
  /** NPT tables reserve bit 63 (NX treated as unsupported) (≤5.19). */
  nptNxReserved: boolean;
  /** EPT tables add bit 7 where huge pages are unsupported (5.17+). */
  eptHugeBit7: boolean;

  // ---- predicates ----
  /** spte_can_locklessly_be_made_writable (≤5.17): H and M, or M only (5.17). */
  lockless: 'host-and-mmu' | 'mmu-only' | null;
  /** check_spte_writable_invariants and is_mmu_writable_spte (5.18+). */
  writableInvariants: boolean;
  /** is_accessed_spte / is_dirty_spte with the A/D-type-aware formula (≤6.12). */
  adAwareAccessed: boolean;
  /** is_dirty_spte exists (≤6.12). */
  dirtyFn: boolean;
  /** is_ept_ve_possible exists (6.10+). */
  eptVeFn: boolean;
  /**
   * Name and form of the "needs an atomic update" helper: spte_has_volatile_bits with its own
   * presence test (≤5.18), spte_has_volatile_bits without it (5.19 – 6.14), or
   * spte_needs_atomic_update (6.15+).
   */
  volatileFn: 'volatile-lockless' | 'volatile' | 'needs-atomic-update';
  /** mark_spte_for_access_track also clears shadow_accessed_mask (6.13+). */
  markClearsAccessed: boolean;
  /** WRPROT_ONLY requires PML to be enabled (cpu_dirty_log_size) (5.12+). */
  wrprotNeedsPml: boolean;

  // ---- flushes ----
  /** tdp_mmu_map_handle_target_level flush decision: none (≤5.17), non-leaf (5.18 – 6.12), + leaf change (6.13+). */
  tdpMapFlush: 'none' | 'nonleaf' | 'nonleaf-or-leaf-change';
  /** mmu_spte_update's flush rule. */
  mmuSpteUpdate: 'writable-accessed-dirty' | 'leaf-change';
  /** The MMU-notifier aging path (clear_flush_young) flushes when it found a young SPTE (≤6.12). */
  agingFlushes: boolean;
  /** The TDP map path WARNs when a leaf change needs a flush (6.13+: KVM treats it as a bug). */
  mapLeafChangeWarns: boolean;
  /** The MMIO caching flag, once cleared by a mask-setter call, stays cleared (5.19 only). */
  mmioCachingSticky: boolean;
  /** A nested-MMU vCPU gets A/D type 10 even on NPT/shadow (5.10 – 5.11: no PML test). */
  wrprotOnAnyNestedMmu: boolean;
  /** MMU-writable without Host-writable is never created (5.17+). */
  mmuWithoutHostNeverCreated: boolean;
  /** handle_changed_spte's "Unexpected SPTE change" WARN ending. */
  changedSpteWording: 'mmio' | 'removed' | 'frozen';

  // ---- kernel names ----
  names: {
    maxphyaddr: 'shadow_phys_bits' | 'kvm_host_maxphyaddr';
    baseAddrMask: 'PT64_BASE_ADDR_MASK' | 'SPTE_BASE_ADDR_MASK';
    adTypeMask: 'SPTE_SPECIAL_MASK' | 'SPTE_TDP_AD_MASK';
    /** x86-flavour H/M constants. */
    hostWritableX86: string;
    mmuWritableX86: string;
    /** kvm_ad_enabled() was a function 5.19 – 6.12, a variable from 6.13, absent before. */
    adEnabled: 'kvm_ad_enabled()' | 'kvm_ad_enabled' | null;
  };
}
