/**
 * Boot-time and VM-creation mask variables (spec §2; kernel-versions.md §4, §12.2), derived
 * from host parameters by replaying what the host's kernel does: defaults, then the vendor
 * overrides, then the per-VM MMIO value. One derivation for every kernel: whatever differs
 * is read from the KernelSpec. Masks are never read from user files.
 *
 * The result uses mainline names (so every consumer reads the same fields);
 * kernelMaskVariables() renames them to the variables that kernel really has.
 */

import { bit, genmask, not64 } from './bits';
import { SHADOW_NONPRESENT_OR_RSVD_MASK_LEN, VMX_EPT_RWX_MASK } from './constants';
import { MAINLINE_SPEC } from './eras/table';
import type { KernelSpec } from './eras/types';
import type { HostParams } from './params';
import { buildRsvdCheck, type RsvdCheck } from './rsvd';

export interface HostMasks {
  kvm_host_maxphyaddr: number;
  kvm_ad_enabled: boolean;
  enable_mmio_caching: boolean;
  shadow_host_writable_mask: bigint;
  shadow_mmu_writable_mask: bigint;
  shadow_nx_mask: bigint;
  shadow_x_mask: bigint;
  /** EPT user-execute mask (7.2+; 0 elsewhere). */
  shadow_xu_mask: bigint;
  shadow_user_mask: bigint;
  shadow_accessed_mask: bigint;
  shadow_dirty_mask: bigint;
  shadow_mmio_value: bigint;
  /** kvm->arch.shadow_mmio_value: the per-VM value is_mmio_spte compares against. */
  kvm_arch_shadow_mmio_value: bigint;
  shadow_mmio_mask: bigint;
  shadow_mmio_access_mask: bigint;
  shadow_present_mask: bigint;
  shadow_me_value: bigint;
  shadow_me_mask: bigint;
  shadow_acc_track_mask: bigint;
  shadow_nonpresent_or_rsvd_mask: bigint;
  shadow_nonpresent_or_rsvd_lower_gfn_mask: bigint;
  physical_mask: bigint;
  SPTE_BASE_ADDR_MASK: bigint;
  gfn_direct_bits: bigint;
  rsvd: RsvdCheck;
  /** WARNs the kernel would print while setting the masks up. */
  setup_warnings: string[];
}

type Mutable = Omit<HostMasks, 'rsvd'>;

const tdxWarning = (k: KernelSpec) =>
  `tdx_td_vm ignored: kernel ${k.version ?? k.basis} has no KVM TDX support, so no SPTE of a TD exists there`;

/** kvm_mmu_set_mmio_spte_mask() as the host's kernel wrote it. */
function setMmioSpteMask(
  k: KernelSpec,
  m: Mutable,
  p: HostParams,
  value: bigint,
  mask: bigint,
  access: bigint,
): void {
  if ((value & m.shadow_nonpresent_or_rsvd_lower_gfn_mask) !== 0n)
    m.setup_warnings.push('MMIO value overlaps the GFN bits of MMIO SPTEs');
  const relocated = m.shadow_nonpresent_or_rsvd_mask << BigInt(SHADOW_NONPRESENT_OR_RSVD_MASK_LEN);
  if (k.mmioCheck === 'special-type') {
    // 5.10: only WARNs; the stored value always carries the MMIO type, so caching never turns off.
    if ((value & relocated) !== 0n) m.setup_warnings.push('MMIO value overlaps the relocated L1TF GFN bits');
    m.enable_mmio_caching = true;
    m.shadow_mmio_value = value | k.bits.adType.mask;
    m.shadow_mmio_mask = k.bits.adType.mask;
    m.shadow_mmio_access_mask = access;
    return;
  }
  // 5.15 reads the module parameter directly; 5.19 keeps a cleared flag cleared; from 6.0
  // every call re-derives it from the parameter.
  let caching = k.mmioCachingSticky ? m.enable_mmio_caching && p.mmio_caching_param : p.mmio_caching_param;
  if (!caching) value = 0n;
  if (k.mmioAllowedCheck && (mask & not64(k.bits.mmioAllowed)) !== 0n) {
    m.setup_warnings.push('MMIO mask uses bits outside SPTE_MMIO_ALLOWED_MASK');
    value = 0n;
  }
  if ((value & relocated) !== 0n) {
    m.setup_warnings.push('MMIO value overlaps the relocated L1TF GFN bits');
    value = 0n;
  }
  const removed = k.removed?.value ?? 0n;
  if ((value & mask) !== value || (value !== 0n && (removed & mask) === value)) {
    m.setup_warnings.push(
      `MMIO value is not within its mask, or matches ${k.removed?.name ?? 'REMOVED_SPTE'}`,
    );
    value = 0n;
  }
  if (k.mmioCheck === 'caching-flag' && value === 0n) caching = false;
  m.enable_mmio_caching = caching;
  m.shadow_mmio_value = value;
  m.shadow_mmio_mask = mask;
  m.shadow_mmio_access_mask = access;
}

