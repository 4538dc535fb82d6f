/**
 * The era table (kernel-versions.md §2, §10) and the per-release facts (§3–§9) as data:
 * each fact is the range of upstream releases that have it. `kernelSpec()` reads them for
 * one release, so a version check appears once, here, and nowhere else.
 */

import { bit } from '../bits';
import {
  MBEC_ACC_TRACK_SAVED_BITS_MASK,
  MBEC_ACC_TRACK_SAVED_BITS_SHIFT,
  MBEC_EPT_SPTE_HOST_WRITABLE,
  MBEC_EPT_SPTE_MMU_WRITABLE,
  MBEC_FROZEN_SPTE_LOW,
  MBEC_MMIO_SPTE_GEN_HIGH_MASK,
  MBEC_MMIO_SPTE_GEN_HIGH_SHIFT,
  MBEC_MMIO_SPTE_GEN_LOW_MASK,
  MBEC_MMIO_SPTE_GEN_MASK,
  MBEC_SPTE_MMIO_ALLOWED_MASK,
  MBEC_SPTE_TDP_AD_DISABLED,
  MBEC_SPTE_TDP_AD_MASK,
  MBEC_SPTE_TDP_AD_SHIFT,
  MBEC_SPTE_TDP_AD_WRPROT_ONLY,
  DEFAULT_SPTE_HOST_WRITABLE,
  DEFAULT_SPTE_MMU_WRITABLE,
  EPT_SPTE_HOST_WRITABLE,
  EPT_SPTE_MMU_WRITABLE,
  MMIO_SPTE_GEN_HIGH_MASK,
  MMIO_SPTE_GEN_HIGH_SHIFT,
  MMIO_SPTE_GEN_LOW_MASK,
  MMIO_SPTE_GEN_LOW_SHIFT,
  MMIO_SPTE_GEN_MASK,
  REMOVED_SPTE_5_12,
  REMOVED_SPTE_LOW,
  SHADOW_ACC_TRACK_SAVED_BITS_MASK,
  SHADOW_ACC_TRACK_SAVED_BITS_SHIFT,
  SPECIAL_MMIO_SPTE_GEN_HIGH_MASK,
  SPECIAL_MMIO_SPTE_GEN_HIGH_SHIFT,
  SPECIAL_MMIO_SPTE_GEN_LOW_MASK,
  SPECIAL_MMIO_SPTE_GEN_MASK,
  SPTE_HOST_WRITEABLE,
  SPTE_MMIO_ALLOWED_MASK,
  SPTE_MMU_WRITEABLE,
  SPTE_SPECIAL_MASK,
  SPTE_TDP_AD_DISABLED,
  SPTE_TDP_AD_MASK,
  SPTE_TDP_AD_SHIFT,
  SPTE_TDP_AD_WRPROT_ONLY,
  VMX_EPT_USER_EXECUTABLE_MASK,
} from '../constants';
import { LEGACY_ERA_IDS, type EraInfo, type KernelEra, type KernelSpec, type SpteBits } from './types';

