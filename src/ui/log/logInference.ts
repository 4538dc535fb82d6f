/**
 * The kernel and host a pasted text reads as (the inference engine on its clues and its
 * SPTEs), shared by the Log tab's decision line and its wording hints so both judge the
 * same reading.
 */

import { inferOrigin, sampleOf, scanText, type Inference } from '../../core/infer';
import type { LogResults } from './logResults';

/**
 * Decisions by text: re-reading the same text for another kernel (after an override) must
 * not decide again, so the first decision for a text is kept.
 */
const decisions = new Map<string, Inference>();

/** The decision for a read text: its clues and its SPTEs (null until it has been read). */
export function inferLog(text: string, results: LogResults): Inference | null {
  if (results.status !== 'done' || text.trim() === '') return null;
  const known = decisions.get(text);
  if (known) return known;
  const r = inferOrigin(scanText(text.split('\n')), results.rows.map(sampleOf));
  if (decisions.size > 8) decisions.clear();
  decisions.set(text, r);
  return r;
}
