/**
 * What a single value says about the kernel it came from (kernel-versions.md §10.1), and a
 * side-by-side comparison of two eras. Both only report: nothing here switches a host.
 */

import { bit, testBit } from '../bits';
import { MBEC_FROZEN_SPTE_LOW, REMOVED_SPTE_LOW } from '../constants';
import { decode, type Decoded } from '../decode';
import { makeHost, resolveKernel, type Host } from '../host';
import type { FieldCategory } from '../layout/types';
import type { HostParams } from '../params';
import { toVectorJson } from '../vector-json';
import * as P from '../predicates';
import { ERAS, ERA_IDS, eraInfo, isKernelEra } from './table';
import type { KernelEra } from './types';

export type EraVerdict = 'consistent' | 'inconsistent' | 'ambiguous';

export interface EraHint {
  era: KernelEra;
  /** "5.10 – 5.12" */
  label: string;
  verdict: EraVerdict;
  /** One line, why. */
  reason: string;
}

/** One clue: the eras a value is compatible with, and why. */
interface Clue {
  eras: readonly KernelEra[];
  reason: string;
}

const LATER: readonly KernelEra[] = [
  'mmu-present-lockless',
  'mmu-writable',
  'nonpresent-bit63',
  'ad-always',
  'mbec',
];
/** 5.13 – 7.1: the EPT layout with Host-/MMU-writable at 57/58 and the A/D type at 52–53. */
const CLASSIC: readonly KernelEra[] = [
  'mmu-present-lockless',
  'mmu-writable',
  'nonpresent-bit63',
  'ad-always',
];
const BIT63_ERAS: readonly KernelEra[] = ['nonpresent-bit63', 'ad-always', 'mbec'];
const MID: readonly KernelEra[] = ['mmu-present-lockless', 'mmu-writable'];

/**
 * Clues from the bits of a value that is not an MMIO SPTE (kernel-versions.md §10.1): each
 * names the eras whose KVM can produce such a bit pattern.
 */
function bitClues(params: HostParams, s: bigint): Clue[] {
  const ept = params.vendor === 'intel' && params.tdp_enabled;
  const b = (n: number) => testBit(s, n);
  const out: Clue[] = [];
  if ((s >> 52n) % 4n === 3n)
    out.push(
      ept
        ? {
            eras: ['special-type', 'mbec'],
            reason:
              'bits 52–53 = 11: the MMIO type before 5.13, saved R plus Host-writable from 7.2; 5.13 – 7.1 never produce A/D type 11',
          }
        : {
            eras: ['special-type'],
            reason: 'bits 52–53 = 11 mark an MMIO SPTE only before 5.13; later kernels never produce type 11',
          },
    );
  if (!b(11))
    out.push({
      eras: ['special-type'],
      reason:
        'bit 11 clear on a non-zero value that is neither MMIO nor a placeholder: from 5.13 KVM never writes such a value (bit 11 = MMU-present); before, it is a present entry',
    });
  if (ept) {
    if (b(10))
      out.push({
        eras: ['special-type', 'mbec'],
        reason:
          'bit 10 set: Host-writable before 5.13, user-execute (XU) from 7.2; 5.13 – 7.1 never set it in EPT entries',
      });
    if (b(57) || b(58))
      out.push({
        eras: CLASSIC,
        reason: `bit${b(57) && b(58) ? 's 57/58' : b(57) ? ' 57' : ' 58'} set: Host-/MMU-writable sat there from 5.13 to 7.1 (unused before and after)`,
      });
    if (b(55) || b(60) || b(61))
      out.push({
        eras: ['mbec'],
        reason: `bit${[55, 60, 61].filter(b).length > 1 ? 's' : ''} ${[55, 60, 61].filter(b).join('/')} set: MMU-writable (55) and the A/D type (60–61) moved there in 7.2 (unused in present entries before)`,
      });
    if (b(63))
      out.push({
        eras: BIT63_ERAS,
        reason: 'bit 63 set: KVM puts it (suppress #VE) in EPT entries only from 6.10',
      });
    else if (b(11))
      out.push({
        eras: ['special-type', ...MID],
        reason:
          'bit 11 set but bit 63 clear: from 6.10 every present EPT entry carries bit 63 (suppress #VE)',
      });
    if (!params.ept_ad_bits && (b(8) || b(9)))
      out.push({
        eras: ['ad-always', 'mbec'],
        reason: 'bits 8/9 set with EPT A/D disabled: KVM writes them there only from 6.13',
      });
  } else if (b(9))
    out.push({
      eras: LATER,
      reason: 'bit 9 set: Host-writable is bit 9 from 5.13; before, KVM never set it',
    });
  else if (b(11) && b(10))
    // 5.10 leaf with H/M at 10/11, or a 5.13–5.16 notifier SPTE that kept M (bit 10) and lost H.
    out.push({
      eras: ['special-type', 'mmu-present-lockless'],
      reason:
        'bits 10/11 set with bit 9 clear: Host-/MMU-writable at 10/11 (before 5.13), or MMU-writable without Host-writable (5.15 change-PTE notifier; never created from 5.17)',
    });
  return out;
}