export const ERAS: readonly EraInfo[] = [
  {
    id: 'special-type',
    label: '5.10 – 5.12',
    covers: { from: '5.10', until: '5.12' },
    examples: ['5.10 LTS (Debian 11)', 'RHEL 8.3 / 8.4 (4.18.0-240 / -305 .el8 backports)'],
    identifies:
      'Bits 52–53 are the "special" type and 11 marks MMIO; no MMU-present bit; Host-/MMU-writable are bits 10/11 for every flavour; 18-bit MMIO generation in bits 3–11 and 54–62.',
    modelledOn: '5.10',
  },
  {
    id: 'mmu-present-lockless',
    label: '5.13 – 5.17',
    covers: { from: '5.13', until: '5.17' },
    examples: ['5.15 LTS (Ubuntu 22.04)'],
    identifies:
      'Bit 11 is MMU-present; Host-/MMU-writable at 9/10 (57/58 on EPT); REMOVED_SPTE 0x5a0; spte_can_locklessly_be_made_writable instead of the MMU-writable helpers.',
    modelledOn: '5.15',
  },
  {
    id: 'mmu-writable',
    label: '5.18 – 6.9',
    covers: { from: '5.18', until: '6.9' },
    examples: ['6.1 LTS (Debian 12)', '6.6 LTS', '6.8 (Ubuntu 24.04)'],
    identifies:
      'Same layout as 5.13–5.17; is_mmu_writable_spte and the writable-invariant WARNs (from 5.18); MMIO caching follows the module parameter and shadow_me_value is separate from 5.19 (5.18 is a hybrid without those two).',
    modelledOn: '6.1',
  },
  {
    id: 'nonpresent-bit63',
    label: '6.10 – 6.12',
    covers: { from: '6.10', until: '6.12' },
    examples: ['6.12 LTS (Debian 13)'],
    identifies:
      'Bit 63 in the non-present value, the removed/frozen value, the EPT present mask and the EPT MMIO mask; per-VM MMIO value; is_ept_ve_possible.',
    modelledOn: '6.12',
  },
  {
    id: 'ad-always',
    label: '6.13 – 7.1',
    covers: { from: '6.13', until: '7.1' },
    examples: ['6.18 LTS', '7.0', '7.1'],
    identifies:
      'EPT Accessed/Dirty masks always set (even without hardware A/D); is_accessed_spte is a plain bit test; no is_dirty_spte; leaf_spte_change_needs_tlb_flush; A/D type in bits 52–53, EPT Host-/MMU-writable at 57/58.',
    modelledOn: '7.1',
  },
  {
    id: 'mbec',
    label: '7.2 and later',
    covers: { from: '7.2', until: null },
    examples: ['mainline'],
    identifies:
      'High software bits reshuffled for MBEC: A/D type in bits 60–61, EPT Host-/MMU-writable at 53/55, saved R/X/XU in 52/54/62, 18-bit MMIO generation in 3–9 and 52–62, FROZEN_SPTE 0x80000000000001a0, EPT bit 10 = user-execute. Facts from the merged 7.2 patch series; no 7.2 release tree has confirmed them yet.',
    modelledOn: 'mainline',
  },
];

export const ERA_IDS: readonly KernelEra[] = ERAS.map((e) => e.id);

export function eraInfo(id: KernelEra): EraInfo {
  return ERAS.find((e) => e.id === id)!;
}

export const isKernelEra = (x: unknown): x is KernelEra => ERA_IDS.includes(x as KernelEra);

/** An era id, or an id old permalinks used (LEGACY_ERA_IDS), as today's era; null otherwise. */
export function eraFromId(x: unknown): KernelEra | null {
  if (isKernelEra(x)) return x;
  return typeof x === 'string' && Object.hasOwn(LEGACY_ERA_IDS, x) ? LEGACY_ERA_IDS[x]! : null;
}

/** The newest era: what "mainline" and "current" mean. */
export const NEWEST_ERA: KernelEra = 'mbec';

/** "major.minor" → a sortable number; "mainline" sorts after every release. */
export function releaseNumber(v: string): number {
  if (v === 'mainline') return Number.MAX_SAFE_INTEGER;
  const [a, b] = v.split('.').map(Number);
  return (a ?? 0) * 1000 + (b ?? 0);
}

/** The era an upstream release belongs to (null before 5.10). */
export function eraOfRelease(v: string): KernelEra | null {
  const n = releaseNumber(v);
  if (n < releaseNumber('5.10')) return null;
  for (const e of ERAS)
    if (n >= releaseNumber(e.covers.from) && (e.covers.until === null || n <= releaseNumber(e.covers.until)))
      return e.id;
  return NEWEST_ERA;
}

/**
 * Per-release facts: [first release that has it, last release that has it] (null = open).
 * Sources: kernel-versions.md §3 (layout), §4 (masks), §5 (predicates), §6 (flushes),
 * §7 (reserved bits); spte-semantics.md §4 and §11 for names.
 */
