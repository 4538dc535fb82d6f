/**
 * View models built from one decode: plain data the components render as-is, so no
 * component does bit arithmetic. The selectors memoise each builder per decode.
 */

import {
  AD_TYPES,
  CATEGORY_LABELS,
  EPT_MEMORY_TYPES,
  KIND_LABELS,
  WRITABLE_STATES,
  bitsOf,
  hex16,
  hexShort,
  testBit,
  type Decoded,
  type FieldCategory,
  type Finding,
  type Severity,
} from '../../core';
import { editorFor, type EditorKind } from './fieldEdits';
import { buildLanes, nibbleDigits, type LaneSpan } from './lanes';

/** "58" for one bit, "45–12" for a range (high to low, as the grid reads). */
export const bitRange = (hi: number, lo: number): string => (hi === lo ? `${lo}` : `${hi}–${lo}`);

export interface GridCell {
  bit: number;
  set: boolean;
  fieldId: string;
  fieldName: string;
  category: FieldCategory;
  /** Accessible name: "Bit 58, MMU-writable". */
  label: string;
}

/** Eight bytes, most significant first; each holds its cells from high bit to low. */
export interface GridByte {
  index: number;
  /** "Byte 7, bits 63 to 56". */
  label: string;
  cells: readonly GridCell[];
  /** The fields over this byte's cells, named (see lanes.ts). */
  lanes: readonly LaneSpan[];
  /** The hex digit of the high and the low nibble. */
  digits: readonly [string, string];
}

export function buildGrid(d: Decoded): GridByte[] {
  const cells: GridCell[] = [];
  for (const f of d.fields)
    for (let b = f.def.hi; b >= f.def.lo; b--)
      cells.push({
        bit: b,
        set: testBit(d.value, b),
        fieldId: f.def.id,
        fieldName: f.def.name,
        category: f.def.category,
        label: `Bit ${b}, ${f.def.name}`,
      });
  // layout.fields is sorted from bit 63 down, so cells are already in grid order.
  const lanes = buildLanes(cells.map((c) => ({ bit: c.bit, name: c.fieldName, category: c.category })));
  const digits = nibbleDigits(hex16(d.value));
  const bytes: GridByte[] = [];
  for (let i = 0; i < 8; i++) {
    const byte = cells.slice(i * 8, i * 8 + 8);
    bytes.push({
      index: 7 - i,
      label: `Byte ${7 - i}, bits ${byte[0]!.bit} to ${byte[7]!.bit}`,
      cells: byte,
      lanes: lanes[i]!,
      digits: [digits[i * 2]!, digits[i * 2 + 1]!],
    });
  }
  return bytes;
}

export interface EnumOption {
  value: string;
  label: string;
}

const memtypeOptions: EnumOption[] = Object.entries(EPT_MEMORY_TYPES).map(([k, v]) => ({
  value: k,
  label: `${k} = ${v}`,
}));
const adTypeOptions: EnumOption[] = Object.entries(AD_TYPES).map(([k, v]) => ({
  value: k,
  label: `${Number(k).toString(2).padStart(2, '0')} = ${v}`,
}));

export interface FieldRow {
  id: string;
  name: string;
  range: string;
  width: number;
  category: FieldCategory;
  categoryLabel: string;
  /** The raw bits: 0/1 for a flag, hex for wider fields. */
  raw: string;
  /** The core's reading of the raw value. */
  text: string;
  symbol: string;
  meaning: string;
  editor: EditorKind | null;
  /** The editor's current input: hex, decimal encoding, or the whole MMIO generation. */
  editValue: string;
  options: readonly EnumOption[];
  /** The MMIO generation spans two fields; only the first row carries its editor. */
  editorElsewhere: string | null;
}

export function buildFieldRows(d: Decoded): FieldRow[] {
  let genEditorAt: string | null = null;
  return d.fields.map((f) => {
    const { def } = f;
    let editor = editorFor(def);
    let editorElsewhere: string | null = null;
    if (editor === 'generation') {
      if (genEditorAt === null) genEditorAt = def.name;
      else {
        editorElsewhere = genEditorAt;
        editor = null;
      }
    }
    const generation = d.verdicts.get_mmio_spte_generation.value;
    return {
      id: def.id,
      name: def.name,
      range: bitRange(def.hi, def.lo),
      width: def.hi - def.lo + 1,
      category: def.category,
      categoryLabel: CATEGORY_LABELS[def.category],
      raw: def.hi === def.lo ? f.raw.toString() : hexShort(f.raw),
      text: f.text,
      symbol: def.symbol,
      meaning: def.meaning,
      editor,
      editValue:
        editor === 'generation'
          ? String(generation)
          : editor === 'gfn'
            ? hexShort(d.verdicts.get_mmio_spte_gfn.value)
            : editor === 'memtype' || editor === 'ad-type'
              ? f.raw.toString()
              : hexShort(f.raw),
      options: editor === 'memtype' ? memtypeOptions : editor === 'ad-type' ? adTypeOptions : [],
      editorElsewhere,
    };
  });
}

