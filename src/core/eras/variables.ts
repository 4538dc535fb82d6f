/**
 * A host's mask variables under the names its kernel uses (shadow_phys_bits vs
 * kvm_host_maxphyaddr, PT64_BASE_ADDR_MASK vs SPTE_BASE_ADDR_MASK, REMOVED_SPTE vs
 * FROZEN_SPTE, SPTE_HOST_WRITEABLE ...), in declaration order. Variables that kernel does
 * not have are absent. Same shape as `derived` in the vectors' configs.json.
 */

import { bit } from '../bits';
import { SPTE_MMIO_ALLOWED_MASK, SPTE_MMU_PRESENT_MASK } from '../constants';
import type { Host } from '../host';
import { SPTE_SPECIAL_MASK } from '../constants';

export type KernelVariable = bigint | number | boolean | string[] | (bigint | null)[][];

export function kernelMaskVariables(h: Host): Record<string, KernelVariable> {
  const k = h.kernel;
  const m = h.masks;
  const out: Record<string, KernelVariable> = {};
  const set = (name: string, v: KernelVariable, when = true) => {
    if (when) out[name] = v;
  };
  set(k.names.maxphyaddr, m.kvm_host_maxphyaddr);
  if (k.names.adEnabled !== null) set(k.names.adEnabled, m.kvm_ad_enabled);
  set('enable_mmio_caching', m.enable_mmio_caching, !k.specialTypeMmio);
  set('shadow_host_writable_mask', m.shadow_host_writable_mask, !k.fixedHostMmuWritable);
  set('shadow_mmu_writable_mask', m.shadow_mmu_writable_mask, !k.fixedHostMmuWritable);
  set('shadow_nx_mask', m.shadow_nx_mask);
  set('shadow_x_mask', m.shadow_x_mask);
  set('shadow_user_mask', m.shadow_user_mask);
  set('shadow_accessed_mask', m.shadow_accessed_mask);
  set('shadow_dirty_mask', m.shadow_dirty_mask);
  set('shadow_mmio_value', m.shadow_mmio_value);
  set('kvm_arch_shadow_mmio_value', m.kvm_arch_shadow_mmio_value, k.perVmMmioValue);
  set('shadow_mmio_mask', m.shadow_mmio_mask, !k.specialTypeMmio);
  set('shadow_mmio_access_mask', m.shadow_mmio_access_mask);
  set('shadow_present_mask', m.shadow_present_mask);
  set('shadow_memtype_mask', h.flavour === 'ept' ? 0x78n : 0n, k.memtypeMask);
  set('shadow_me_value', m.shadow_me_value, k.meValue);
  set('shadow_me_mask', m.shadow_me_mask);
  set('shadow_acc_track_mask', m.shadow_acc_track_mask);
  set('shadow_nonpresent_or_rsvd_mask', m.shadow_nonpresent_or_rsvd_mask);
  set('shadow_nonpresent_or_rsvd_lower_gfn_mask', m.shadow_nonpresent_or_rsvd_lower_gfn_mask);
  set('physical_mask', m.physical_mask);
  set(k.names.baseAddrMask, m.SPTE_BASE_ADDR_MASK);
  set('gfn_direct_bits', m.gfn_direct_bits, k.tdx);
  if (k.specialTypeMmio) {
    set('SPTE_SPECIAL_MASK', SPTE_SPECIAL_MASK);
    set('SPTE_MMIO_MASK', SPTE_SPECIAL_MASK);
    set('SPTE_HOST_WRITEABLE', bit(10));
    set('SPTE_MMU_WRITEABLE', bit(11));
  }
  set('SPTE_MMU_PRESENT_MASK', SPTE_MMU_PRESENT_MASK, k.mmuPresentBit);
  if (k.removed !== null) set(k.removed.name, k.removed.value);
  set('SHADOW_NONPRESENT_VALUE', k.nonpresentValue, k.nonpresentValue !== 0n);
  set('SPTE_MMIO_ALLOWED_MASK', SPTE_MMIO_ALLOWED_MASK, k.mmioAllowedCheck);
  set('MMIO_SPTE_GEN_LOW_MASK', k.gen.lowMask);
  set('MMIO_SPTE_GEN_HIGH_MASK', k.gen.highMask);
  set('rsvd_bits_mask', [[...m.rsvd.rsvd_bits_mask[0]], [...m.rsvd.rsvd_bits_mask[1]]]);
  set('bad_mt_xwr', m.rsvd.bad_mt_xwr);
  set('setup_warnings', [...m.setup_warnings]);
  return out;
}
