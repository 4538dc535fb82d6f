/**
 * Boot-time and VM-creation mask variables (spec §2), derived from host parameters by
 * replaying what the kernel does: defaults, then the vendor overrides, then the per-VM
 * MMIO value. Masks are never read from user files: they always come from here.
 */

import { bit, genmask, not64 } from './bits';
import {
  DEFAULT_SPTE_HOST_WRITABLE,
  DEFAULT_SPTE_MMU_WRITABLE,
  EPT_SPTE_HOST_WRITABLE,
  EPT_SPTE_MMU_WRITABLE,
  FROZEN_SPTE,
  SHADOW_NONPRESENT_OR_RSVD_MASK_LEN,
  SPTE_MMIO_ALLOWED_MASK,
} from './constants';
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

/** kvm_mmu_set_mmio_spte_mask(): every sanity check falls back to "no MMIO caching". */
function setMmioSpteMask(m: Mutable, p: HostParams, value: bigint, mask: bigint, access: bigint): void {
  if ((value & m.shadow_nonpresent_or_rsvd_lower_gfn_mask) !== 0n)
    m.setup_warnings.push('MMIO value overlaps the GFN bits of MMIO SPTEs');
  m.enable_mmio_caching = p.mmio_caching_param;
  if (!m.enable_mmio_caching) value = 0n;
  if ((mask & not64(SPTE_MMIO_ALLOWED_MASK)) !== 0n) {
    m.setup_warnings.push('MMIO mask uses bits outside SPTE_MMIO_ALLOWED_MASK');
    value = 0n;
  }
  if ((value & (m.shadow_nonpresent_or_rsvd_mask << BigInt(SHADOW_NONPRESENT_OR_RSVD_MASK_LEN))) !== 0n) {
    m.setup_warnings.push('MMIO value overlaps the relocated L1TF GFN bits');
    value = 0n;
  }
  if ((value & mask) !== value || (value !== 0n && (FROZEN_SPTE & mask) === value)) {
    m.setup_warnings.push('MMIO value is not within its mask, or matches FROZEN_SPTE');
    value = 0n;
  }
  if (value === 0n) m.enable_mmio_caching = false;
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

/** kvm_mmu_reset_all_pte_masks(): the legacy x86 / NPT defaults. */
function resetAllPteMasks(p: HostParams, maxphyaddr: number): Mutable {
  const m: Mutable = {
    kvm_host_maxphyaddr: maxphyaddr,
    kvm_ad_enabled: true,
    enable_mmio_caching: p.mmio_caching_param,
    shadow_host_writable_mask: DEFAULT_SPTE_HOST_WRITABLE,
    shadow_mmu_writable_mask: DEFAULT_SPTE_MMU_WRITABLE,
    shadow_nx_mask: bit(63),
    shadow_x_mask: 0n,
    shadow_user_mask: bit(2),
    shadow_accessed_mask: bit(5),
    shadow_dirty_mask: bit(6),
    shadow_mmio_value: 0n,
    kvm_arch_shadow_mmio_value: 0n,
    shadow_mmio_mask: 0n,
    shadow_mmio_access_mask: 0n,
    shadow_present_mask: bit(0),
    shadow_me_value: 0n,
    shadow_me_mask: 0n,
    shadow_acc_track_mask: 0n,
    shadow_nonpresent_or_rsvd_mask: 0n,
    shadow_nonpresent_or_rsvd_lower_gfn_mask: 0n,
    physical_mask: 0n,
    SPTE_BASE_ADDR_MASK: 0n,
    gfn_direct_bits: 0n,
    setup_warnings: [],
  };
  const l1tf = l1tfMasks(p, m.setup_warnings);
  m.shadow_nonpresent_or_rsvd_mask = l1tf.guard;
  m.shadow_nonpresent_or_rsvd_lower_gfn_mask = l1tf.lowerGfn;
  // No reserved PA bit at MAXPHYADDR 52: nothing can make an MMIO SPTE fault.
  const mmio = maxphyaddr < 52 ? bit(51) | bit(0) : 0n;
  setMmioSpteMask(m, p, mmio, mmio, 6n);
  return m;
}

/** kvm_mmu_set_ept_masks() from vmx_hardware_setup(). */
function setEptMasks(m: Mutable, p: HostParams): void {
  m.kvm_ad_enabled = p.ept_ad_bits;
  m.shadow_user_mask = bit(0);
  // Set even without hardware A/D: KVM then uses bits 8/9 as software bits.
  m.shadow_accessed_mask = bit(8);
  m.shadow_dirty_mask = bit(9);
  m.shadow_nx_mask = 0n;
  m.shadow_x_mask = bit(2);
  m.shadow_present_mask = (p.ept_exec_only ? 0n : bit(0)) | bit(63);
  m.shadow_acc_track_mask = 7n;
  m.shadow_host_writable_mask = EPT_SPTE_HOST_WRITABLE;
  m.shadow_mmu_writable_mask = EPT_SPTE_MMU_WRITABLE;
  // W+X without R is an EPT misconfiguration: the fastest exit KVM can ask for.
  setMmioSpteMask(m, p, 6n, 7n | bit(63), 0n);
}

/** svm_adjust_mmio_mask(): with memory encryption, reserved bits start at x86_phys_bits. */
function svmAdjustMmioMask(m: Mutable, p: HostParams): void {
  if (!p.syscfg_mem_encrypt) return;
  let maskBit = p.x86_phys_bits;
  if (maskBit === p.c_bit) maskBit++;
  const mask = maskBit < 52 ? genmask(51, maskBit) | bit(0) : 0n;
  setMmioSpteMask(m, p, mask, mask, 6n);
}

export function deriveMasks(p: HostParams): HostMasks {
  // kvm_mmu_spte_module_init(): CPUID MAXPHYADDR, or x86_phys_bits without the leaf.
  const maxphyaddr = p.maxphyaddr_cpuid > 0 ? p.maxphyaddr_cpuid : p.x86_phys_bits;
  const m = resetAllPteMasks(p, maxphyaddr);
  if (p.vendor === 'intel') {
    if (p.tdp_enabled) setEptMasks(m, p);
    // vmx_setup_me_spte_mask(): MKTME/TDX KeyID bits sit between the two widths.
    if (p.x86_phys_bits !== maxphyaddr) {
      m.shadow_me_mask = genmask(maxphyaddr - 1, p.x86_phys_bits);
      m.shadow_me_value = 0n;
    }
  } else {
    const sme = p.sme_active ? bit(p.c_bit) : 0n;
    m.shadow_me_value = sme;
    m.shadow_me_mask = sme;
    svmAdjustMmioMask(m, p);
  }
  // kvm_mmu_init_vm() copies the global value; a TD then overrides it with 0 (#VE).
  m.kvm_arch_shadow_mmio_value = p.tdx_td_vm ? 0n : m.shadow_mmio_value;
  m.gfn_direct_bits = p.tdx_td_vm ? bit(p.tdx_shared_gpa_bit) >> 12n : 0n;
  const all52 = genmask(51, 0);
  m.physical_mask = p.config_dynamic_physical_mask && p.sme_active ? all52 & not64(bit(p.c_bit)) : all52;
  m.SPTE_BASE_ADDR_MASK = m.physical_mask & not64(0xfffn);
  return { ...m, rsvd: buildRsvdCheck(p, maxphyaddr, m.shadow_me_mask, m.shadow_me_value) };
}
