/**
 * The field tables per flavour and kind (spec §3), expressed as ordered claims over the
 * host's derived masks. Meanings are our own one-line summaries. Kernel eras
 * (kernel-versions.md §3) change which bits are claimed and the symbols shown; everything
 * era-specific is read from `host.kernel`, so a current-era host gets the mainline tables.
 */

import { bit, bitsOf, genmask, not64 } from '../bits';
import { SHADOW_NONPRESENT_OR_RSVD_MASK_LEN } from '../constants';
import type { Host } from '../host';
import { buildFields, type Claim, type GapText } from './builder';
import type { FieldDef, Layout, SpteKind } from './types';

const GAP: GapText = {
  name: 'Unused',
  meaning: 'Ignored by the hardware walker and not used by KVM in this kind of SPTE.',
};

/** Address-field bits of a present entry: PFN, encryption/KeyID bits, reserved PA bits. */
function addressClaims(h: Host, what: 'pfn' | 'table'): Claim[] {
  const maxpa = h.masks.kvm_host_maxphyaddr;
  const me = h.masks.shadow_me_mask & genmask(51, 12);
  const sme = h.params.vendor === 'amd';
  return [
    {
      mask: me,
      id: sme ? 'c_bit' : 'keyid',
      name: sme ? 'C-bit (SME)' : 'KeyID (MKTME/TDX)',
      symbol: sme ? 'shadow_me_mask' : 'shadow_me_mask',
      category: 'encryption',
      meaning: sme
        ? 'Memory-encryption bit; KVM sets it (shadow_me_value) in every SPTE that maps ordinary host RAM.'
        : 'KeyID bits above x86_phys_bits; exempt from the reserved-bit check and kept by spte_to_pfn.',
    },
    {
      mask: genmask(maxpa - 1, 12),
      id: 'pfn',
      name: what === 'pfn' ? 'PFN' : 'Child table address',
      symbol: h.kernel.names.baseAddrMask,
      category: 'address',
      meaning:
        what === 'pfn'
          ? 'Host page frame number this SPTE maps (spte_to_pfn).'
          : 'Physical address of the next-level page table.',
      format: 'pfn',
      editable: true,
      // The encryption bits sit inside the physical-address range and keep their own name.
      yieldsTo: [sme ? 'c_bit' : 'keyid'],
    },
    {
      mask: genmask(51, maxpa),
      id: 'rsvd_pa',
      name: 'Reserved PA bits',
      symbol: 'rsvd_bits(MAXPHYADDR, 51)',
      category: 'reserved',
      meaning: 'Above MAXPHYADDR: must be zero in a present entry or the walk faults as reserved.',
    },
  ];
}

/** Host-/MMU-writable at the host's positions (10/11 before 5.13; 9/10 or 57/58 after). */
function writableClaims(h: Host, hostSymbol: string, mmuSymbol: string): Claim[] {
  const fixed = h.kernel.fixedHostMmuWritable;
  const lockless = h.kernel.lockless !== null;
  return [
    {
      mask: h.masks.shadow_mmu_writable_mask,
      id: 'mmu_writable',
      name: 'MMU-writable',
      symbol: fixed ? 'SPTE_MMU_WRITEABLE' : mmuSymbol,
      category: 'writable-tracking',
      meaning: lockless
        ? 'Not write-protected for shadowing; with Host-writable it lets the fast page fault path make the SPTE writable without mmu_lock (spte_can_locklessly_be_made_writable).'
        : 'KVM allows making this SPTE writable without mmu_lock (not write-protected for shadowing).',
    },
    {
      mask: h.masks.shadow_host_writable_mask,
      id: 'host_writable',
      name: 'Host-writable',
      symbol: fixed ? 'SPTE_HOST_WRITEABLE' : hostSymbol,
      category: 'writable-tracking',
      meaning: 'The host mapping (memslot/VMA) is writable; fixed for the life of the SPTE.',
    },
  ];
}