export const FACTS = {
  mmuPresentBit: ['5.13', null],
  removedBit59: ['5.12', '5.12'],
  removed5a0: ['5.13', '6.9'],
  removedNamedFrozen: ['6.11', null],
  nonpresentBit63: ['6.10', null],
  eptAdMasksAlways: ['6.13', null],
  mmioCachingFlag: ['5.19', null],
  mmioAllowedCheck: ['6.0', null],
  perVmMmioValue: ['6.10', null],
  meValue: ['5.19', null],
  memtypeMask: ['6.0', '6.14'],
  tdx: ['6.16', null],
  nptNxReserved: [null, '5.19'],
  eptHugeBit7: ['5.17', null],
  locklessHostAndMmu: [null, '5.16'],
  locklessMmuOnly: ['5.17', '5.17'],
  writableInvariants: ['5.18', null],
  adAwareAccessed: [null, '6.12'],
  eptVeFn: ['6.10', null],
  volatileLockless: [null, '5.17'],
  needsAtomicUpdate: ['6.15', null],
  wrprotNeedsPml: ['5.12', null],
  tdpMapFlushNonleaf: ['5.18', null],
  leafChangeFlush: ['6.13', null],
  maxphyaddrRenamed: ['6.11', null],
  spteBaseAddrMask: ['6.0', null],
  writableSpelling: ['5.18', null],
  adEnabledFunction: ['5.19', '6.12'],
  adEnabledVariable: ['6.13', null],
  agingFlushes: [null, '6.12'],
  mmioCachingSticky: ['5.19', '5.19'],
  mmuWithoutHostNeverCreated: ['5.17', null],
  changedSpteMmioWording: [null, '5.11'],
  mbecLayout: ['7.2', null],
} as const satisfies Record<string, readonly [string | null, string | null]>;

export type Fact = keyof typeof FACTS;

export function hasFact(fact: Fact, release: string): boolean {
  const [from, until] = FACTS[fact];
  const n = releaseNumber(release);
  return (from === null || n >= releaseNumber(from)) && (until === null || n <= releaseNumber(until));
}

const GEN_SPECIAL = {
  lowMask: SPECIAL_MMIO_SPTE_GEN_LOW_MASK,
  lowShift: MMIO_SPTE_GEN_LOW_SHIFT,
  highMask: SPECIAL_MMIO_SPTE_GEN_HIGH_MASK,
  highShift: SPECIAL_MMIO_SPTE_GEN_HIGH_SHIFT,
  mask: SPECIAL_MMIO_SPTE_GEN_MASK,
};
const GEN_19 = {
  lowMask: MMIO_SPTE_GEN_LOW_MASK,
  lowShift: MMIO_SPTE_GEN_LOW_SHIFT,
  highMask: MMIO_SPTE_GEN_HIGH_MASK,
  highShift: MMIO_SPTE_GEN_HIGH_SHIFT,
  mask: MMIO_SPTE_GEN_MASK,
};
const GEN_MBEC = {
  lowMask: MBEC_MMIO_SPTE_GEN_LOW_MASK,
  lowShift: MMIO_SPTE_GEN_LOW_SHIFT,
  highMask: MBEC_MMIO_SPTE_GEN_HIGH_MASK,
  highShift: MBEC_MMIO_SPTE_GEN_HIGH_SHIFT,
  mask: MBEC_MMIO_SPTE_GEN_MASK,
};

const savedOf = (bitsMask: bigint, shift: bigint) => ({ bitsMask, shift, mask: bitsMask << shift });

