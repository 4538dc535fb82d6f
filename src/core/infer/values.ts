/**
 * How well one candidate host explains the SPTE values of a text. A value that the
 * candidate cannot have produced (an error finding, stray bits in a non-present value, or
 * a kind the printing message rules out) is "impossible"; warnings cost a little; an
 * exact placeholder of the candidate's kernel counts for it.
 */

import { genmask } from '../bits';
import { decode } from '../decode';
import { suggestEras } from '../eras/hints';
import type { Host } from '../host';
import type { LogEntry, LogFormatId } from '../log/types';
import type { ValueSample } from './types';

/** Findings that mean "KVM does not build this value" under the candidate. */
const IMPOSSIBLE_WARNINGS = new Set(['SPTE-N003', 'SPTE-M005', 'SPTE-A001']);
/**
 * Findings a message is printed *because of*: the reserved-bit dumps and WARN carry
 * reserved bits, the writable-invariant WARNs a broken writable state. Such a finding is
 * what the report is about, not a sign of the wrong kernel.
 */
const RESERVED = ['SPTE-R001', 'SPTE-R002'];
const EXPECTED: Partial<Record<LogFormatId, readonly string[]>> = {
  make_spte_rsvd_warn: RESERVED,
  walk_entry: RESERVED,
  walk_entry_old: RESERVED,
  writable_invariant_warn: ['SPTE-W001', 'SPTE-W002'],
  lockless_writable_warn: ['SPTE-W004'],
};
/** Findings that say nothing against a candidate. */
const NEUTRAL = new Set(['SPTE-L001', 'SPTE-T001', 'SPTE-W003']);

const PRESENT_FORMATS: ReadonlySet<LogFormatId> = new Set<LogFormatId>([
  'make_spte_rsvd_warn',
  'writable_invariant_warn',
  'lockless_writable_warn',
  'access_track_warn',
  'walk_entry',
  'walk_entry_old',
  'kvm_mmu_set_spte',
  'kvm_mmu_split_huge_page',
]);
const MMIO_FORMATS: ReadonlySet<LogFormatId> = new Set<LogFormatId>([
  'mark_mmio_spte',
  'handle_mmio_page_fault',
  'check_mmio_spte',
]);

/** What the message that printed a value says it is. */
export function contextOf(format: LogFormatId): ValueSample['context'] {
  return PRESENT_FORMATS.has(format) ? 'present' : MMIO_FORMATS.has(format) ? 'mmio' : 'any';
}

export function sampleOf(e: Pick<LogEntry, 'value' | 'level' | 'format'>): ValueSample {
  const expected = EXPECTED[e.format];
  return { value: e.value, level: e.level, context: contextOf(e.format), ...(expected ? { expected } : {}) };
}

export interface ValueJudgement {
  impossible: boolean;
  penalty: number;
  /** Short reason against (finding id and title), or a reason for. */
  reason: string | null;
  /** An exact placeholder of this kernel (frozen/removed, non-present value). */
  placeholder: boolean;
}

/**
 * The era hints of a value's bits (kernel-versions.md §10.1: bit 63 on EPT from 6.10,
 * bits 8/9 without A/D from 6.13, …) cost a candidate era they call inconsistent. A
 * value whose message says it is present is not judged by its MMIO look.
 */
export type EraHints = ReturnType<typeof suggestEras>;

function bitHint(
  host: Host,
  s: ValueSample,
  hints: EraHints,
): { impossible: boolean; penalty: number; reason: string | null } {
  const none = { impossible: false, penalty: 0, reason: null };
  const hint = hints.find((h) => h.era === host.era);
  if (!hint || hint.verdict !== 'inconsistent') return none;
  // "Would be MMIO in a later kernel" is a reading, not a fact about the bits: it may cost a
  // little, never rule an era out (a 5.x leaf with W+X and no R is a bug, not MMIO).
  if (hint.reason.includes('MMIO'))
    return s.context === 'present' ? none : { impossible: false, penalty: 2, reason: null };
  return { impossible: true, penalty: 0, reason: hint.reason };
}