/** Exact values that are an era's empty-slot or placeholder value. */
function placeholder(s: bigint): Clue | null {
  if (s === bit(63))
    return {
      eras: BIT63_ERAS,
      reason: '0x8000000000000000 is SHADOW_NONPRESENT_VALUE, the empty slot from 6.10 on',
    };
  if (s === (bit(63) | REMOVED_SPTE_LOW))
    return {
      eras: ['nonpresent-bit63', 'ad-always'],
      reason:
        '0x80000000000005a0 is FROZEN_SPTE (REMOVED_SPTE in 6.10) from 6.10 to 7.1; 7.2 took bit 10 out of it',
    };
  if (s === (bit(63) | MBEC_FROZEN_SPTE_LOW))
    return {
      eras: ['mbec'],
      reason: '0x80000000000001a0 is FROZEN_SPTE from 7.2 (bit 10 taken out for MBEC)',
    };
  if (s === REMOVED_SPTE_LOW) return { eras: MID, reason: '0x5a0 is REMOVED_SPTE, used from 5.13 to 6.9' };
  if (s === bit(59))
    return { eras: ['special-type'], reason: 'bit 59 alone is the removed placeholder of 5.12' };
  return null;
}

interface Judgement {
  ok: boolean;
  reasons: string[];
}

function judge(params: HostParams, s: bigint, era: KernelEra, host: Host, laterMmio: boolean): Judgement {
  const p = placeholder(s);
  if (p) return p.eras.includes(era) ? { ok: true, reasons: [p.reason] } : { ok: false, reasons: [p.reason] };
  const special = (s >> 52n) % 4n === 3n;
  if (P.is_mmio_spte(host, s))
    return {
      ok: true,
      reasons: [
        era === 'special-type'
          ? 'bits 52–53 = 11: an MMIO SPTE of this kernel'
          : special
            ? 'an MMIO SPTE for this kernel (bits 52–53 hold generation bits here)'
            : 'an MMIO SPTE for this kernel; bits 52–53 ≠ 11 rule out kernels before 5.13',
      ],
    };
  // Special type 11 is how 5.10 marks MMIO: an MMIO-looking value without it is not from there.
  if (era === 'special-type' && laterMmio)
    return {
      ok: false,
      reasons: ['an MMIO SPTE with bits 52–53 ≠ 11: kernels before 5.13 always put the MMIO type 11 there'],
    };
  const found = bitClues(params, s);
  const against = found.find((c) => !c.eras.includes(era));
  return against
    ? { ok: false, reasons: [against.reason] }
    : { ok: true, reasons: found.map((c) => c.reason) };
}

/**
 * For each era: is `value` consistent with it, inconsistent, or does the value not tell?
 * Ranges that values cannot separate (5.13–5.18 vs 5.19–6.9; NPT/shadow across 5.13–6.12)
 * come back together as "consistent". Never switches anything.
 */
