/**
 * "Auto" for a single value: which kernel era and host flavour a value reads as. The
 * store applies a decision when a value arrives (typed, pasted, a link); the selectors
 * derive the decision line from the value that decision was made for, so toggling bits
 * and editing fields never change the layout under the user's hands.
 */

import { inferOrigin, type Inference } from '../../core/infer';

// One inference per (value, level): it decodes the value under every era × flavour.
const cache = new Map<string, Inference>();
const CACHE_LIMIT = 64;

/** The engine's reading of one value at a level (memoised; never throws on a 64-bit value). */
export function inferValue(value: bigint, level: number): Inference {
  const key = `${level}:${value.toString(16)}`;
  const known = cache.get(key);
  if (known) return known;
  const r = inferOrigin([], [{ value, level, context: 'any' }]);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, r);
  return r;
}

/** Whether (era, host) explains the value strictly worse than the inference's best reading. */
export function fitsWorse(inf: Inference, era: string, host: string): boolean {
  const best = inf.scores.find((s) => s.era === inf.best.era && s.host === inf.best.host);
  const cur = inf.scores.find((s) => s.era === era && s.host === host);
  if (!best) return false;
  if (!cur) return true;
  return (
    cur.impossible > best.impossible || (cur.impossible === best.impossible && cur.penalty > best.penalty)
  );
}
