/**
 * The nine host configurations of the public golden vectors, as named presets.
 * Ids are the configuration names; labels are for people. Each preset is written as its
 * differences from one Intel and one AMD base, so what distinguishes it is visible at a glance.
 */

import type { HostParams } from './params';

export interface Preset {
  id: string;
  label: string;
  description: string;
  params: HostParams;
}

/** Intel EPT, A/D bits and execute-only, MAXPHYADDR 46, 4-level, no L1TF (preset ept-ad). */
const INTEL_EPT: HostParams = {
  vendor: 'intel',
  tdp_enabled: true,
  ept_ad_bits: true,
  ept_exec_only: true,
  maxphyaddr_cpuid: 46,
  x86_phys_bits: 46,
  x86_cache_bits: 46,
  x86_bug_l1tf: false,
  sme_active: false,
  syscfg_mem_encrypt: false,
  c_bit: 0,
  tdx_td_vm: false,
  tdx_shared_gpa_bit: 0,
  mmio_caching_param: true,
  root_level: 4,
  gbpages: true,
  max_huge_page_level: 3,
  nx_huge_pages: false,
  pml_dirty_logging: true,
  rsvd_model: 'tdp-ept',
  nested_execonly: false,
  guest_maxphyaddr: 46,
  config_dynamic_physical_mask: true,
};

/** AMD NPT, MAXPHYADDR 48, no SME (preset npt). */
const AMD_NPT: HostParams = {
  ...INTEL_EPT,
  vendor: 'amd',
  ept_ad_bits: false,
  ept_exec_only: false,
  maxphyaddr_cpuid: 48,
  x86_phys_bits: 48,
  x86_cache_bits: 48,
  c_bit: 51,
  pml_dirty_logging: false,
  rsvd_model: 'tdp-npt',
  guest_maxphyaddr: 48,
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'ept-ad',
    label: 'Intel EPT, A/D on, MAXPHYADDR 46',
    description: 'Intel EPT TDP MMU, A/D bits enabled, exec-only supported, MAXPHYADDR 46, no L1TF',
    params: INTEL_EPT,
  },
  {
    id: 'ept-noad',
    label: 'Intel EPT, A/D off (access tracking), MAXPHYADDR 46',
    description:
      'Intel EPT TDP MMU, A/D bits disabled (access tracking via RWX removal), exec-only, MAXPHYADDR 46, no L1TF',
    params: { ...INTEL_EPT, ept_ad_bits: false, pml_dirty_logging: false },
  },
  {
    id: 'ept-l2-pml',
    label: 'Intel nested EPT for L2, PML enabled (WRPROT_ONLY), MAXPHYADDR 46',
    description:
      'Intel EPT masks with A/D enabled; SPTEs of the shadow-EPT MMU for an L2 guest of a VM with PML enabled (A/D type WRPROT_ONLY), exec-only, MAXPHYADDR 46',
    params: { ...INTEL_EPT, nx_huge_pages: true, rsvd_model: 'nested-ept', nested_execonly: true },
  },
  {
    id: 'ept-ad-l1tf',
    label: 'Intel EPT, A/D on, L1TF-affected, MAXPHYADDR 46',
    description:
      'Intel EPT A/D, MAXPHYADDR 46, L1TF bug with x86_cache_bits 46 (nonpresent/rsvd mask bits 41-45)',
    params: { ...INTEL_EPT, x86_bug_l1tf: true, nx_huge_pages: true },
  },
  {
    id: 'ept-52',
    label: 'Intel EPT, A/D on, 5-level, MAXPHYADDR 52',
    description: 'Intel EPT A/D, MAXPHYADDR 52 (no reserved PA bits), 5-level EPT, no L1TF',
    params: {
      ...INTEL_EPT,
      maxphyaddr_cpuid: 52,
      x86_phys_bits: 52,
      x86_cache_bits: 52,
      root_level: 5,
      guest_maxphyaddr: 52,
    },
  },
  {
    id: 'tdx-td',
    label: 'Intel TDX trust domain, MAXPHYADDR 52, KeyIDs 46–51',
    description:
      'Intel EPT A/D on a TDX host: MAXPHYADDR 52 with 6 MKTME KeyID bits (x86_phys_bits 46, shadow_me_mask bits 46-51), SPTEs of a TD VM (per-VM MMIO value 0, shared GPA bit 51)',
    params: {
      ...INTEL_EPT,
      maxphyaddr_cpuid: 52,
      tdx_td_vm: true,
      tdx_shared_gpa_bit: 51,
      root_level: 5,
      guest_maxphyaddr: 52,
    },
  },
  {
    id: 'npt',
    label: 'AMD NPT, MAXPHYADDR 48',
    description: 'AMD NPT TDP MMU, MAXPHYADDR 48, no SME',
    params: AMD_NPT,
  },
  {
    id: 'npt-sme',
    label: 'AMD NPT, host SME (C-bit 47), MAXPHYADDR 48',
    description:
      'AMD NPT with host SME active: MAXPHYADDR 48, C-bit 47, x86_phys_bits reduced to 43 (MMIO mask bits 43-51), shadow_me_value=shadow_me_mask=bit 47',
    params: {
      ...AMD_NPT,
      x86_phys_bits: 43,
      x86_cache_bits: 43,
      sme_active: true,
      syscfg_mem_encrypt: true,
      c_bit: 47,
    },
  },
  {
    id: 'shadow',
    label: 'Legacy shadow paging, L1TF-affected, MAXPHYADDR 39',
    description:
      'Legacy 64-bit shadow paging (EPT disabled) on an L1TF-affected Intel client: MAXPHYADDR 39, x86_cache_bits 44 (nonpresent/rsvd mask bits 39-43), NX hugepages on',
    params: {
      ...INTEL_EPT,
      tdp_enabled: false,
      ept_ad_bits: false,
      ept_exec_only: false,
      maxphyaddr_cpuid: 39,
      x86_phys_bits: 39,
      x86_cache_bits: 44,
      x86_bug_l1tf: true,
      nx_huge_pages: true,
      pml_dirty_logging: false,
      rsvd_model: 'shadow',
      guest_maxphyaddr: 39,
    },
  },
];

export const DEFAULT_PRESET_ID = 'ept-ad';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The preset whose parameters equal `params`, if any (for permalinks and labels). */
export function presetMatching(params: HostParams): Preset | undefined {
  const keys = Object.keys(params) as (keyof HostParams)[];
  return PRESETS.find((p) => keys.every((k) => p.params[k] === params[k]));
}
