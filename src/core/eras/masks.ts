/**
 * Boot-time masks per kernel (kernel-versions.md §4), replayed from the same host
 * parameters. Current mainline goes through ../masks.ts unchanged; older kernels use the
 * one parametrised path below, whose differences are read from the KernelSpec.
 *
 * The result is always a HostMasks under mainline names (so every consumer reads the same
 * fields); kernelMaskVariables() renames them to the variables that kernel really has.
 */

import { bit, genmask, not64 } from '../bits';
import { SHADOW_NONPRESENT_OR_RSVD_MASK_LEN, SPTE_MMIO_ALLOWED_MASK } from '../constants';
import { deriveMasks, l1tfMasks, type HostMasks } from '../masks';
import type { HostParams } from '../params';
import { buildRsvdCheck } from '../rsvd';
import type { KernelSpec } from './types';

/** Bits 52–53 of the 5.10-era "special" field; 11 = MMIO (SPTE_SPECIAL_MASK = SPTE_MMIO_MASK). */
export const SPTE_SPECIAL_MASK = 3n << 52n;

type Mutable = Omit<HostMasks, 'rsvd'>;

const tdxWarning = (k: KernelSpec) =>
  `tdx_td_vm ignored: kernel ${k.version ?? k.basis} has no KVM TDX support, so no SPTE of a TD exists there`;

/** kvm_mmu_set_mmio_spte_mask() as that kernel wrote it. */
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
    m.shadow_mmio_value = value | SPTE_SPECIAL_MASK;
    m.shadow_mmio_mask = SPTE_SPECIAL_MASK;
    m.shadow_mmio_access_mask = access;
    return;
  }
  // 5.15 reads the module parameter directly; from 5.19 it is re-derived on every call.
  let caching = p.mmio_caching_param;
  if (!caching) value = 0n;
  if (k.mmioAllowedCheck && (mask & not64(SPTE_MMIO_ALLOWED_MASK)) !== 0n) {
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

function deriveOlder(p: HostParams, k: KernelSpec): HostMasks {
  const maxphyaddr = p.maxphyaddr_cpuid > 0 ? p.maxphyaddr_cpuid : p.x86_phys_bits;
  const ept = p.vendor === 'intel' && p.tdp_enabled;
  const sme = p.vendor === 'amd' && p.sme_active ? bit(p.c_bit) : 0n;
  const warnings: string[] = [];
  if (p.tdx_td_vm) warnings.push(tdxWarning(k));
  const l1tf = l1tfMasks(p, warnings);
  const hostW = k.fixedHostMmuWritable ? bit(10) : ept ? bit(57) : bit(9);
  const mmuW = k.fixedHostMmuWritable ? bit(11) : ept ? bit(58) : bit(10);
  // Before 6.13 EPT without A/D has no Accessed/Dirty masks at all.
  const eptAd = p.ept_ad_bits || k.eptAdMasksAlways;
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
  const m: Mutable = {
    kvm_host_maxphyaddr: maxphyaddr,
    kvm_ad_enabled: ept ? p.ept_ad_bits : true,
    enable_mmio_caching: true,
    shadow_host_writable_mask: hostW,
    shadow_mmu_writable_mask: mmuW,
    shadow_nx_mask: ept ? 0n : bit(63),
    shadow_x_mask: ept ? bit(2) : 0n,
    shadow_user_mask: ept ? bit(0) : bit(2),
    shadow_accessed_mask: ept ? (eptAd ? bit(8) : 0n) : bit(5),
    shadow_dirty_mask: ept ? (eptAd ? bit(9) : 0n) : bit(6),
    shadow_mmio_value: 0n,
    kvm_arch_shadow_mmio_value: 0n,
    shadow_mmio_mask: 0n,
    shadow_mmio_access_mask: 0n,
    shadow_present_mask: ept ? (p.ept_exec_only ? 0n : bit(0)) | (k.eptBit63 ? bit(63) : 0n) : bit(0),
    shadow_me_value: meValue,
    shadow_me_mask: meMask,
    shadow_acc_track_mask: ept ? 7n : 0n,
    shadow_nonpresent_or_rsvd_mask: l1tf.guard,
    shadow_nonpresent_or_rsvd_lower_gfn_mask: l1tf.lowerGfn,
    physical_mask: 0n,
    SPTE_BASE_ADDR_MASK: 0n,
    gfn_direct_bits: 0n,
    setup_warnings: warnings,
  };
  // Default MMIO value (a reserved PA bit plus P), then the vendor's override.
  const dflt = maxphyaddr < 52 ? bit(51) | bit(0) : 0n;
  setMmioSpteMask(k, m, p, dflt, dflt, 6n);
  if (ept) {
    setMmioSpteMask(k, m, p, 6n, 7n | (k.eptBit63 ? bit(63) : 0n), 0n);
  } else if (p.vendor === 'amd' && p.syscfg_mem_encrypt) {
    let maskBit = p.x86_phys_bits;
    if (maskBit === p.c_bit) maskBit++;
    const mask = maskBit < 52 ? genmask(51, maskBit) | bit(0) : 0n;
    setMmioSpteMask(k, m, p, mask, mask, 6n);
  }
  m.kvm_arch_shadow_mmio_value = m.shadow_mmio_value;
  const all52 = genmask(51, 0);
  m.physical_mask = p.config_dynamic_physical_mask && p.sme_active ? all52 & not64(bit(p.c_bit)) : all52;
  m.SPTE_BASE_ADDR_MASK = m.physical_mask & not64(0xfffn);
  const rsvd = buildRsvdCheck(p, maxphyaddr, meMask, meValue, {
    eptHugeBit7: k.eptHugeBit7,
    nptNxReserved: k.nptNxReserved,
  });
  return { ...m, rsvd };
}

/** The masks of `p` as the kernel described by `k` derives them. */
export function deriveKernelMasks(p: HostParams, k: KernelSpec): HostMasks {
  if (k.era !== 'current') return deriveOlder(p, k);
  if (k.tdx || !p.tdx_td_vm) return deriveMasks(p);
  const m = deriveMasks({ ...p, tdx_td_vm: false });
  return { ...m, setup_warnings: [tdxWarning(k), ...m.setup_warnings] };
}
