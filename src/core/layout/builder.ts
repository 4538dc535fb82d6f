/**
 * Builds a layout by letting an ordered list of claims take bits: each bit belongs to
 * the first claim whose mask holds it, contiguous bits of one claim form one field, and
 * whatever nobody claimed becomes an "unused" gap. Full 0–63 coverage holds by
 * construction. An overlap must be declared: a later claim that reaches into an earlier
 * claim's bits names that claim in `yieldsTo`, otherwise the build throws, so a bit
 * position typed wrong in one table cannot silently disappear under another field.
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
  /**
   * Ids of earlier claims this one knowingly shares bits with (they keep those bits),
   * e.g. a fixed bit range that a variable mask may cut into on some hosts.
   */
  yieldsTo?: readonly string[];
}

/** A claim reached into an earlier claim's bits without declaring it. */
export class LayoutOverlapError extends Error {
  constructor(
    readonly later: string,
    readonly earlier: string,
    readonly overlap: bigint,
  ) {
    super(
      `layout claim '${later}' overlaps '${earlier}' at mask 0x${overlap.toString(16)} without declaring it (yieldsTo)`,
    );
    this.name = 'LayoutOverlapError';
  }
}

function checkOverlaps(claims: readonly Claim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i]!;
    for (let j = 0; j < i; j++) {
      const p = claims[j]!;
      const overlap = c.mask & p.mask;
      if (overlap !== 0n && !(c.yieldsTo ?? []).includes(p.id))
        throw new LayoutOverlapError(c.id, p.id, overlap);
    }
  }
}

export interface GapText {
  name: string;
  meaning: string;
}

export function buildFields(claims: readonly Claim[], gap: GapText): FieldDef[] {
  checkOverlaps(claims);
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
