/** Value edits the front ends offer (toggle a bit, write a field, set MMIO gen/gfn). */

import { MASK64, genmask, not64, withField } from './bits';
import { SHADOW_NONPRESENT_OR_RSVD_MASK_LEN } from './constants';
import { MAINLINE_SPEC } from './eras/table';
import type { Host } from './host';
import type { FieldDef } from './layout/types';

export { toggleBit } from './bits';

/** Largest raw value a field can hold. */
export const fieldMax = (def: FieldDef): bigint => genmask(def.hi - def.lo, 0);

/** Write a field's raw value; out-of-range values are an error for the caller to show. */
export function setField(
  value: bigint,
  def: FieldDef,
  raw: bigint,
): { ok: true; value: bigint } | { ok: false; message: string } {
  if (raw < 0n || raw > fieldMax(def))
    return {
      ok: false,
      message: `${def.name} is ${def.hi - def.lo + 1} bits wide: enter 0 to 0x${fieldMax(def).toString(16)}.`,
    };
  return { ok: true, value: withField(value, def.lo, def.hi, raw) };
}

/**
 * The inverse of get_mmio_spte_generation (as make_mmio_spte lays it out). With `host`, the
 * layout of that host's kernel (18 bits in 3–11/54–62 before 5.13, 18 bits in 3–9/52–62 from
 * 7.2, 19 bits in between); mainline without it.
 */
export function setMmioGeneration(value: bigint, gen: number, host?: Host): bigint {
  const k = (host?.kernel ?? MAINLINE_SPEC).gen;
  const g = BigInt(gen) & k.mask;
  const bits = ((g << k.lowShift) & k.lowMask) | ((g << k.highShift) & k.highMask);
  return ((value & not64(k.lowMask | k.highMask)) | bits) & MASK64;
}

/** The inverse of get_mmio_spte_gfn: GPA bits, guard set, guarded bits relocated (spec §7). */
export function setMmioGfn(h: Host, value: bigint, gfn: bigint): bigint {
  const m = h.masks;
  const guard = m.shadow_nonpresent_or_rsvd_mask;
  const shift = BigInt(SHADOW_NONPRESENT_OR_RSVD_MASK_LEN);
  const gpaMask = m.shadow_nonpresent_or_rsvd_lower_gfn_mask | guard;
  const gpa = (gfn << 12n) & gpaMask;
  const cleared = value & not64(m.shadow_nonpresent_or_rsvd_lower_gfn_mask | (guard << shift));
  return (
    (cleared | (gpa & m.shadow_nonpresent_or_rsvd_lower_gfn_mask) | guard | ((gpa & guard) << shift)) & MASK64
  );
}