/** The A/D type (bits 52–53 from 5.13, 60–61 from 7.2) or the ≤5.12 "special" type (11 = MMIO). */
function adTypeClaim(h: Host, meaning: string): Claim {
  const special = h.kernel.specialTypeMmio;
  return {
    mask: h.kernel.bits.adType.mask,
    id: 'ad_type',
    name: special ? 'Special type' : 'A/D type',
    symbol: h.kernel.names.adTypeMask,
    category: 'ad-type',
    meaning: special
      ? `${meaning.replace(/\.$/, '')}; 11 would make it an MMIO SPTE (SPTE_MMIO_MASK).`
      : meaning,
    format: 'ad-type',
    editable: true,
  };
}

/** Bit 11 is SPTE_MMU_PRESENT_MASK from 5.13; before that it is MMU-writable (or unused). */
function mmuPresentClaim(h: Host, meaning: string): Claim[] {
  return h.kernel.mmuPresentBit
    ? [
        {
          mask: bit(11),
          id: 'mmu_present',
          name: 'MMU-present',
          symbol: 'SPTE_MMU_PRESENT_MASK',
          category: 'mmu-present',
          meaning,
        },
      ]
    : [];
}

/** Saved R / X / XU of access tracking, at this kernel's positions (54/56; 52/54/62 from 7.2). */
function savedClaims(h: Host, tracked: boolean): Claim[] {
  const sv = h.kernel.bits.saved;
  const pos = (low: bigint): bigint => (sv.bitsMask & low) << sv.shift;
  const one = (low: bigint, id: string, name: string, into: number, what: string): Claim => ({
    mask: pos(low),
    id,
    name,
    symbol: 'SHADOW_ACC_TRACK_SAVED_BITS_SHIFT',
    category: 'saved-rx',
    meaning: tracked
      ? `${what} permission saved by access tracking; restored into bit ${into}.`
      : `Holds ${name.slice(6)} only while access-tracked; must be 0 otherwise.`,
  });
  return [
    one(bit(10), 'saved_xu', 'Saved XU', 10, 'User-execute'),
    one(bit(2), 'saved_x', 'Saved X', 2, 'Execute'),
    one(bit(0), 'saved_r', 'Saved R', 0, 'Read'),
  ].filter((c) => c.mask !== 0n);
}

const savedBitList = (h: Host): string => bitsOf(h.kernel.bits.saved.mask).join('/');

