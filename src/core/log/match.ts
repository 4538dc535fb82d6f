/**
 * Matching one logical line (prefixes removed, wrapping undone) against the format table.
 * Anchors are literal substrings found in one scan, so the format regexes only run on
 * lines that name a format.
 */

import { ANCHORS, type LineFormat } from './formats';

export interface FormatMatch {
  format: LineFormat;
  /** Offset of the match in the searched text. */
  index: number;
  spte?: string;
  old?: string;
  new?: string;
  level?: string;
}

/**
 * One alternation of all anchors: irregexp skips ahead on the set of first characters,
 * which measured faster than an `indexOf` per anchor. This doubles as the extractor's
 * prefilter: a line without any anchor costs one failed scan.
 */
const ANCHOR_RE = new RegExp(
  ANCHORS.map((a) => a.anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
const BY_ANCHOR: ReadonlyMap<string, { bit: number; formats: readonly LineFormat[] }> = new Map(
  ANCHORS.map((a, i) => [a.anchor, { bit: 2 ** i, formats: a.formats }]),
);

/** Formats whose anchor occurs in `text` (grouped by anchor, in order of occurrence). */
export function candidatesIn(text: string): LineFormat[] {
  const out: LineFormat[] = [];
  let seen = 0;
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m !== null; m = ANCHOR_RE.exec(text)) {
    const hit = BY_ANCHOR.get(m[0]);
    // Anchors may overlap ("------ spte" and "spte = "): resume one character later.
    ANCHOR_RE.lastIndex = m.index + 1;
    if (!hit || seen % (hit.bit * 2) >= hit.bit) continue;
    seen += hit.bit;
    for (const f of hit.formats) out.push(f);
  }
  return out;
}

/** True when `text` names any known format (then it is a record of its own). */
export function hasAnchor(text: string): boolean {
  ANCHOR_RE.lastIndex = 0;
  return ANCHOR_RE.test(text);
}

/**
 * All matches of the candidate formats, in order of position. `lenient` accepts lines
 * that stop after their last SPTE/level field.
 */
export function matchFormats(
  text: string,
  candidates: readonly LineFormat[],
  lenient: boolean,
): FormatMatch[] {
  const out: FormatMatch[] = [];
  for (const format of candidates) {
    const re = lenient ? format.lenient : format.full;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const g = m.groups;
      const hit: FormatMatch = { format, index: m.index };
      if (g) {
        if (g['spte'] !== undefined) hit.spte = g['spte'];
        if (g['old'] !== undefined) hit.old = g['old'];
        if (g['new'] !== undefined) hit.new = g['new'];
        if (g['level'] !== undefined) hit.level = g['level'];
      }
      out.push(hit);
      // Every template starts with a literal, so a match is never empty; guard anyway.
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (out.length > 1) out.sort((a, b) => a.index - b.index);
  return out;
}

/** A printed hex number as an SPTE, or null when it needs more than 64 bits. */
export function hexValue(digits: string): bigint | null {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 0x30) i++;
  if (digits.length - i > 16) return null;
  return BigInt('0x' + digits.slice(i));
}

/** A printed decimal level; absurd widths (not a page-table level) become null. */
export function levelValue(digits: string | undefined): number | null {
  if (digits === undefined || digits.length > 3) return null;
  return Number(digits);
}