/**
 * `hints`: suggestEras for this value on this host's parameters (the same for every era of
 * one host, so callers scoring many eras compute it once).
 */
export function judgeValue(
  host: Host,
  s: ValueSample,
  hints: EraHints = suggestEras(host.params, s.value),
): ValueJudgement {
  const d = decode(host, s.value, s.level ?? 1);
  const { cls } = d;
  if (s.context === 'present' && (cls.mmio || cls.frozen || !cls.present))
    return {
      impossible: true,
      penalty: 4,
      reason: `its message says it is present, but it reads as ${cls.kind}`,
      placeholder: false,
    };
  if (s.context === 'mmio' && !cls.mmio)
    return {
      impossible: true,
      penalty: 4,
      reason: 'an MMIO tracepoint value that is not MMIO here',
      placeholder: false,
    };
  let penalty = 0;
  let impossible = false;
  let reason: string | null = null;
  let warned: string | null = null;
  for (const f of d.findings) {
    if (NEUTRAL.has(f.id)) continue;
    if (s.expected?.includes(f.id)) continue;
    if (f.severity === 'error' || IMPOSSIBLE_WARNINGS.has(f.id)) {
      impossible = true;
      reason ??= `${f.id} ${f.title}`;
    } else if (f.severity === 'warning') {
      penalty += 1;
      warned ??= `${f.id} ${f.title}`;
    } else if (f.id === 'SPTE-P006') penalty += 0.5;
  }
  const hint = bitHint(host, s, hints);
  penalty += hint.penalty;
  if (hint.impossible) {
    impossible = true;
    reason ??= hint.reason;
  }
  // KVM marks every SPTE A/D-disabled on an EPT host without A/D bits: an A/D-enabled type
  // there says the host had them (the reverse, A/D disabled on an A/D host, is SPTE-A004).
  const ad = (d.verdicts as unknown as Record<string, { precondition: boolean; value: boolean } | undefined>)
    .spte_ad_enabled;
  if (host.flavour === 'ept' && !host.params.ept_ad_bits && cls.present && ad?.precondition && ad.value) {
    penalty += 1;
    warned ??= 'an A/D-enabled SPTE on a host without EPT A/D bits';
  }
  reason ??= warned;
  const placeholder = s.value !== 0n && (cls.frozen || cls.nonpresentValue);
  if (impossible) penalty += 4;
  if (placeholder) penalty -= 1;
  return { impossible, penalty, reason, placeholder };
}

/** A value that tells nothing (0 is an empty slot in every era). */
export const informative = (s: ValueSample) => s.value !== 0n;

/**
 * Page-frame bits 12–39: values that differ only there (the same kind of SPTE for another
 * page) say the same about the kernel, so one of them stands for all. Higher frame bits
 * are kept: they meet MAXPHYADDR and the reserved bits.
 */
const LOW_FRAME = genmask(39, 12);

/**
 * Distinct informative samples (one per value shape, see LOW_FRAME), at most `max`,
 * spread evenly over the input so a long paste costs about what a short one does.
 */
export function pickSamples(all: Iterable<ValueSample>, max = 128): ValueSample[] {
  const seen = new Map<string, ValueSample>();
  // A long paste is read at an even stride: 8,192 values show the shapes a report has.
  const list0 = Array.isArray(all) ? (all as ValueSample[]) : [...all];
  const stride = Math.max(1, Math.floor(list0.length / 8192));
  for (let i = 0; i < list0.length; i += stride) {
    const s = list0[i]!;
    if (!informative(s)) continue;
    const k = `${(s.value & ~LOW_FRAME).toString(16)}:${s.level ?? 0}:${s.context}`;
    if (!seen.has(k)) seen.set(k, s);
    if (seen.size >= max * 32) break;
  }
  const list = [...seen.values()];
  if (list.length <= max) return list;
  const step = list.length / max;
  return Array.from({ length: max }, (_, i) => list[Math.floor(i * step)]!);
}