function eptClaims(h: Host, kind: 'leaf' | 'nonleaf' | 'access-tracked'): Claim[] {
  const leafish = kind !== 'nonleaf';
  const tracked = kind === 'access-tracked';
  const rwxMeaning = tracked
    ? ` Cleared by access tracking; the saved copy is in bits ${savedBitList(h)}.`
    : '';
  const claims: Claim[] = [];
  // Bit 63 joined the EPT present mask in 6.10; before that KVM never sets it on EPT.
  if (h.kernel.eptBit63)
    claims.push({
      mask: bit(63),
      id: 'suppress_ve',
      name: 'Suppress #VE',
      symbol: 'VMX_EPT_SUPPRESS_VE_BIT',
      category: 'bit63',
      meaning:
        'Part of shadow_present_mask: EPT violations exit to KVM rather than becoming #VE in the guest.',
    });
  if (leafish)
    claims.push(
      ...writableClaims(h, 'EPT_SPTE_HOST_WRITABLE', 'EPT_SPTE_MMU_WRITABLE'),
      ...savedClaims(h, tracked),
    );
  claims.push(
    adTypeClaim(
      h,
      'How KVM tracks accessed/dirty state: 00 hardware A/D, 01 access tracking, 10 write-protect only.',
    ),
  );
  claims.push(...addressClaims(h, leafish ? 'pfn' : 'table'));
  claims.push(
    ...mmuPresentClaim(
      h,
      'KVM software bit: the SPTE maps something (even if the CPU sees it as not present).',
    ),
  );
  // Before 6.13 an EPT host without A/D has no Accessed/Dirty masks: bits 8/9 stay unused.
  if (leafish)
    claims.push(
      {
        mask: h.masks.shadow_dirty_mask & bit(9),
        id: 'dirty',
        name: 'Dirty',
        symbol: 'VMX_EPT_DIRTY_BIT',
        category: 'accessed-dirty',
        meaning: h.masks.kvm_ad_enabled
          ? 'Set by the CPU on write (shadow_dirty_mask).'
          : 'Written by KVM only: the CPU does not update it with A/D disabled.',
      },
      {
        mask: h.masks.shadow_accessed_mask & bit(8),
        id: 'accessed',
        name: 'Accessed',
        symbol: 'VMX_EPT_ACCESS_BIT',
        category: 'accessed-dirty',
        meaning: tracked
          ? 'Cleared by access tracking.'
          : 'Set by the CPU on access (shadow_accessed_mask); cleared by aging.',
      },
      {
        mask: bit(7),
        id: 'page_size',
        name: 'Page size',
        symbol: 'PT_PAGE_SIZE_MASK',
        category: 'page-size',
        meaning: 'Set in 2M/1G leaves; ignored at level 1.',
      },
      {
        mask: bit(6),
        id: 'ipat',
        name: 'IPAT',
        symbol: 'VMX_EPT_IPAT_BIT',
        category: 'memtype',
        meaning: 'Ignore guest PAT: the EPT memory type wins.',
      },
      {
        mask: genmask(5, 3),
        id: 'memtype',
        name: 'Memory type',
        symbol: 'VMX_EPT_MT_MASK',
        category: 'memtype',
        meaning: 'EPT memory type from get_mt_mask: 6 = WB, 0 = UC (host MMIO); 2, 3, 7 are reserved.',
        format: 'memtype',
        editable: true,
      },
    );
  else
    claims.push(
      {
        mask: h.masks.shadow_accessed_mask & bit(8),
        id: 'accessed',
        name: 'Accessed',
        symbol: 'VMX_EPT_ACCESS_BIT',
        category: 'accessed-dirty',
        meaning: 'Set by make_nonleaf_spte when A/D is enabled; set by the CPU on walks.',
      },
      {
        mask: genmask(7, 3),
        id: 'nonleaf_rsvd',
        name: 'Reserved (non-leaf)',
        symbol: 'rsvd_bits(3, 7)',
        category: 'reserved',
        meaning: 'Memory type, IPAT and page size have no meaning in a table entry and must be 0.',
      },
    );
  // 7.2+: user-execute, set in every executable EPT entry even without MBEC.
  claims.push({
    mask: h.kernel.bits.eptUserExec,
    id: 'xu',
    name: 'XU',
    symbol: 'VMX_EPT_USER_EXECUTABLE_MASK',
    category: 'permission',
    meaning: 'User-mode execute (MBEC); KVM sets it with X even when MBEC is off.' + rwxMeaning,
  });
  claims.push(
    {
      mask: bit(2),
      id: 'x',
      name: 'X',
      symbol: 'VMX_EPT_EXECUTABLE_MASK',
      category: 'permission',
      meaning: 'Execute allowed (shadow_x_mask).' + rwxMeaning,
    },
    {
      mask: bit(1),
      id: 'w',
      name: 'W',
      symbol: 'VMX_EPT_WRITABLE_MASK',
      category: 'permission',
      meaning: 'Write allowed (PT_WRITABLE_MASK).' + rwxMeaning,
    },
    {
      mask: bit(0),
      id: 'r',
      name: 'R',
      symbol: 'VMX_EPT_READABLE_MASK',
      category: 'permission',
      meaning:
        (h.masks.shadow_user_mask !== 0n
          ? 'Read allowed; KVM maps ACC_USER here (shadow_user_mask).'
          : 'Read allowed; from 7.2 set only when the access includes read (ACC_READ_MASK).') + rwxMeaning,
    },
  );
  return claims;
}

