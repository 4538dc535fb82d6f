/**
 * What a log's wording says about the kernel (eraHintsFromLine, one hint per clue), summed
 * up for the Log view: each clue as a version range, the range all clues agree on, and
 * the eras that range overlaps, to offer as "Use …" buttons. Pure.
 */

import { ERAS, type KernelEra } from '../../core';
import type { EraClue, EraHint as LineHint } from '../../core/log';

export interface LogClue {
  clue: EraClue;
  from: string | null;
  until: string | null;
  note: string;
  /** First line (1-based) with this wording. */
  line: number;
  /** "6.11 and later", "up to 5.12", "5.15 – 6.10" */
  range: string;
}

export interface LogEraSummary {
  clues: LogClue[];
  /** The versions every clue allows; null when they contradict each other. */
  agreed: { from: string | null; until: string | null } | null;
  /** "6.11 and later" (or "no single version": contradicting clues). */
  agreedText: string;
  /** Modelled eras overlapping the agreed range (empty: none, or the clues contradict). */
  eras: { era: KernelEra; label: string }[];
}

/** "5.12" → 5012; major.minor only. */
const num = (v: string): number => {
  const [a, b] = v.split('.').map(Number);
  return (a ?? 0) * 1000 + (b ?? 0);
};

export function rangeText(from: string | null, until: string | null): string {
  if (from === null && until === null) return 'any version';
  if (from === null) return `up to ${until}`;
  if (until === null) return `${from} and later`;
  return from === until ? from : `${from} – ${until}`;
}

/** Clues in first-seen order, at most one per clue kind. */
export function collectClues(hints: readonly { hint: LineHint; line: number }[]): LogClue[] {
  const seen = new Map<EraClue, LogClue>();
  for (const { hint, line } of hints)
    if (!seen.has(hint.clue))
      seen.set(hint.clue, {
        clue: hint.clue,
        from: hint.from,
        until: hint.until,
        note: hint.note,
        line,
        range: rangeText(hint.from, hint.until),
      });
  return [...seen.values()];
}

export function summariseClues(clues: readonly LogClue[]): LogEraSummary {
  let from: string | null = null;
  let until: string | null = null;
  for (const c of clues) {
    if (c.from !== null && (from === null || num(c.from) > num(from))) from = c.from;
    if (c.until !== null && (until === null || num(c.until) < num(until))) until = c.until;
  }
  const contradict = from !== null && until !== null && num(from) > num(until);
  const agreed = contradict ? null : { from, until };
  const eras = agreed
    ? ERAS.filter(
        (e) =>
          (agreed.until === null || num(e.covers.from) <= num(agreed.until)) &&
          (agreed.from === null || e.covers.until === null || num(e.covers.until) >= num(agreed.from)),
      ).map((e) => ({ era: e.id, label: e.label }))
    : [];
  return {
    clues: [...clues],
    agreed,
    agreedText: agreed ? rangeText(agreed.from, agreed.until) : 'no single version',
    eras: clues.some((c) => c.from !== null || c.until !== null) ? eras : [],
  };
}