/** 5.10 – 5.12: the "special" field; H/M fixed at 10/11 for every flavour. */
const BITS_SPECIAL: SpteBits = {
  adType: {
    shift: SPTE_TDP_AD_SHIFT,
    mask: SPTE_SPECIAL_MASK,
    disabled: SPTE_TDP_AD_DISABLED,
    wrprotOnly: SPTE_TDP_AD_WRPROT_ONLY,
  },
  saved: savedOf(SHADOW_ACC_TRACK_SAVED_BITS_MASK, SHADOW_ACC_TRACK_SAVED_BITS_SHIFT),
  eptHostWritable: SPTE_HOST_WRITEABLE,
  eptMmuWritable: SPTE_MMU_WRITEABLE,
  x86HostWritable: SPTE_HOST_WRITEABLE,
  x86MmuWritable: SPTE_MMU_WRITEABLE,
  eptUserExec: 0n,
  mmioAllowed: SPTE_MMIO_ALLOWED_MASK,
};
/** 5.13 – 7.1. */
const BITS_CLASSIC: SpteBits = {
  adType: {
    shift: SPTE_TDP_AD_SHIFT,
    mask: SPTE_TDP_AD_MASK,
    disabled: SPTE_TDP_AD_DISABLED,
    wrprotOnly: SPTE_TDP_AD_WRPROT_ONLY,
  },
  saved: savedOf(SHADOW_ACC_TRACK_SAVED_BITS_MASK, SHADOW_ACC_TRACK_SAVED_BITS_SHIFT),
  eptHostWritable: EPT_SPTE_HOST_WRITABLE,
  eptMmuWritable: EPT_SPTE_MMU_WRITABLE,
  x86HostWritable: DEFAULT_SPTE_HOST_WRITABLE,
  x86MmuWritable: DEFAULT_SPTE_MMU_WRITABLE,
  eptUserExec: 0n,
  mmioAllowed: SPTE_MMIO_ALLOWED_MASK,
};
/** 7.2+ (§12.2). */
const BITS_MBEC: SpteBits = {
  adType: {
    shift: MBEC_SPTE_TDP_AD_SHIFT,
    mask: MBEC_SPTE_TDP_AD_MASK,
    disabled: MBEC_SPTE_TDP_AD_DISABLED,
    wrprotOnly: MBEC_SPTE_TDP_AD_WRPROT_ONLY,
  },
  saved: savedOf(MBEC_ACC_TRACK_SAVED_BITS_MASK, MBEC_ACC_TRACK_SAVED_BITS_SHIFT),
  eptHostWritable: MBEC_EPT_SPTE_HOST_WRITABLE,
  eptMmuWritable: MBEC_EPT_SPTE_MMU_WRITABLE,
  x86HostWritable: DEFAULT_SPTE_HOST_WRITABLE,
  x86MmuWritable: DEFAULT_SPTE_MMU_WRITABLE,
  eptUserExec: VMX_EPT_USER_EXECUTABLE_MASK,
  mmioAllowed: MBEC_SPTE_MMIO_ALLOWED_MASK,
};

/**
 * The facts for one kernel. `basis` is the upstream release whose code applies
 * (defaults to the release the era is modelled on).
 */
