/**
 * The "Masks" disclosure: a host's mask variables (kernelMaskVariables) as name / value
 * text, under the names its kernel uses. Pure.
 */

import { hexShort, type KernelVariable } from '../../core';

export interface MaskRow {
  name: string;
  value: string;
}

function show(v: KernelVariable): string {
  if (typeof v === 'bigint') return hexShort(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v.length === 0) return 'none';
  // setup_warnings: strings; rsvd_bits_mask: [non-large, large] × levels 1–5.
  if (v.every((x) => typeof x === 'string')) return (v as string[]).join('; ');
  return (v as (bigint | null)[][])
    .map(
      (levels, i) =>
        `${i === 0 ? 'not large' : 'large'}: [${levels.map((m) => (m === null ? '–' : hexShort(m))).join(', ')}]`,
    )
    .join('  ');
}

export function buildMaskRows(vars: Readonly<Record<string, KernelVariable>>): MaskRow[] {
  return Object.entries(vars).map(([name, v]) => ({ name, value: show(v) }));
}