function x86Claims(h: Host, kind: 'leaf' | 'nonleaf' | 'access-tracked'): Claim[] {
  const leafish = kind !== 'nonleaf';
  const claims: Claim[] = [
    {
      mask: bit(63),
      id: 'nx',
      name: 'NX',
      symbol: 'PT64_NX_MASK',
      category: 'bit63',
      meaning: leafish
        ? 'No-execute (shadow_nx_mask): set when the guest may not execute, or by the NX-hugepage mitigation.'
        : 'No-execute for the whole subtree; KVM leaves it 0 in table entries.',
    },
  ];
  // No user-execute bit outside EPT: only saved R and X.
  if (kind === 'access-tracked') claims.push(...savedClaims(h, true).filter((c) => c.id !== 'saved_xu'));
  claims.push(
    adTypeClaim(h, 'Always 00 on NPT and shadow paging (hardware A/D); any other value is never produced.'),
  );
  claims.push(...addressClaims(h, leafish ? 'pfn' : 'table'));
  claims.push(...mmuPresentClaim(h, 'KVM software bit: the SPTE maps something.'));
  if (leafish)
    claims.push(
      ...writableClaims(h, h.kernel.names.hostWritableX86, h.kernel.names.mmuWritableX86),
      {
        mask: bit(8),
        id: 'global',
        name: 'Global',
        symbol: '_PAGE_GLOBAL',
        category: 'unused',
        meaning: 'Global page; KVM leaves it 0.',
      },
      {
        mask: bit(7),
        id: 'page_size',
        name: 'PS / PAT',
        symbol: 'PT_PAGE_SIZE_MASK',
        category: 'page-size',
        meaning: 'Page size in 2M/1G leaves; the PAT bit in 4K leaves (KVM leaves it 0 there).',
      },
      {
        mask: bit(6),
        id: 'dirty',
        name: 'Dirty',
        symbol: 'PT_DIRTY_MASK',
        category: 'accessed-dirty',
        meaning: 'Set by the CPU on write (shadow_dirty_mask).',
      },
    );
  else
    claims.push(
      {
        mask: bit(8),
        id: 'nonleaf_g',
        name: 'Reserved at L4/L5',
        symbol: 'rsvd_bits(8, 8)',
        category: 'reserved',
        meaning: 'AMD reserves bit 8 in PML4/PML5 entries; ignored at lower levels.',
      },
      {
        mask: bit(7),
        id: 'nonleaf_ps',
        name: 'PS (must be 0)',
        symbol: 'PT_PAGE_SIZE_MASK',
        category: 'page-size',
        meaning: 'A table entry is never a large page.',
      },
    );
  claims.push(
    {
      mask: bit(5),
      id: 'accessed',
      name: 'Accessed',
      symbol: 'PT_ACCESSED_MASK',
      category: 'accessed-dirty',
      meaning: 'Set by the CPU on access (shadow_accessed_mask).',
    },
    {
      mask: bit(4),
      id: 'pcd',
      name: 'PCD',
      symbol: '_PAGE_PCD',
      category: 'memtype',
      meaning: 'Cache disable; KVM leaves it 0 (no memory type on NPT).',
    },
    {
      mask: bit(3),
      id: 'pwt',
      name: 'PWT',
      symbol: '_PAGE_PWT',
      category: 'memtype',
      meaning: 'Write-through; KVM leaves it 0.',
    },
    {
      mask: bit(2),
      id: 'user',
      name: 'U/S',
      symbol: 'PT_USER_MASK',
      category: 'permission',
      meaning: 'User access allowed (shadow_user_mask).',
    },
    {
      mask: bit(1),
      id: 'w',
      name: 'R/W',
      symbol: 'PT_WRITABLE_MASK',
      category: 'permission',
      meaning: 'Write allowed.',
    },
    {
      mask: bit(0),
      id: 'p',
      name: 'P',
      symbol: 'PT_PRESENT_MASK',
      category: 'permission',
      meaning: 'Present for the CPU (shadow_present_mask); also the "read allowed" bit.',
    },
  );
  return claims;
}