export function kernelSpec(
  era: KernelEra,
  basis: string = eraInfo(era).modelledOn,
  version: string | null = null,
  note: string | null = null,
): KernelSpec {
  const at = (f: Fact) => hasFact(f, basis);
  const bit63 = at('nonpresentBit63') ? bit(63) : 0n;
  const frozenName = at('removedNamedFrozen') ? 'FROZEN_SPTE' : 'REMOVED_SPTE';
  const mbec = at('mbecLayout');
  const removed = at('removedBit59')
    ? ({ name: 'REMOVED_SPTE', fn: 'is_removed_spte', value: REMOVED_SPTE_5_12 } as const)
    : at('removed5a0') || at('nonpresentBit63')
      ? ({
          name: frozenName,
          fn: frozenName === 'FROZEN_SPTE' ? 'is_frozen_spte' : 'is_removed_spte',
          value: bit63 | (mbec ? MBEC_FROZEN_SPTE_LOW : REMOVED_SPTE_LOW),
        } as const)
      : null;
  const spelling = at('writableSpelling') ? 'WRITABLE' : 'WRITEABLE';
  return {
    era,
    version,
    basis,
    note,
    mmuPresentBit: at('mmuPresentBit'),
    specialTypeMmio: !at('mmuPresentBit'),
    fixedHostMmuWritable: !at('mmuPresentBit'),
    removed,
    nonpresentValue: bit63,
    bits: mbec ? BITS_MBEC : at('mmuPresentBit') ? BITS_CLASSIC : BITS_SPECIAL,
    gen: mbec ? GEN_MBEC : at('mmuPresentBit') ? GEN_19 : GEN_SPECIAL,
    eptBit63: at('nonpresentBit63'),
    eptAdMasksAlways: at('eptAdMasksAlways'),
    mmioCheck: !at('mmuPresentBit')
      ? 'special-type'
      : at('mmioCachingFlag')
        ? 'caching-flag'
        : 'value-nonzero',
    mmioAllowedCheck: at('mmioAllowedCheck'),
    perVmMmioValue: at('perVmMmioValue'),
    meValue: at('meValue'),
    memtypeMask: at('memtypeMask'),
    tdx: at('tdx'),
    nptNxReserved: at('nptNxReserved'),
    eptHugeBit7: at('eptHugeBit7'),
    lockless: at('locklessHostAndMmu') ? 'host-and-mmu' : at('locklessMmuOnly') ? 'mmu-only' : null,
    writableInvariants: at('writableInvariants'),
    adAwareAccessed: at('adAwareAccessed'),
    dirtyFn: at('adAwareAccessed'),
    eptVeFn: at('eptVeFn'),
    volatileFn: at('volatileLockless')
      ? 'volatile-lockless'
      : at('needsAtomicUpdate')
        ? 'needs-atomic-update'
        : 'volatile',
    markClearsAccessed: at('eptAdMasksAlways'),
    wrprotNeedsPml: at('wrprotNeedsPml'),
    tdpMapFlush: at('leafChangeFlush')
      ? 'nonleaf-or-leaf-change'
      : at('tdpMapFlushNonleaf')
        ? 'nonleaf'
        : 'none',
    mmuSpteUpdate: at('leafChangeFlush') ? 'leaf-change' : 'writable-accessed-dirty',
    agingFlushes: at('agingFlushes'),
    mapLeafChangeWarns: at('leafChangeFlush'),
    mmioCachingSticky: at('mmioCachingSticky'),
    wrprotOnAnyNestedMmu: !at('wrprotNeedsPml'),
    mmuWithoutHostNeverCreated: at('mmuWithoutHostNeverCreated'),
    changedSpteWording: at('changedSpteMmioWording')
      ? 'mmio'
      : frozenName === 'FROZEN_SPTE'
        ? 'frozen'
        : 'removed',
    names: {
      maxphyaddr: at('maxphyaddrRenamed') ? 'kvm_host_maxphyaddr' : 'shadow_phys_bits',
      baseAddrMask: at('spteBaseAddrMask') ? 'SPTE_BASE_ADDR_MASK' : 'PT64_BASE_ADDR_MASK',
      adTypeMask: at('mmuPresentBit') ? 'SPTE_TDP_AD_MASK' : 'SPTE_SPECIAL_MASK',
      hostWritableX86: at('mmuPresentBit') ? `DEFAULT_SPTE_HOST_${spelling}` : 'SPTE_HOST_WRITEABLE',
      mmuWritableX86: at('mmuPresentBit') ? `DEFAULT_SPTE_MMU_${spelling}` : 'SPTE_MMU_WRITEABLE',
      adEnabled: at('adEnabledVariable')
        ? 'kvm_ad_enabled'
        : at('adEnabledFunction')
          ? 'kvm_ad_enabled()'
          : null,
    },
  };
}

/** The spec a host without a kernel option gets: mainline, the newest era. */
export const MAINLINE_SPEC: KernelSpec = kernelSpec(NEWEST_ERA);
