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

const HEX_PAD = '0000000000000000';

/**
 * The same encoding written straight to a JSON string, without building an intermediate
 * object: the CLI prints a million of these, and the generic route cost more than decoding.
 * Keys are emitted in insertion order; `undefined` members are skipped.
 */
export function vectorJsonString(x: unknown): string {
  switch (typeof x) {
    case 'bigint': {
      const h = x.toString(16);
      return '"0x' + (h.length < 16 ? HEX_PAD.slice(h.length) : '') + h + '"';
    }
    case 'boolean':
      return x ? 'true' : 'false';
    case 'number':
      return Number.isFinite(x) ? String(x) : 'null';
    case 'string':
      return JSON.stringify(x);
    case 'object': {
      if (x === null) return 'null';
      if (Array.isArray(x)) {
        let s = '[';
        for (let i = 0; i < x.length; i++) s += (i ? ',' : '') + vectorJsonString(x[i]);
        return s + ']';
      }
      let s = '{';
      let first = true;
      for (const k in x) {
        const v = (x as Record<string, unknown>)[k];
        if (v === undefined) continue;
        s += (first ? '"' : ',"') + k + '":' + vectorJsonString(v);
        first = false;
      }
      return s + '}';
    }
    default:
      return 'null';
  }
}
