/**
 * In-place field edits: turn what someone typed into a field editor into a new value,
 * or into a message to show next to the editor. Pure; all bit work is done by the
 * core's setField / setMmioGeneration / setMmioGfn.
 */

import {
  MASK64,
  parseSpte,
  predicates,
  setField,
  setMmioGeneration,
  setMmioGfn,
  type Decoded,
  type FieldDef,
  type Host,
} from '../../core';

/** Which editor a field gets in the field list (null: not editable in place). */
export type EditorKind = 'memtype' | 'ad-type' | 'generation' | 'gfn' | 'hex';

export function editorFor(def: FieldDef): EditorKind | null {
  if (!def.editable) return null;
  switch (def.format) {
    case 'memtype':
      return 'memtype';
    case 'ad-type':
      return 'ad-type';
    case 'gen-part':
      return 'generation';
    case 'gfn-part':
      return 'gfn';
    default:
      return 'hex';
  }
}

export type EditOutcome = { ok: true; value: bigint } | { ok: false; message: string };

function parseHex(input: string, what: string): { ok: true; n: bigint } | { ok: false; message: string } {
  if (input.trim() === '') return { ok: false, message: `Enter the ${what} in hex, e.g. 0x1f.` };
  const r = parseSpte(input);
  return r.ok ? { ok: true, n: r.value } : { ok: false, message: r.error.message };
}

/** The generation's width comes from the host's kernel: 18 bits ≤5.12 and from 7.2, else 19. */
function parseGeneration(
  host: Host,
  input: string,
): { ok: true; n: number } | { ok: false; message: string } {
  const t = input.trim();
  const mask = host.kernel.gen.mask;
  const GEN_MAX = Number(mask);
  const range = `The MMIO generation is ${mask.toString(2).length} bits: enter 0 to ${GEN_MAX}.`;
  if (/^0[xX]/.test(t)) {
    const r = parseHex(t, 'generation');
    if (!r.ok) return r;
    return r.n <= mask ? { ok: true, n: Number(r.n) } : { ok: false, message: range };
  }
  if (!/^\d+$/.test(t)) return { ok: false, message: `Enter a whole number. ${range}` };
  const n = Number(t);
  return n <= GEN_MAX ? { ok: true, n } : { ok: false, message: range };
}

/** The largest GFN this host's MMIO SPTEs can hold (what get_mmio_spte_gfn can return). */
export function maxMmioGfn(host: Host): bigint {
  return predicates.get_mmio_spte_gfn(host, setMmioGfn(host, 0n, MASK64 >> 12n));
}

/** Apply `input` to field `fieldId` of the decoded value. */
export function applyFieldEdit(host: Host, decoded: Decoded, fieldId: string, input: string): EditOutcome {
  const field = decoded.fields.find((f) => f.def.id === fieldId);
  if (!field) return { ok: false, message: `This SPTE kind has no field "${fieldId}".` };
  const kind = editorFor(field.def);
  if (kind === null) return { ok: false, message: `${field.def.name} is not editable in place.` };
  const value = decoded.value;
  if (kind === 'generation') {
    const g = parseGeneration(host, input);
    return g.ok ? { ok: true, value: setMmioGeneration(value, g.n, host) } : g;
  }
  if (kind === 'gfn') {
    const g = parseHex(input, 'GFN');
    if (!g.ok) return g;
    const next = setMmioGfn(host, value, g.n);
    if (predicates.get_mmio_spte_gfn(host, next) !== g.n)
      return {
        ok: false,
        message: `GFN 0x${g.n.toString(16)} does not fit: this host's MMIO SPTEs hold GFNs up to 0x${maxMmioGfn(host).toString(16)}.`,
      };
    return { ok: true, value: next };
  }
  // memtype and A/D type selects send the encoding as a decimal number; hex fields send hex.
  const raw =
    kind === 'hex'
      ? parseHex(input, field.def.name)
      : /^\d+$/.test(input)
        ? { ok: true as const, n: BigInt(input) }
        : { ok: false as const, message: `Not an encoding of ${field.def.name}: ${input}` };
  if (!raw.ok) return raw;
  const r = setField(value, field.def, raw.n);
  return r.ok ? { ok: true, value: r.value } : r;
}
