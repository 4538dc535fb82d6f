/** The readable terminal view: a coloured bit ruler, fields, predicates, findings. */

import {
  KIND_LABELS,
  changedBits,
  changedBitsText,
  classifyTransition,
  flushRows,
  hex16,
  hostLabel,
  kernelLabel,
  testBit,
  type Decoded,
  type Host,
} from '../core';
import type { Paint } from './ansi';

type Guard = { precondition: boolean; value: unknown };
const isGuard = (x: unknown): x is Guard =>
  typeof x === 'object' && x !== null && 'precondition' in x && 'value' in x;
const show = (x: unknown): string =>
  typeof x === 'bigint'
    ? '0x' + x.toString(16)
    : typeof x === 'boolean'
      ? x
        ? 'true '
        : 'false'
      : String(x);

/** One line per predicate the host's kernel has, in its order, under its names. */
function predicateLines(d: Decoded, paint: Paint): string[] {
  const out: string[] = [];
  const pre = (ok: boolean) => (ok ? '' : paint('dim', '  (precondition does not hold)'));
  const line = (name: string, text: string, ok = true) => out.push(`  ${name.padEnd(38)} ${text}${pre(ok)}`);
  const v = d.verdicts;
  const at = d.level - 1;
  for (const [key, val] of Object.entries(v) as [string, unknown][]) {
    if (key.startsWith('get_mmio_spte_')) continue;
    if (key === 'is_last_spte' || key === 'writable_invariant')
      line(`${key}(level ${d.level})`, show((val as unknown[])[at]));
    else if (key === 'is_rsvd_spte') {
      const r = v.is_rsvd_spte;
      line(`is_rsvd_spte(level ${d.level})`, show(r.value[at] ?? 'n/a'), r.precondition);
    } else if (key === 'is_access_allowed') {
      const a = v.is_access_allowed;
      line('is_access_allowed read/write/exec', `${a.read} / ${a.write} / ${a.exec}`, a.precondition);
    } else if (key === 'mark_spte_for_access_track') {
      const m = v.mark_spte_for_access_track;
      const warn = m.warnings.length ? paint('warning', `  WARN ${m.warnings.join(', ')}`) : '';
      line(key, show(m.value) + warn, m.precondition);
    } else if (isGuard(val)) line(key, show(val.value), val.precondition);
    else line(key, show(val));
  }
  if (v.is_mmio_spte)
    line(
      'mmio gfn / gen / access',
      `0x${v.get_mmio_spte_gfn.value.toString(16)} / ${v.get_mmio_spte_generation.value} / ${v.get_mmio_spte_access.value}`,
    );
  return out;
}

function ruler(d: Decoded, paint: Paint): string[] {
  const owner = new Array<Decoded['fields'][number]>(64);
  for (const f of d.fields) for (let b = f.def.lo; b <= f.def.hi; b++) owner[b] = f;
  let bits = '';
  for (let b = 63; b >= 0; b--) {
    const sep = b !== 63 && b % 4 === 3 ? ' ' : '';
    bits += sep + paint(owner[b]!.def.category, testBit(d.value, b) ? '1' : '0');
  }
  // Each nibble is labelled with its highest bit number, 0-based (LSB = bit 0).
  const labels = [];
  for (let b = 63; b >= 0; b -= 4) labels.push(String(b).padEnd(5));
  return ['  ' + labels.join('').trimEnd(), '  ' + bits];
}

export function renderDecodeText(host: Host, d: Decoded, paint: Paint): string {
  const out: string[] = [];
  out.push(paint('bold', hex16(d.value)) + `  level ${d.level}  ${paint('dim', hostLabel(host))}`);
  out.push(kernelLabel(host));
  if (host.kernel.note !== null) out.push(paint('dim', `note: ${host.kernel.note}`));
  for (const w of host.masks.setup_warnings) out.push(paint('warning', `setup: ${w}`));
  const also = d.cls.mmio && d.cls.present ? ' (also MMU-present)' : '';
  out.push(`kind: ${paint('bold', KIND_LABELS[d.cls.kind])}${also}`);
  out.push(...ruler(d, paint));
  out.push('fields:');
  for (const f of d.fields) {
    const range = f.def.hi === f.def.lo ? `${f.def.lo}` : `${f.def.hi}-${f.def.lo}`;
    const line = `  ${range.padEnd(6)} ${f.def.name.padEnd(24)} ${f.text.padEnd(34)} ${paint('dim', f.def.symbol)}`;
    out.push(
      f.def.category === 'unused' && f.raw === 0n
        ? paint('dim', line)
        : line.replace(f.def.name, paint(f.def.category, f.def.name)),
    );
  }
  out.push('predicates:');
  out.push(...predicateLines(d, paint));
  out.push('findings:');
  if (d.findings.length === 0) out.push('  none');
  for (const f of d.findings)
    out.push(`  ${paint(f.severity, `[${f.severity}]`)} ${f.id} ${f.title}: ${f.explanation}`);
  return out.join('\n') + '\n';
}

/** An old → new change: the named transition, the changed bits, each flush decision and why. */
export function renderPairText(host: Host, oldV: bigint, newV: bigint, level: number, paint: Paint): string {
  const t = classifyTransition(host, oldV, newV, level);
  const lines = [
    `${paint('bold', hex16(oldV))} -> ${paint('bold', hex16(newV))}  level ${level}`,
    `  ${paint('bold', t.name)}`,
  ];
  if (t.detail !== null) lines.push(`  ${paint('dim', t.detail)}`);
  lines.push(`  ${changedBitsText(changedBits(oldV, newV))}`);
  for (const r of flushRows(host, oldV, newV, level))
    lines.push(`  ${r.name.padEnd(32)} ${String(r.value).padEnd(5)} ${paint('dim', r.reason)}`);
  return lines.join('\n') + '\n';
}
