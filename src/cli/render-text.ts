/** The readable terminal view: a coloured bit ruler, fields, predicates, findings. */

import { KIND_LABELS, hex16, hostLabel, testBit, type Decoded, type Host, type PairVerdicts } from '../core';
import type { Paint } from './ansi';

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
  const v = d.verdicts;
  const flag = (name: string, val: boolean, pre?: boolean) =>
    `  ${name.padEnd(30)} ${val ? 'true ' : 'false'}${pre === false ? paint('dim', '  (precondition does not hold)') : ''}`;
  out.push(flag('is_shadow_present_pte', v.is_shadow_present_pte));
  out.push(flag('is_mmio_spte', v.is_mmio_spte));
  out.push(flag('is_frozen_spte', v.is_frozen_spte));
  out.push(flag(`is_last_spte(level ${d.level})`, v.is_last_spte[d.level - 1] ?? false));
  out.push(flag('is_large_pte', v.is_large_pte));
  out.push(flag('is_executable_pte', v.is_executable_pte));
  out.push(flag('is_writable_pte', v.is_writable_pte));
  out.push(flag('is_mmu_writable_spte', v.is_mmu_writable_spte));
  out.push(flag('is_accessed_spte', v.is_accessed_spte));
  out.push(flag('is_ept_ve_possible', v.is_ept_ve_possible));
  out.push(flag('spte_ad_enabled', v.spte_ad_enabled.value, v.spte_ad_enabled.precondition));
  out.push(
    flag(
      'spte_ad_need_write_protect',
      v.spte_ad_need_write_protect.value,
      v.spte_ad_need_write_protect.precondition,
    ),
  );
  out.push(flag('is_access_track_spte', v.is_access_track_spte.value, v.is_access_track_spte.precondition));
  out.push(
    flag(
      'spte_needs_atomic_update',
      v.spte_needs_atomic_update.value,
      v.spte_needs_atomic_update.precondition,
    ),
  );
  const rsvd = v.is_rsvd_spte.value[d.level - 1];
  out.push(flag(`is_rsvd_spte(level ${d.level})`, rsvd === true, v.is_rsvd_spte.precondition));
  out.push(`  ${'spte_to_pfn'.padEnd(30)} 0x${v.spte_to_pfn.toString(16)}`);
  if (v.is_mmio_spte)
    out.push(
      `  ${'mmio gfn / gen / access'.padEnd(30)} 0x${v.get_mmio_spte_gfn.value.toString(16)} / ${v.get_mmio_spte_generation.value} / ${v.get_mmio_spte_access.value}`,
    );
  out.push('findings:');
  if (d.findings.length === 0) out.push('  none');
  for (const f of d.findings)
    out.push(`  ${paint(f.severity, `[${f.severity}]`)} ${f.id} ${f.title}: ${f.explanation}`);
  return out.join('\n') + '\n';
}

export function renderPairText(
  oldV: bigint,
  newV: bigint,
  level: number,
  p: PairVerdicts,
  paint: Paint,
): string {
  const diff = oldV ^ newV;
  const changed: number[] = [];
  for (let b = 63; b >= 0; b--) if (testBit(diff, b)) changed.push(b);
  const pre = (ok: boolean) => (ok ? '' : paint('dim', '  (precondition does not hold)'));
  return (
    [
      `${paint('bold', hex16(oldV))} -> ${paint('bold', hex16(newV))}  level ${level}`,
      `  changed bits: ${changed.length ? changed.join(', ') : 'none'}`,
      `  leaf_spte_change_needs_tlb_flush ${p.leaf_spte_change_needs_tlb_flush.value}${pre(p.leaf_spte_change_needs_tlb_flush.precondition)}`,
      `  tdp_map_flush                    ${p.tdp_map_flush}`,
      `  mmu_spte_update_flush            ${p.mmu_spte_update_flush.value}${pre(p.mmu_spte_update_flush.precondition)}`,
    ].join('\n') + '\n'
  );
}
