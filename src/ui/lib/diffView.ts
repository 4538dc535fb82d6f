/**
 * The Diff view of two SPTEs (old → new, or two rows picked to compare): both values'
 * bits aligned with the changed ones marked, the changed bits and fields in words, the
 * named transition, and the kernel's flush decisions. Pure.
 */

import {
  KIND_LABELS,
  changedBits,
  changedBitsText,
  classifyTransition,
  decode,
  flushRows,
  hex16,
  testBit,
  type FlushRow,
  type Host,
  type Transition,
} from '../../core';
import type { StripCell } from './compareView';

export interface DiffSide {
  hex: string;
  kind: string;
  cells: StripCell[];
}

export interface DiffView {
  old: DiffSide;
  new: DiffSide;
  level: number;
  bits: number[];
  /** "changed bits: 58, 1" */
  bitsText: string;
  /** Names of the fields the changed bits belong to (under the new value's layout), high to low. */
  fields: string[];
  transition: Transition;
  flush: FlushRow[];
}

export function buildDiffView(host: Host, oldSpte: bigint, newSpte: bigint, level: number): DiffView {
  const bits = changedBits(oldSpte, newSpte);
  const changed = new Set(bits);
  const side = (value: bigint): DiffSide => {
    const d = decode(host, value, level);
    const cells: StripCell[] = [];
    for (const f of d.fields)
      for (let b = f.def.hi; b >= f.def.lo; b--)
        cells.push({
          bit: b,
          set: testBit(value, b),
          category: f.def.category,
          marked: changed.has(b),
          label: `Bit ${b}, ${f.def.name}`,
        });
    return { hex: hex16(value), kind: KIND_LABELS[d.cls.kind], cells };
  };
  const n = side(newSpte);
  const fields: string[] = [];
  for (const b of bits) {
    const name = n.cells.find((c) => c.bit === b)?.label.replace(/^Bit \d+, /, '');
    if (name && !fields.includes(name)) fields.push(name);
  }
  return {
    old: side(oldSpte),
    new: n,
    level,
    bits,
    bitsText: changedBitsText(bits),
    fields,
    transition: classifyTransition(host, oldSpte, newSpte, level),
    flush: flushRows(host, oldSpte, newSpte, level),
  };
}
