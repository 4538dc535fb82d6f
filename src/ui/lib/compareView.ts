/**
 * The "Compare kernels" view: one value decoded under two kernels (compareEras), as two
 * compact field lists and bit strips whose differing fields are marked, plus the
 * predicates that differ or exist in one kernel only. Pure.
 */

import {
  KIND_LABELS,
  kernelLabel,
  testBit,
  type EraComparison,
  type FieldCategory,
  type PredicateDifference,
} from '../../core';
import { bitRange } from './views';

export interface StripCell {
  bit: number;
  set: boolean;
  category: FieldCategory;
  /** Marked (outlined, with a text cue elsewhere): here, the bit's meaning differs. */
  marked: boolean;
  /** "Bit 58, MMU-writable" */
  label: string;
}

export interface CompareFieldRow {
  id: string;
  range: string;
  name: string;
  symbol: string;
  text: string;
  category: FieldCategory;
  /** Some bit of this field means something else under the other kernel. */
  differs: boolean;
}

export interface CompareSide {
  /** "kernel 6.1 (era mmu-writable, 5.19 – 6.9)" */
  kernel: string;
  kind: string;
  cells: StripCell[];
  rows: CompareFieldRow[];
}

export interface PredicateDiffRow {
  name: string;
  a: string;
  b: string;
  onlyIn: 'a' | 'b' | null;
}

export interface CompareView {
  sides: [CompareSide, CompareSide];
  /** Bits whose field differs, high to low. */
  differingBits: number[];
  /** "bits 63, 58, 57, 53–52, 45–12, 11, 10" */
  differingText: string;
  predicates: PredicateDiffRow[];
}

const ABSENT = 'absent in this kernel';

/** A vector-JSON verdict as one short line (per-level arrays read at `level`). */
export function verdictText(v: unknown, level: number): string {
  if (v === null || v === undefined) return ABSENT;
  if (Array.isArray(v)) return `${verdictText(v[level - 1], level)} (level ${level})`;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  const parts: string[] = [];
  if ('read' in o) parts.push(`read ${String(o.read)}, write ${String(o.write)}, exec ${String(o.exec)}`);
  if ('value' in o) parts.push(verdictText(o.value, level));
  if (o.bad_mt_xwr === true) parts.push('bad memory type / XWR');
  if (Array.isArray(o.warnings) && o.warnings.length > 0) parts.push(`warns: ${o.warnings.join(', ')}`);
  if (o.precondition === false) parts.push('(precondition does not hold)');
  return parts.join(' ');
}

export function buildCompareView(cmp: EraComparison): CompareView {
  const differing = new Set<number>();
  for (const f of cmp.fields) for (let b = f.lo; b <= f.hi; b++) differing.add(b);
  const side = (s: EraComparison['a']): CompareSide => {
    const d = s.decoded;
    const cells: StripCell[] = [];
    for (const f of d.fields)
      for (let b = f.def.hi; b >= f.def.lo; b--)
        cells.push({
          bit: b,
          set: testBit(d.value, b),
          category: f.def.category,
          marked: differing.has(b),
          label: `Bit ${b}, ${f.def.name}`,
        });
    const rows = d.fields.map((f) => {
      let differs = false;
      for (let b = f.def.lo; b <= f.def.hi && !differs; b++) differs = differing.has(b);
      return {
        id: f.def.id,
        range: bitRange(f.def.hi, f.def.lo),
        name: f.def.name,
        symbol: f.def.symbol,
        text: f.text,
        category: f.def.category,
        differs,
      };
    });
    return { kernel: kernelLabel(s.host), kind: KIND_LABELS[d.cls.kind], cells, rows };
  };
  const level = cmp.a.decoded.level;
  return {
    sides: [side(cmp.a), side(cmp.b)],
    differingBits: [...differing].sort((x, y) => y - x),
    differingText: cmp.fields.map((f) => bitRange(f.hi, f.lo)).join(', '),
    predicates: cmp.predicates.map((p: PredicateDifference) => ({
      name: p.key,
      a: verdictText(p.a, level),
      b: verdictText(p.b, level),
      onlyIn: p.onlyIn,
    })),
  };
}