function mmioHowItFaults(h: Host, vmValue: bigint): string {
  return h.flavour === 'ept'
    ? vmValue === 0n
      ? 'RWX = 000 with bit 63 clear: the TDX module turns the access into #VE in the TD.'
      : 'RWX = 110 (write+execute without read) is an EPT misconfiguration, the fastest exit to KVM.'
    : 'P plus reserved PA bit(s): the access faults with RSVD set and KVM emulates it.';
}

/** Generation, access, L1TF guard and GFN claims shared by every era's MMIO table. */
function mmioDataClaims(h: Host, exclude: bigint): Claim[] {
  const m = h.masks;
  const g = h.kernel.gen;
  const guard = m.shadow_nonpresent_or_rsvd_mask;
  const relocated = guard << BigInt(SHADOW_NONPRESENT_OR_RSVD_MASK_LEN);
  const lowBits = bitsOf(g.lowMask).length;
  const total = lowBits + bitsOf(g.highMask).length;
  return [
    {
      mask: g.highMask,
      id: 'gen_high',
      name: `Generation [${total - 1}:${lowBits}]`,
      symbol: 'MMIO_SPTE_GEN_HIGH_MASK',
      category: 'mmio-gen',
      meaning: `High ${total - lowBits} bits of the memslot generation the SPTE was created under.`,
      format: 'gen-part',
      editable: true,
    },
    {
      mask: g.lowMask,
      id: 'gen_low',
      name: `Generation [${lowBits - 1}:0]`,
      symbol: 'MMIO_SPTE_GEN_LOW_MASK',
      category: 'mmio-gen',
      meaning: `Low ${lowBits} bits of the memslot generation; a stale generation sends the fault to the slow path.`,
      format: 'gen-part',
      editable: true,
    },
    {
      mask: m.shadow_mmio_access_mask,
      id: 'mmio_access',
      name: 'Cached access',
      symbol: 'shadow_mmio_access_mask',
      category: 'mmio-access',
      meaning: 'ACC_WRITE/ACC_USER remembered for the emulated access (get_mmio_spte_access).',
    },
    ...mmuPresentClaim(h, 'Never set by make_mmio_spte; is_mmio_spte does not look at it.'),
    {
      mask: guard,
      id: 'l1tf_guard',
      name: 'L1TF guard',
      symbol: 'shadow_nonpresent_or_rsvd_mask',
      category: 'l1tf-guard',
      meaning: 'Always 1 in MMIO SPTEs so a speculative L1TF load targets uncached, non-existent memory.',
    },
    {
      mask: relocated & genmask(51, 12) & not64(exclude),
      id: 'gfn_high',
      name: 'GFN (relocated bits)',
      symbol: 'shadow_nonpresent_or_rsvd_mask << 5',
      category: 'address',
      meaning: 'GPA bits that sat under the guard, copied five bits higher.',
    },
    {
      mask: m.shadow_nonpresent_or_rsvd_lower_gfn_mask & not64(exclude),
      id: 'gfn',
      name: 'GFN',
      symbol: 'shadow_nonpresent_or_rsvd_lower_gfn_mask',
      category: 'address',
      meaning: 'Guest frame being accessed (get_mmio_spte_gfn reads these bits).',
      format: 'gfn-part',
      editable: true,
    },
  ];
}

