/**
 * The host's masks as 32-bit halves (halves.ts) and the few complements the hot extractors
 * need, computed once when the host is built so the hot path does not rebuild them per value.
 * Every entry is derived from a mask named elsewhere (HostMasks, the kernel's SpteBits and
 * generation split, constants.ts); nothing is written down twice.
 */

import { not64 } from './bits';
import { PT_WRITABLE_MASK, SPTE_MMU_PRESENT_MASK, VMX_EPT_SUPPRESS_VE_BIT } from './constants';
import type { KernelSpec } from './eras/types';
import { pairOf, type Pair } from './halves';
import type { HostMasks } from './masks';

export interface HostPairs {
  mmuPresent: Pair;
  mmioMask: Pair;
  /** shadow_mmio_value (5.13 – 5.18 compare against it) and the per-VM kvm->arch value. */
  mmioValue: Pair;
  vmMmioValue: Pair;
  /** ≤5.12: the special-type field is the MMIO test. */
  adType: Pair;
  adDisabled: Pair;
  /** Where the A/D type field starts in the high half (bit 52 → 20, bit 60 → 28). */
  adTypeShiftHi: number;
  accTrack: Pair;
  /** shadow_x_mask | shadow_nx_mask, and the x mask alone. */
  xOrNx: Pair;
  x: Pair;
  xu: Pair;
  accessed: Pair;
  dirty: Pair;
  mmuWritable: Pair;
  hostWritable: Pair;
  savedMask: Pair;
  presentMask: Pair;
  meValue: Pair;
  /** The L1TF guard bits make_mmio_spte always sets. */
  l1tfGuard: Pair;
  /** shadow_host_writable_mask | shadow_mmu_writable_mask | W: the bits of the writable state. */
  writableState: bigint;
  /** shadow_present_mask includes suppress-#VE (so #VE is possible at all). */
  presentHasSuppressVe: boolean;
  /** Bit n set = memtype*8 + XWR combination n is invalid (EPT only). */
  badMtXwr: Pair;
  /**
   * The MMIO generation as (low half & loMask) >>> loShift | (high half & hiMask) >>> hiShift:
   * every kernel keeps the low part in bits 3–10 and the high part above bit 51.
   */
  gen: { loMask: number; loShift: number; hiMask: number; hiShift: number };
  /** shadow_mmio_access_mask (low bits only). */
  mmioAccessLo: number;
  /** ~(shadow_acc_track_mask | saved mask): what restore_acc_track_spte keeps. */
  restoreKeep: bigint;
  /** ~shadow_accessed_mask, and ~(acc_track | accessed-if-the-kernel-clears-it) for marking. */
  clearAccessed: bigint;
  markKeep: bigint;
  /** [bit 7][level - 1]: the reserved-bit mask per level, null above the root. */
  rsvd: [(Pair | null)[], (Pair | null)[]];
  /** is_rsvd_spte_levels' answers, filled on first use: [bit 7][code]. */
  rsvdAnswers: [(readonly (boolean | null)[])[]?, (readonly (boolean | null)[])[]?];
}

export function hostPairs(m: HostMasks, k: KernelSpec): HostPairs {
  const rsvd = m.rsvd.rsvd_bits_mask.map((levels) => levels.map((x) => (x === null ? null : pairOf(x))));
  return {
    mmuPresent: pairOf(SPTE_MMU_PRESENT_MASK),
    mmioMask: pairOf(m.shadow_mmio_mask),
    mmioValue: pairOf(m.shadow_mmio_value),
    vmMmioValue: pairOf(m.kvm_arch_shadow_mmio_value),
    adType: pairOf(k.bits.adType.mask),
    adDisabled: pairOf(k.bits.adType.disabled),
    adTypeShiftHi: Number(k.bits.adType.shift) - 32,
    accTrack: pairOf(m.shadow_acc_track_mask),
    xOrNx: pairOf(m.shadow_x_mask | m.shadow_nx_mask),
    x: pairOf(m.shadow_x_mask),
    xu: pairOf(m.shadow_xu_mask),
    accessed: pairOf(m.shadow_accessed_mask),
    dirty: pairOf(m.shadow_dirty_mask),
    mmuWritable: pairOf(m.shadow_mmu_writable_mask),
    hostWritable: pairOf(m.shadow_host_writable_mask),
    savedMask: pairOf(k.bits.saved.mask),
    presentMask: pairOf(m.shadow_present_mask),
    meValue: pairOf(m.shadow_me_value),
    l1tfGuard: pairOf(m.shadow_nonpresent_or_rsvd_mask),
    writableState: m.shadow_host_writable_mask | m.shadow_mmu_writable_mask | PT_WRITABLE_MASK,
    presentHasSuppressVe: (m.shadow_present_mask & VMX_EPT_SUPPRESS_VE_BIT) !== 0n,
    badMtXwr: pairOf(m.rsvd.bad_mt_xwr),
    gen: {
      loMask: Number(k.gen.lowMask & 0xffffffffn) | 0,
      loShift: Number(k.gen.lowShift),
      hiMask: Number((k.gen.highMask >> 32n) & 0xffffffffn) | 0,
      hiShift: Number(k.gen.highShift) - 32,
    },
    mmioAccessLo: Number(m.shadow_mmio_access_mask & 0xffffffffn) | 0,
    restoreKeep: not64(m.shadow_acc_track_mask | k.bits.saved.mask),
    clearAccessed: not64(m.shadow_accessed_mask),
    markKeep: not64(m.shadow_acc_track_mask | (k.markClearsAccessed ? m.shadow_accessed_mask : 0n)),
    rsvd: [rsvd[0]!, rsvd[1]!],
    rsvdAnswers: [],
  };
}
