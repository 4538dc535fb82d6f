/**
 * The candidate origins: every era of the era table × one preset per host flavour. Eras
 * come from ERAS, so an era added to the table joins automatically.
 */

import { ERAS, eraInfo } from '../eras/table';
import type { KernelEra } from '../eras/types';
import { findPreset } from '../presets';

/**
 * One preset per flavour a report can come from. Geometry variants (L1TF, 52-bit) are not
 * flavours of their own: they change reserved bits, not what a value means.
 */
export const FLAVOUR_PRESETS: readonly { id: string; label: string }[] = [
  { id: 'ept-ad', label: 'Intel EPT with A/D bits' },
  { id: 'ept-noad', label: 'Intel EPT without A/D bits' },
  { id: 'ept-l2-pml', label: 'Intel nested EPT (L2, PML)' },
  { id: 'npt', label: 'AMD NPT' },
  { id: 'npt-sme', label: 'AMD NPT with SME/SEV' },
  { id: 'shadow', label: 'shadow paging' },
  { id: 'tdx-td', label: 'Intel TDX' },
].filter((f) => findPreset(f.id) !== undefined);

export const FLAVOUR_IDS: readonly string[] = FLAVOUR_PRESETS.map((f) => f.id);

export function flavourLabel(id: string): string {
  return FLAVOUR_PRESETS.find((f) => f.id === id)?.label ?? findPreset(id)?.label ?? id;
}

/** Eras in table order (oldest first). */
export const eraOrder = (): readonly KernelEra[] => ERAS.map((e) => e.id);

/**
 * "5.13 – 6.9" for a run of adjacent eras (table order), "5.10 – 5.12, 6.10 – 6.12" otherwise.
 */
export function eraRangeLabel(eras: readonly KernelEra[]): string {
  const order = eraOrder();
  const sorted = [...eras].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const runs: KernelEra[][] = [];
  for (const e of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && order.indexOf(prev) + 1 === order.indexOf(e)) last.push(e);
    else runs.push([e]);
  }
  return runs
    .map((r) => {
      const first = eraInfo(r[0]!);
      const lastE = eraInfo(r[r.length - 1]!);
      if (r.length === 1) return first.label;
      const until = lastE.covers.until;
      return until === null ? `${first.covers.from} and later` : `${first.covers.from} – ${until}`;
    })
    .join(', ');
}

/** Eras whose releases overlap [from, until] (null = open end). */
export function erasBetween(
  from: string | null,
  until: string | null,
  releaseNumber: (v: string) => number,
): KernelEra[] {
  const lo = from === null ? -Infinity : releaseNumber(from);
  const hi = until === null ? Infinity : releaseNumber(until);
  return ERAS.filter((e) => {
    const a = releaseNumber(e.covers.from);
    const b = e.covers.until === null ? Infinity : releaseNumber(e.covers.until);
    return a <= hi && b >= lo;
  }).map((e) => e.id);
}
