/**
 * Field lanes: the name of each field drawn over its run of cells in a byte, so the grid
 * reads like a register diagram (WaveDrom bitfield, rvcodec.js) instead of a wall of
 * colour. Pure: the grid and the comparison strips render these spans as they are.
 */

import type { FieldCategory } from '../../core';

/**
 * Short names for lanes too narrow for the full one. Keyed by the field's display name
 * (the core's field tables), so a renamed field falls back to its own name, never to a
 * wrong label. The full name is always on hover and in the cell's accessible name.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'Suppress #VE': 'SVE',
  'Non-present value': 'NPV',
  'MMU-writable': 'MW',
  'Host-writable': 'HW',
  'Saved X': 'sX',
  'Saved R': 'sR',
  'A/D type': 'AD',
  'Special type': 'Type',
  'Reserved PA bits': 'Rsvd',
  'Child table address': 'Table',
  'MMU-present': 'MP',
  Accessed: 'A',
  Dirty: 'D',
  'Page size': 'PS',
  'PS / PAT': 'PS',
  'PS (must be 0)': 'PS',
  'Memory type': 'MT',
  'Reserved (non-leaf)': 'Rsvd',
  'Reserved at L4/L5': 'Rsvd',
  'MMIO mask': 'MMIO',
  'MMIO type (11)': 'MMIO',
  'MMIO value': 'MMIO',
  'Generation [18:8]': 'Gen',
  'Generation [17:9]': 'Gen',
  'Generation [7:0]': 'Gen',
  'Generation [8:0]': 'Gen',
  'GFN (relocated bits)': 'GFN',
  'Frozen marker': 'Frozen',
  'Removed marker': 'Removed',
  'L1TF guard': 'L1TF',
  'KeyID (MKTME/TDX)': 'KeyID',
  'C-bit (SME)': 'C',
  'Cached access': 'Acc',
  Global: 'G',
  IPAT: 'IP',
  Unused: '',
};

/** The lane label for `name`: short where one is defined, else the name itself. */
export const shortFieldName = (name: string): string => SHORT_NAMES[name] ?? name;

/**
 * Characters a lane of `bits` cells can hold at the grid's label size. Cells are at least
 * ~20 px wide and a label character ~6 px, so three per cell always fits; wider spans
 * show the full name.
 */
const fits = (text: string, bits: number): boolean => text.length <= bits * 3;

/** One labelled run of cells of one field inside one byte. */
export interface LaneSpan {
  /** Full field name (hover title and screen-reader text). */
  name: string;
  /** What the lane shows: the full name if it fits, else the short one ("" for unused). */
  text: string;
  category: FieldCategory;
  /** Position in the byte, 0 = its highest bit; and how many cells the span covers. */
  start: number;
  width: number;
  /** Highest and lowest bit of the span. */
  hi: number;
  lo: number;
  /**
   * The field goes on from the byte before: its label is repeated only where a grid row
   * starts (see `rowStarts`), so a wrapped field is named on every row it appears on.
   */
  continued: boolean;
  /** Position of this byte in the grid, 0 = bits 63–56 (for the row-start rule). */
  bytePos: number;
}

/** What the lane builder needs of a cell. */
export interface LaneCell {
  bit: number;
  name: string;
  category: FieldCategory;
}

/** Split 64 cells (bit 63 first) into lanes per byte: eight lists, one per byte. */
export function buildLanes(cells: readonly LaneCell[]): LaneSpan[][] {
  const out: LaneSpan[][] = [];
  for (let pos = 0; pos < 8; pos++) {
    const byte = cells.slice(pos * 8, pos * 8 + 8);
    const spans: LaneSpan[] = [];
    byte.forEach((c, i) => {
      const last = spans[spans.length - 1];
      if (last && last.name === c.name && last.category === c.category) {
        last.width++;
        last.lo = c.bit;
        return;
      }
      const before = pos * 8 + i - 1;
      const prev = before >= 0 ? cells[before] : undefined;
      spans.push({
        name: c.name,
        text: '',
        category: c.category,
        start: i,
        width: 1,
        hi: c.bit,
        lo: c.bit,
        continued: i === 0 && prev !== undefined && prev.name === c.name && prev.category === c.category,
        bytePos: pos,
      });
    });
    for (const s of spans) {
      const short = shortFieldName(s.name);
      s.text = fits(s.name, s.width) && short !== '' ? s.name : short;
    }
    out.push(spans);
  }
  return out;
}

/** Lower-case hex digit of each nibble, bit 63 first: "8600000123456b77" as 16 characters. */
export function nibbleDigits(hex16: string): string[] {
  return [...hex16.replace(/^0x/i, '').padStart(16, '0').toLowerCase()];
}

/** Lanes for cells that carry only an accessible name ("Bit 58, MMU-writable"): the strips. */
export function lanesFromLabels(
  cells: readonly { bit: number; label: string; category: FieldCategory }[],
): LaneSpan[][] {
  return buildLanes(
    cells.map((c) => ({ bit: c.bit, category: c.category, name: c.label.replace(/^Bit \d+, /, '') })),
  );
}
