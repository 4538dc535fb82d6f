/**
 * The era table (kernel-versions.md §2, §10) and the per-release facts (§3–§9) as data:
 * each fact is the range of upstream releases that have it. `kernelSpec()` reads them for
 * one release, so a version check appears once, here, and nowhere else.
 */

import { bit, genmask } from '../bits';
import type { EraInfo, KernelEra, KernelSpec } from './types';

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
    label: '5.13 – 5.18',
    covers: { from: '5.13', until: '5.18' },
    examples: ['5.15 LTS (Ubuntu 22.04)'],
    identifies:
      'Bit 11 is MMU-present; Host-/MMU-writable at 9/10 (57/58 on EPT); REMOVED_SPTE 0x5a0; spte_can_locklessly_be_made_writable instead of the MMU-writable helpers.',
    modelledOn: '5.15',
  },
  {
    id: 'mmu-writable',
    label: '5.19 – 6.9',
    covers: { from: '5.19', until: '6.9' },
    examples: ['6.1 LTS (Debian 12)', '6.6 LTS', '6.8 (Ubuntu 24.04)'],
    identifies:
      'Same layout as 5.13–5.18; is_mmu_writable_spte and the writable-invariant WARNs; MMIO caching follows the module parameter; separate shadow_me_value.',
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
    id: 'current',
    label: '6.13 and later',
    covers: { from: '6.13', until: null },
    examples: ['6.18 LTS', 'mainline'],
    identifies:
      'EPT Accessed/Dirty masks always set (even without hardware A/D); is_accessed_spte is a plain bit test; no is_dirty_spte; leaf_spte_change_needs_tlb_flush.',
    modelledOn: 'mainline',
  },
];

export const ERA_IDS: readonly KernelEra[] = ERAS.map((e) => e.id);

export function eraInfo(id: KernelEra): EraInfo {
  return ERAS.find((e) => e.id === id)!;
}

export const isKernelEra = (x: unknown): x is KernelEra => ERA_IDS.includes(x as KernelEra);

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
  return 'current';
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
  locklessMmuOnly: ['5.17', '5.18'],
  writableInvariants: ['5.19', null],
  adAwareAccessed: [null, '6.12'],
  eptVeFn: ['6.10', null],
  volatileLockless: [null, '5.18'],
  needsAtomicUpdate: ['6.15', null],
  wrprotNeedsPml: ['5.15', null],
  tdpMapFlushNonleaf: ['5.19', null],
  leafChangeFlush: ['6.13', null],
  maxphyaddrRenamed: ['6.11', null],
  spteBaseAddrMask: ['5.19', null],
  writableSpelling: ['5.17', null],
  adEnabledFunction: ['5.19', '6.12'],
  adEnabledVariable: ['6.13', null],
} as const satisfies Record<string, readonly [string | null, string | null]>;

export type Fact = keyof typeof FACTS;

export function hasFact(fact: Fact, release: string): boolean {
  const [from, until] = FACTS[fact];
  const n = releaseNumber(release);
  return (from === null || n >= releaseNumber(from)) && (until === null || n <= releaseNumber(until));
}

const GEN_18 = {
  lowMask: genmask(11, 3),
  lowShift: 3n,
  highMask: genmask(62, 54),
  highShift: 45n,
  mask: 0x3ffffn,
};
const GEN_19 = {
  lowMask: genmask(10, 3),
  lowShift: 3n,
  highMask: genmask(62, 52),
  highShift: 44n,
  mask: 0x7ffffn,
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
  const removed = at('removedBit59')
    ? ({ name: 'REMOVED_SPTE', fn: 'is_removed_spte', value: bit(59) } as const)
    : at('removed5a0') || at('nonpresentBit63')
      ? ({
          name: frozenName,
          fn: frozenName === 'FROZEN_SPTE' ? 'is_frozen_spte' : 'is_removed_spte',
          value: bit63 | 0x5a0n,
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
    gen: at('mmuPresentBit') ? GEN_19 : GEN_18,
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

/** The spec a host without a kernel option gets: current mainline. */
export const MAINLINE_SPEC: KernelSpec = kernelSpec('current');