export function suggestEras(params: HostParams, value: bigint): EraHint[] {
  const hosts = new Map(ERA_IDS.map((e) => [e, makeHost(params, { era: e })] as const));
  const laterMmio = ERA_IDS.some((e) => e !== 'special-type' && P.is_mmio_spte(hosts.get(e)!, value));
  const hint = (era: KernelEra, verdict: EraVerdict, reason: string): EraHint => ({
    era,
    label: eraInfo(era).label,
    verdict,
    reason,
  });
  if (value === 0n)
    return ERAS.map((e) => hint(e.id, 'ambiguous', 'zero is an empty or never-populated slot in every era'));
  const j = ERAS.map((e) => [e.id, judge(params, value, e.id, hosts.get(e.id)!, laterMmio)] as const);
  if (j.every(([, x]) => x.ok)) {
    const mmio = ERA_IDS.every((e) => P.is_mmio_spte(hosts.get(e)!, value));
    const why = mmio
      ? 'an MMIO SPTE in every era (bits 52–53 = 11 are the MMIO type before 5.13 and generation bits after)'
      : 'nothing in this value depends on the kernel era';
    return j.map(([era]) => hint(era, 'ambiguous', why));
  }
  return j.map(([era, x]) =>
    hint(
      era,
      x.ok ? 'consistent' : 'inconsistent',
      x.reasons.join('; ') || 'nothing in this value rules it out',
    ),
  );
}

// ---------------------------------------------------------------------------------------

export interface FieldView {
  id: string;
  name: string;
  category: FieldCategory;
  symbol: string;
}

export interface FieldDifference {
  lo: number;
  hi: number;
  a: FieldView;
  b: FieldView;
}

export interface PredicateDifference {
  key: string;
  /** Vector-JSON encoding of the verdict; null when the function does not exist in that kernel. */
  a: unknown;
  b: unknown;
  /** Set when only one of the two kernels has the function. */
  onlyIn: 'a' | 'b' | null;
}

export interface EraComparison {
  a: { host: Host; decoded: Decoded };
  b: { host: Host; decoded: Decoded };
  /** Contiguous bit ranges whose field differs in name, category or kernel symbol. */
  fields: FieldDifference[];
  /** Predicates whose result differs, or that exist in one kernel only. */
  predicates: PredicateDifference[];
}

export type KernelChoice = KernelEra | string;

function hostFor(params: HostParams, choice: KernelChoice): Host {
  if (isKernelEra(choice)) return makeHost(params, { era: choice });
  const r = resolveKernel({ kernel: choice });
  if (!r.ok) throw new Error(r.message);
  return makeHost(params, { kernel: choice });
}

const view = (d: Decoded, b: number): FieldView => {
  const f = d.fields.find((x) => x.def.lo <= b && b <= x.def.hi)!.def;
  return { id: f.id, name: f.name, category: f.category, symbol: f.symbol };
};
const sameMeaning = (x: FieldView, y: FieldView) =>
  x.name === y.name && x.category === y.category && x.symbol === y.symbol;

/**
 * Decode `value` under two kernels (eras, or version strings) and list what differs: data for
 * a side-by-side view. Throws on a version string parseKernelVersion rejects.
 */
export function compareEras(
  params: HostParams,
  value: bigint,
  eraA: KernelChoice,
  eraB: KernelChoice,
  level: number,
): EraComparison {
  const ha = hostFor(params, eraA);
  const hb = hostFor(params, eraB);
  const da = decode(ha, value, level);
  const db = decode(hb, value, level);
  const fields: FieldDifference[] = [];
  for (let bitNo = 63; bitNo >= 0; bitNo--) {
    const a = view(da, bitNo);
    const b = view(db, bitNo);
    if (sameMeaning(a, b)) continue;
    const last = fields[fields.length - 1];
    if (last && last.lo === bitNo + 1 && last.a.id === a.id && last.b.id === b.id) last.lo = bitNo;
    else fields.push({ lo: bitNo, hi: bitNo, a, b });
  }
  const ja = toVectorJson(da.verdicts) as Record<string, unknown>;
  const jb = toVectorJson(db.verdicts) as Record<string, unknown>;
  const keys = [...Object.keys(ja), ...Object.keys(jb).filter((k) => !(k in ja))];
  const predicates: PredicateDifference[] = [];
  for (const key of keys) {
    const inA = key in ja;
    const inB = key in jb;
    if (inA && inB && JSON.stringify(ja[key]) === JSON.stringify(jb[key])) continue;
    predicates.push({
      key,
      a: inA ? ja[key] : null,
      b: inB ? jb[key] : null,
      onlyIn: inA && inB ? null : inA ? 'a' : 'b',
    });
  }
  return { a: { host: ha, decoded: da }, b: { host: hb, decoded: db }, fields, predicates };
}