/**
 * L1TF guard (the same in every kernel era): five always-set bits just below the cache
 * width keep a non-present MMIO SPTE from pointing at cacheable memory. Impossible (WARN)
 * when the cache is so wide that the five bits would not fit below bit 52.
 */
export function l1tfMasks(p: HostParams, warnings: string[]): { guard: bigint; lowerGfn: bigint } {
  let lowPhysBits = p.x86_phys_bits;
  let guard = 0n;
  const len = SHADOW_NONPRESENT_OR_RSVD_MASK_LEN;
  if (p.x86_bug_l1tf) {
    if (p.x86_cache_bits >= 52 - len) {
      warnings.push('L1TF: x86_cache_bits too wide for the guard bits; no mitigation');
    } else {
      lowPhysBits = p.x86_cache_bits - len;
      guard = genmask(p.x86_cache_bits - 1, p.x86_cache_bits - len);
    }
  }
  return { guard, lowerGfn: genmask(lowPhysBits - 1, 12) };
}

/** The masks of `p` as the kernel described by `k` derives them (mainline without `k`). */
export function deriveMasks(p: HostParams, k: KernelSpec = MAINLINE_SPEC): HostMasks {
  // kvm_mmu_spte_module_init(): CPUID MAXPHYADDR, or x86_phys_bits without the leaf.
  const maxphyaddr = p.maxphyaddr_cpuid > 0 ? p.maxphyaddr_cpuid : p.x86_phys_bits;
  const ept = p.vendor === 'intel' && p.tdp_enabled;
  const sme = p.vendor === 'amd' && p.sme_active ? bit(p.c_bit) : 0n;
  const td = p.tdx_td_vm && k.tdx;
  const warnings: string[] = [];
  if (p.tdx_td_vm && !k.tdx) warnings.push(tdxWarning(k));
  const l1tf = l1tfMasks(p, warnings);
  const b = k.bits;
  // Before 6.13 EPT without A/D has no Accessed/Dirty masks at all; from 6.13 KVM uses
  // bits 8/9 as software bits then.
  const eptAd = p.ept_ad_bits || k.eptAdMasksAlways;
  const mbec = b.eptUserExec !== 0n;
  let meMask: bigint;
  let meValue: bigint;
  if (k.meValue) {
    // 5.19+: reset clears both; SVM sets both to the C-bit; VMX sets the KeyID bits, value 0.
    meMask = sme;
    meValue = sme;
    if (p.vendor === 'intel' && p.x86_phys_bits !== maxphyaddr) {
      meMask = genmask(maxphyaddr - 1, p.x86_phys_bits);
      meValue = 0n;
    }
  } else {
    // ≤5.18: one mask, ORed into every non-MMIO SPTE; EPT clears it.
    meMask = ept ? 0n : sme;
    meValue = meMask;
  }
  // EPT present mask: R unless exec-only is supported (≤7.1; 7.2 dropped R), plus
  // suppress-#VE from 6.10.
  const eptPresent = (mbec || p.ept_exec_only ? 0n : bit(0)) | (k.eptBit63 ? bit(63) : 0n);
  const m: Mutable = {
    kvm_host_maxphyaddr: maxphyaddr,
    kvm_ad_enabled: ept ? p.ept_ad_bits : true,
    enable_mmio_caching: p.mmio_caching_param || k.mmioCheck === 'special-type',
    shadow_host_writable_mask: ept ? b.eptHostWritable : b.x86HostWritable,
    shadow_mmu_writable_mask: ept ? b.eptMmuWritable : b.x86MmuWritable,
    shadow_nx_mask: ept ? 0n : bit(63),
    shadow_x_mask: ept ? bit(2) : 0n,
    shadow_xu_mask: ept ? b.eptUserExec : 0n,
    shadow_user_mask: ept ? (mbec ? 0n : bit(0)) : bit(2),
    shadow_accessed_mask: ept ? (eptAd ? bit(8) : 0n) : bit(5),
    shadow_dirty_mask: ept ? (eptAd ? bit(9) : 0n) : bit(6),
    shadow_mmio_value: 0n,
    kvm_arch_shadow_mmio_value: 0n,
    shadow_mmio_mask: 0n,
    shadow_mmio_access_mask: 0n,
    shadow_present_mask: ept ? eptPresent : bit(0),
    shadow_me_value: meValue,
    shadow_me_mask: meMask,
    shadow_acc_track_mask: ept ? VMX_EPT_RWX_MASK | b.eptUserExec : 0n,
    shadow_nonpresent_or_rsvd_mask: l1tf.guard,
    shadow_nonpresent_or_rsvd_lower_gfn_mask: l1tf.lowerGfn,
    physical_mask: 0n,
    SPTE_BASE_ADDR_MASK: 0n,
    gfn_direct_bits: 0n,
    setup_warnings: warnings,
  };
  // Default MMIO value (a reserved PA bit plus P; none at MAXPHYADDR 52), then the vendor's.
  const dflt = maxphyaddr < 52 ? bit(51) | bit(0) : 0n;
  setMmioSpteMask(k, m, p, dflt, dflt, 6n);
  if (ept) {
    // W+X without R is an EPT misconfiguration: the fastest exit KVM can ask for.
    setMmioSpteMask(k, m, p, 6n, VMX_EPT_RWX_MASK | (k.eptBit63 ? bit(63) : 0n), 0n);
  } else if (p.vendor === 'amd' && p.syscfg_mem_encrypt) {
    // svm_adjust_mmio_mask(): with memory encryption, reserved bits start at x86_phys_bits.
    let maskBit = p.x86_phys_bits;
    if (maskBit === p.c_bit) maskBit++;
    const mask = maskBit < 52 ? genmask(51, maskBit) | bit(0) : 0n;
    setMmioSpteMask(k, m, p, mask, mask, 6n);
  }
  // kvm_mmu_init_vm() copies the global value; a TD then overrides it with 0 (#VE).
  m.kvm_arch_shadow_mmio_value = td ? 0n : m.shadow_mmio_value;
  m.gfn_direct_bits = td ? bit(p.tdx_shared_gpa_bit) >> 12n : 0n;
  const all52 = genmask(51, 0);
  m.physical_mask = p.config_dynamic_physical_mask && p.sme_active ? all52 & not64(bit(p.c_bit)) : all52;
  m.SPTE_BASE_ADDR_MASK = m.physical_mask & not64(0xfffn);
  const rsvd = buildRsvdCheck(p, maxphyaddr, meMask, meValue, {
    eptHugeBit7: k.eptHugeBit7,
    nptNxReserved: k.nptNxReserved,
  });
  return { ...m, rsvd };
}