export interface KindView {
  label: string;
  /** "MMIO SPTE, also MMU-present" style sentence naming every classification that holds. */
  summary: string;
  flags: readonly { name: string; value: boolean }[];
}

export function buildKind(d: Decoded): KindView {
  const c = d.cls;
  const label = KIND_LABELS[c.kind];
  const also: string[] = [];
  if (c.mmio && c.present) also.push('also MMU-present (bit 11 set): both MMIO and present');
  if (c.nonpresentValue) also.push('exactly SHADOW_NONPRESENT_VALUE');
  // Kernels before 6.11 call the placeholder REMOVED_SPTE (is_removed_spte).
  const removed = 'is_removed_spte' in d.verdicts;
  if (c.frozen && removed) also.push('REMOVED_SPTE, as this kernel names it');
  return {
    label,
    summary: also.length ? `${label}, ${also.join('; ')}` : label,
    flags: [
      { name: 'MMU-present', value: c.present },
      { name: 'MMIO', value: c.mmio },
      { name: removed ? 'removed' : 'frozen', value: c.frozen },
      { name: `last level at level ${d.level}`, value: c.leaf },
      { name: 'access-tracked', value: c.accessTracked },
    ],
  };
}

export interface FindingView {
  id: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  kernel: string;
  explanation: string;
  bits: readonly number[];
  /** "bits 57, 58" or "no specific bits". */
  bitsLabel: string;
}

const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function buildFindings(findings: readonly Finding[]): FindingView[] {
  return findings.map((f) => {
    const bits = bitsOf(f.bits).reverse();
    return {
      id: f.id,
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      title: f.title,
      kernel: f.kernel,
      explanation: f.explanation,
      bits,
      bitsLabel:
        bits.length === 0 ? 'no specific bits' : `${bits.length === 1 ? 'bit' : 'bits'} ${bits.join(', ')}`,
    };
  });
}

export interface WritableView {
  applies: boolean;
  h: boolean;
  m: boolean;
  w: boolean;
  /** Index of this value's row in WRITABLE_STATES, when it is a legal one. */
  row: number | null;
  /** The broken invariant, in words, when the combination is illegal. */
  violation: string | null;
  rows: typeof WRITABLE_STATES;
}

const VIOLATIONS: Record<string, string> = {
  'mmu-writable-not-host-writable': 'MMU-writable without Host-writable (SPTE-W001)',
  'writable-not-mmu-writable': 'Writable without MMU-writable (SPTE-W002)',
};

export function buildWritable(d: Decoded): WritableView {
  const w = d.writable;
  return {
    applies: w.applies,
    h: w.h,
    m: w.m,
    w: w.w,
    row: w.row,
    violation: w.verdict === 'ok' ? null : (VIOLATIONS[w.verdict] ?? w.verdict),
    rows: WRITABLE_STATES,
  };
}

/** Categories in this layout, in the order they first appear from bit 63 down. */
export function buildLegend(d: Decoded): { category: FieldCategory; label: string }[] {
  const seen = new Set<FieldCategory>();
  for (const f of d.fields) seen.add(f.def.category);
  return [...seen].map((category) => ({ category, label: CATEGORY_LABELS[category] }));
}

/** The bits a highlight covers, as a set the grid can look cells up in. */
export function highlightBits(d: Decoded, h: { kind: 'field' | 'finding'; id: string } | null): Set<number> {
  if (h === null) return new Set();
  if (h.kind === 'field') {
    const f = d.fields.find((x) => x.def.id === h.id);
    if (!f) return new Set();
    const out = new Set<number>();
    for (let b = f.def.lo; b <= f.def.hi; b++) out.add(b);
    return out;
  }
  const finding = d.findings.find((x) => x.id === h.id);
  return new Set(finding ? bitsOf(finding.bits) : []);
}
