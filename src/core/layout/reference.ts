/**
 * The field reference: every kind's field rows for one host, as plain rows. Generated from
 * the same claims the decoder uses, so `spte fields`, the docs page and the grid can never
 * disagree about what bit N means on kernel K.
 */

import type { Host } from '../host';
import { kernelLabel, hostLabel } from '../format';
import { ALL_KINDS, layoutFor } from './tables';
import { KIND_LABELS, type SpteKind } from './types';

export interface FieldReferenceRow {
  kind: SpteKind;
  /** "63", "51–46" */
  bits: string;
  lo: number;
  hi: number;
  name: string;
  symbol: string;
  meaning: string;
}

export interface FieldReference {
  /** "kernel 5.15 (era mmu-present-lockless, 5.13 – 5.17)" */
  kernel: string;
  host: string;
  kinds: { kind: SpteKind; label: string; rows: FieldReferenceRow[] }[];
}

export function fieldReference(h: Host): FieldReference {
  return {
    kernel: kernelLabel(h),
    host: hostLabel(h),
    kinds: ALL_KINDS.map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      rows: layoutFor(h, kind).fields.map((f) => ({
        kind,
        bits: f.hi === f.lo ? `${f.lo}` : `${f.hi}–${f.lo}`,
        lo: f.lo,
        hi: f.hi,
        name: f.name,
        symbol: f.symbol,
        meaning: f.meaning,
      })),
    })),
  };
}

/** The reference as aligned text, one table per kind (what `spte fields` prints). */
export function fieldReferenceText(ref: FieldReference): string {
  const out: string[] = [`${ref.host}; ${ref.kernel}`];
  for (const k of ref.kinds) {
    out.push('', `${k.label}:`);
    const w = Math.max(...k.rows.map((r) => r.name.length));
    const s = Math.max(...k.rows.map((r) => r.symbol.length));
    for (const r of k.rows)
      out.push(`  ${r.bits.padStart(5)}  ${r.name.padEnd(w)}  ${r.symbol.padEnd(s)}  ${r.meaning}`);
  }
  return out.join('\n') + '\n';
}
