/**
 * The golden vectors' JSON encoding: 64-bit values as "0x%016llx" strings, everything
 * else as-is. Used by the CLI's --json output and by the vector tests.
 */

import { hex16 } from './bits';
import type { PairVerdicts, Verdicts } from './verdicts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Recursively turn bigints into hex16 strings. */
export function toVectorJson(x: unknown): Json {
  if (typeof x === 'bigint') return hex16(x);
  if (Array.isArray(x)) return x.map(toVectorJson);
  if (x !== null && typeof x === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(x)) if (v !== undefined) out[k] = toVectorJson(v);
    return out;
  }
  return x as Json;
}

export const verdictsJson = (v: Verdicts): Json => toVectorJson(v);
export const pairJson = (v: PairVerdicts): Json => toVectorJson(v);