function mmioClaims(h: Host): Claim[] {
  const m = h.masks;
  const vmValue = m.kvm_arch_shadow_mmio_value;
  if (h.kernel.specialTypeMmio) {
    // ≤5.12: bits 52–53 = 11 identify the SPTE; the configured value only makes it fault.
    const special = h.kernel.bits.adType.mask;
    const valueBits = m.shadow_mmio_value & not64(special);
    return [
      {
        mask: special,
        id: 'mmio_mask',
        name: 'MMIO type (11)',
        symbol: 'SPTE_MMIO_MASK',
        category: 'mmio-marker',
        meaning: 'Special type 11 marks an MMIO SPTE; it is all is_mmio_spte looks at before 5.13.',
      },
      {
        mask: valueBits,
        id: 'mmio_value',
        name: 'MMIO value',
        symbol: 'shadow_mmio_value',
        category: 'mmio-marker',
        meaning: `Always 0x${valueBits.toString(16)} in MMIO SPTEs. ${mmioHowItFaults(h, valueBits)}`,
      },
      ...mmioDataClaims(h, m.shadow_mmio_value),
    ];
  }
  const which = h.kernel.perVmMmioValue ? 'the per-VM MMIO value' : 'the MMIO value';
  return [
    {
      mask: m.shadow_mmio_mask,
      id: 'mmio_mask',
      name: 'MMIO mask',
      symbol: 'shadow_mmio_mask',
      category: 'mmio-marker',
      meaning: `Must equal ${which} (0x${vmValue.toString(16)}) under this mask. ${mmioHowItFaults(h, vmValue)}`,
    },
    ...mmioDataClaims(h, m.shadow_mmio_mask),
  ];
}

function frozenClaims(h: Host): Claim[] {
  const r = h.kernel.removed;
  if (r === null) return [];
  const claims = nonpresentValueClaim(h);
  const low = r.value & genmask(62, 0);
  claims.push({
    mask: h.kernel.mmuPresentBit ? genmask(11, 0) : low,
    id: 'frozen_marker',
    name: r.name === 'FROZEN_SPTE' ? 'Frozen marker' : 'Removed marker',
    symbol: r.name,
    category: 'frozen-marker',
    meaning: h.kernel.mmuPresentBit
      ? `Equals 0x${low.toString(16)} in ${r.name}: no RWX, not MMU-present, not an MMIO pattern; parks the slot during a multi-step update.`
      : `${r.name} is exactly bit 59 in this kernel: the TDP MMU parks it in a slot while it tears down the page table below.`,
  });
  return claims;
}

/** Bit 63 of SHADOW_NONPRESENT_VALUE (6.10+). */
function nonpresentValueClaim(h: Host): Claim[] {
  return h.kernel.nonpresentValue === 0n
    ? []
    : [
        {
          mask: bit(63),
          id: 'nonpresent_value',
          name: 'Non-present value',
          symbol: 'SHADOW_NONPRESENT_VALUE',
          category: 'bit63',
          meaning: 'Bit 63 marks an empty slot (suppress #VE on EPT; ignored by AMD when P is clear).',
        },
      ];
}

function nonpresentClaims(h: Host): Claim[] {
  return [...nonpresentValueClaim(h), ...mmuPresentClaim(h, 'Clear: KVM treats the slot as empty.')];
}

function claimsFor(h: Host, kind: SpteKind): Claim[] {
  switch (kind) {
    case 'leaf':
    case 'nonleaf':
    case 'access-tracked':
      return h.flavour === 'ept' ? eptClaims(h, kind) : x86Claims(h, kind);
    case 'mmio':
      return mmioClaims(h);
    case 'frozen':
      return frozenClaims(h);
    case 'nonpresent':
      return nonpresentClaims(h);
  }
}

const cache = new WeakMap<Host, Map<SpteKind, Layout>>();

/** The field table for a kind on a host (memoised per host object). */
export function layoutFor(h: Host, kind: SpteKind): Layout {
  let perHost = cache.get(h);
  if (!perHost) cache.set(h, (perHost = new Map()));
  let layout = perHost.get(kind);
  if (!layout) {
    const fields: FieldDef[] = buildFields(claimsFor(h, kind), GAP);
    layout = { kind, flavour: h.flavour, era: h.era, fields };
    perHost.set(kind, layout);
  }
  return layout;
}

export const ALL_KINDS: readonly SpteKind[] = [
  'leaf',
  'nonleaf',
  'access-tracked',
  'mmio',
  'frozen',
  'nonpresent',
];
