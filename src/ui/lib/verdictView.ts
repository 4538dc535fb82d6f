/**
 * The verdict strip under the grid: what a toggle just did to the value, in one glance —
 * the kind, the Host-writable/MMU-writable/W state, the worst findings — and the sentence
 * a screen reader hears when it changes. Pure.
 */

import { KIND_LABELS, WRITABLE_STATES, bitsOf, type Decoded, type Severity } from '../../core';

export interface VerdictFinding {
  id: string;
  severity: Severity;
  title: string;
}

export interface VerdictView {
  kind: string;
  /** "H 1 · M 1 · W 1" */
  hmw: string;
  /** The legal state's name, "illegal", or null when the invariant does not apply. */
  state: string | null;
  illegal: boolean;
  /** Errors, then warnings; at most three. */
  worst: readonly VerdictFinding[];
  /** How many more problems there are than `worst` shows. */
  more: number;
  /** No errors or warnings. */
  ok: boolean;
  /** One sentence for the polite live region. */
  announcement: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const b = (x: boolean) => (x ? '1' : '0');
const SHOWN = 3;

export function buildVerdict(d: Decoded): VerdictView {
  const w = d.writable;
  const problems = d.findings
    .filter((f) => f.severity !== 'info')
    .sort((x, y) => RANK[x.severity] - RANK[y.severity]);
  const worst = problems.slice(0, SHOWN).map((f) => ({ id: f.id, severity: f.severity, title: f.title }));
  const kind = KIND_LABELS[d.cls.kind];
  const illegal = w.applies && w.row === null;
  const state = !w.applies ? null : illegal ? 'illegal' : WRITABLE_STATES[w.row!]!.name;
  const hmw = `H ${b(w.h)} · M ${b(w.m)} · W ${b(w.w)}`;
  const said = problems.length
    ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: ${problems
        .slice(0, SHOWN)
        .map((f) => `${f.id} ${f.title}`)
        .join('; ')}.`
    : 'No problems.';
  return {
    kind,
    hmw,
    state,
    illegal,
    worst,
    more: problems.length - worst.length,
    ok: problems.length === 0,
    announcement: `${kind}${state ? `, ${state === 'illegal' ? 'illegal writable state' : state}` : ''}. ${said}`,
  };
}

/** Bits named by an error or warning, with the worst severity naming each: ringed in the grid. */
export function findingMarks(d: Decoded): ReadonlyMap<number, Severity> {
  const out = new Map<number, Severity>();
  for (const f of d.findings) {
    if (f.severity === 'info') continue;
    for (const bit of bitsOf(f.bits)) {
      const cur = out.get(bit);
      if (cur === undefined || RANK[f.severity] < RANK[cur]) out.set(bit, f.severity);
    }
  }
  return out;
}
