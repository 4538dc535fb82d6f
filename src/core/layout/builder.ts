/**
 * Builds a layout by letting an ordered list of claims take bits: each bit belongs to
 * the first claim whose mask holds it, contiguous bits of one claim form one field, and
 * whatever nobody claimed becomes an "unused" gap. No overlap and full 0–63 coverage
 * therefore hold by construction (and the tests check them anyway).
 */

import type { FieldDef, FieldFormat, FieldCategory } from './types';

export interface Claim {
  mask: bigint;
  id: string;
  name: string;
  symbol: string;
  category: FieldCategory;
  meaning: string;
  format?: FieldFormat;
  editable?: boolean;
}

export interface GapText {
  name: string;
  meaning: string;
}

export function buildFields(claims: readonly Claim[], gap: GapText): FieldDef[] {
  const owner: (Claim | null)[] = new Array<Claim | null>(64).fill(null);
  for (const c of claims)
    for (let b = 0; b < 64; b++) if (owner[b] === null && (c.mask >> BigInt(b)) & 1n) owner[b] = c;
  const fields: FieldDef[] = [];
  let hi = 63;
  while (hi >= 0) {
    const c = owner[hi] ?? null;
    let lo = hi;
    while (lo > 0 && (owner[lo - 1] ?? null) === c) lo--;
    // Gaps are named by position; a claim split into runs (e.g. a PFN around a C-bit)
    // keeps its id on the highest run and adds the low bit to the others.
    const id =
      c === null
        ? `unused-${lo}`
        : fields.some((f) => f.symbol === c.symbol && f.name === c.name)
          ? `${c.id}-${lo}`
          : c.id;
    fields.push(
      c
        ? {
            id,
            name: c.name,
            lo,
            hi,
            symbol: c.symbol,
            category: c.category,
            meaning: c.meaning,
            format: c.format ?? (hi === lo ? 'flag' : 'hex'),
            editable: (c.editable ?? false) && hi > lo,
          }
        : {
            id,
            name: gap.name,
            lo,
            hi,
            symbol: '',
            category: 'unused',
            meaning: gap.meaning,
            format: hi === lo ? 'flag' : 'hex',
            editable: false,
          },
    );
    hi = lo - 1;
  }
  return fields;
}
