/** Fixed SPTE constants (spec §1). Names follow the kernel so readers can grep for them. */

import { bit, genmask } from './bits';

export const SPTE_MMU_PRESENT_MASK = bit(11);
export const SPTE_TDP_AD_SHIFT = 52n;
export const SPTE_TDP_AD_MASK = 3n << SPTE_TDP_AD_SHIFT;
export const SPTE_TDP_AD_ENABLED = 0n;
export const SPTE_TDP_AD_DISABLED = 1n << SPTE_TDP_AD_SHIFT;
export const SPTE_TDP_AD_WRPROT_ONLY = 2n << SPTE_TDP_AD_SHIFT;

export const SHADOW_NONPRESENT_VALUE = bit(63);
export const FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0n;

export const SHADOW_ACC_TRACK_SAVED_BITS_MASK = 0x5n;
export const SHADOW_ACC_TRACK_SAVED_BITS_SHIFT = 54n;
export const SHADOW_ACC_TRACK_SAVED_MASK =
  SHADOW_ACC_TRACK_SAVED_BITS_MASK << SHADOW_ACC_TRACK_SAVED_BITS_SHIFT;

export const DEFAULT_SPTE_HOST_WRITABLE = bit(9);
export const DEFAULT_SPTE_MMU_WRITABLE = bit(10);
export const EPT_SPTE_HOST_WRITABLE = bit(57);
export const EPT_SPTE_MMU_WRITABLE = bit(58);

export const MMIO_SPTE_GEN_LOW_MASK = genmask(10, 3);
export const MMIO_SPTE_GEN_HIGH_MASK = genmask(62, 52);
export const MMIO_SPTE_GEN_LOW_SHIFT = 3n;
export const MMIO_SPTE_GEN_HIGH_SHIFT = 44n;
export const MMIO_SPTE_GEN_MASK = 0x7ffffn;
export const SPTE_MMIO_ALLOWED_MASK = bit(63) | genmask(51, 12) | genmask(2, 0);

/**
 * 5.10 – 5.12 ("special-type" era, kernel-versions.md §3.1): Host-/MMU-writable are fixed
 * bits for every flavour and the MMIO generation is 18 bits in 3–11 and 54–62.
 */
export const SPTE_SPECIAL_MASK = 3n << 52n;
export const SPTE_HOST_WRITEABLE = bit(10);
export const SPTE_MMU_WRITEABLE = bit(11);
export const SPECIAL_MMIO_SPTE_GEN_LOW_MASK = genmask(11, 3);
export const SPECIAL_MMIO_SPTE_GEN_HIGH_MASK = genmask(62, 54);
export const SPECIAL_MMIO_SPTE_GEN_HIGH_SHIFT = 45n;
export const SPECIAL_MMIO_SPTE_GEN_MASK = 0x3ffffn;
export const REMOVED_SPTE_5_12 = bit(59);
export const REMOVED_SPTE_LOW = 0x5a0n;

/**
 * 7.2 and later ("mbec" era, kernel-versions.md §12.2): the high software bits were
 * reshuffled to free bit 10 for the EPT user-execute (XU) bit.
 */
export const MBEC_SPTE_TDP_AD_SHIFT = 60n;
export const MBEC_SPTE_TDP_AD_MASK = 3n << MBEC_SPTE_TDP_AD_SHIFT;
export const MBEC_SPTE_TDP_AD_DISABLED = 1n << MBEC_SPTE_TDP_AD_SHIFT;
export const MBEC_SPTE_TDP_AD_WRPROT_ONLY = 2n << MBEC_SPTE_TDP_AD_SHIFT;
export const VMX_EPT_USER_EXECUTABLE_MASK = bit(10);
/** Saved R, X and XU: shifted by 52 they land on bits 52, 54 and 62. */
export const MBEC_ACC_TRACK_SAVED_BITS_MASK = 0x405n;
export const MBEC_ACC_TRACK_SAVED_BITS_SHIFT = 52n;
export const MBEC_EPT_SPTE_HOST_WRITABLE = bit(53);
export const MBEC_EPT_SPTE_MMU_WRITABLE = bit(55);
export const MBEC_MMIO_SPTE_GEN_LOW_MASK = genmask(9, 3);
export const MBEC_MMIO_SPTE_GEN_HIGH_MASK = genmask(62, 52);
export const MBEC_MMIO_SPTE_GEN_HIGH_SHIFT = 45n;
export const MBEC_MMIO_SPTE_GEN_MASK = 0x3ffffn;
export const MBEC_SPTE_MMIO_ALLOWED_MASK = SPTE_MMIO_ALLOWED_MASK | VMX_EPT_USER_EXECUTABLE_MASK;
export const MBEC_FROZEN_SPTE_LOW = 0x1a0n;
export const SHADOW_NONPRESENT_OR_RSVD_MASK_LEN = 5;

export const ACC_EXEC_MASK = 1n;
export const ACC_WRITE_MASK = 2n;
export const ACC_USER_MASK = 4n;

export const PT_PRESENT_MASK = bit(0);
export const PT_WRITABLE_MASK = bit(1);
export const PT_USER_MASK = bit(2);
export const PT_ACCESSED_MASK = bit(5);
export const PT_DIRTY_MASK = bit(6);
export const PT_PAGE_SIZE_MASK = bit(7);
export const PT64_NX_MASK = bit(63);

export const VMX_EPT_READABLE_MASK = bit(0);
export const VMX_EPT_WRITABLE_MASK = bit(1);
export const VMX_EPT_EXECUTABLE_MASK = bit(2);
export const VMX_EPT_RWX_MASK = 7n;
export const VMX_EPT_MT_MASK = 7n << 3n;
export const VMX_EPT_IPAT_BIT = bit(6);
export const VMX_EPT_ACCESS_BIT = bit(8);
export const VMX_EPT_DIRTY_BIT = bit(9);
export const VMX_EPT_SUPPRESS_VE_BIT = bit(63);
export const VMX_EPT_MISCONFIG_WX_VALUE = 6n;

/** EPT memory types (bits 3–5). 2, 3 and 7 are reserved encodings. */
export const EPT_MEMORY_TYPES: Readonly<Record<number, string>> = {
  0: 'UC (uncacheable)',
  1: 'WC (write-combining)',
  2: 'reserved (2)',
  3: 'reserved (3)',
  4: 'WT (write-through)',
  5: 'WP (write-protected)',
  6: 'WB (write-back)',
  7: 'reserved (7)',
};

/** A/D tracking types in bits 52–53. */
export const AD_TYPES: Readonly<Record<number, string>> = {
  0: 'ENABLED (hardware A/D)',
  1: 'DISABLED (access tracking)',
  2: 'WRPROT_ONLY (dirty logging by write-protect)',
  3: 'invalid (11 is never produced)',
};
