/** Text renderings shared by the page's copy buttons and the CLI. */

import { hex16, hexShort } from './bits';
import type { Decoded } from './decode';
import { eraInfo } from './eras/table';
import type { Host } from './host';
import { KIND_LABELS } from './layout/types';
import { presetMatching } from './presets';

/** A short human description of a host, e.g. for summaries. */
export function hostLabel(h: Host): string {
  const p = presetMatching(h.params);
  if (p) return `${p.label} (preset ${p.id})`;
  const q = h.params;
  const mmu = {
    'tdp-ept': 'Intel EPT',
    'nested-ept': 'Intel nested EPT',
    'tdp-npt': 'AMD NPT',
    shadow: 'shadow paging',
  }[q.rsvd_model];
  return `${mmu}, MAXPHYADDR ${q.maxphyaddr_cpuid}, custom parameters`;
}

/** The kernel a host decodes for, e.g. "kernel 6.1 (era mmu-writable, 5.19 – 6.9)". */
export function kernelLabel(h: Host): string {
  const k = h.kernel;
  const info = eraInfo(k.era);
  if (k.version !== null) return `kernel ${k.version} (era ${k.era}, ${info.label})`;
  if (k.basis === 'mainline') return `kernel mainline (era ${k.era}, ${info.label})`;
  return `kernel ${info.label} (era ${k.era}, modelled on ${info.modelledOn})`;
}

/**
 * The value as a C expression of named masks: single-bit fields by their kernel symbol,
 * multi-bit fields as (raw << lo). Unnamed gap bits fall back to BIT_ULL(n).
 */
export function cExpression(d: Decoded): string {
  const parts: string[] = [];
  for (const f of d.fields) {
    if (f.raw === 0n) continue;
    const { def } = f;
    const named = def.symbol !== '' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(def.symbol);
    if (def.lo === def.hi) parts.push(named ? def.symbol : `BIT_ULL(${def.lo})`);
    else parts.push(`(${hexShort(f.raw)}ULL << ${shiftName(d, def.id) ?? def.lo})`);
  }
  return parts.length === 0 ? '0ULL' : parts.join(' | ');
}

/** Shift symbols for multi-bit fields whose position the kernel names. */
const SHIFT_NAMES: Record<string, string> = {
  ad_type: 'SPTE_TDP_AD_SHIFT',
  memtype: 'VMX_EPT_MT_EPTE_SHIFT',
  pfn: 'PAGE_SHIFT',
};

/** SPTE_TDP_AD_SHIFT does not exist before 5.13 (bits 52–53 were the "special" field). */
const shiftName = (d: Decoded, id: string): string | undefined =>
  id === 'ad_type' && d.layout.era === 'special-type' ? undefined : SHIFT_NAMES[id];

const sevIcon = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Markdown for a bug report or mail: value, host, kind, fields, findings. */
export function markdownSummary(h: Host, d: Decoded): string {
  const lines: string[] = [];
  lines.push(`**SPTE \`${hex16(d.value)}\`** at level ${d.level}`);
  lines.push('');
  lines.push(`- Host: ${hostLabel(h)}`);
  if (h.kernel.basis !== 'mainline' || h.kernel.version !== null)
    lines.push(`- Kernel: ${kernelLabel(h).slice(7)}`);
  lines.push(`- Kind: ${KIND_LABELS[d.cls.kind]}${d.cls.present && d.cls.mmio ? ' (also MMU-present)' : ''}`);
  lines.push('');
  lines.push('| Bits | Field | Value |');
  lines.push('|---|---|---|');
  for (const f of d.fields) {
    if (f.def.category === 'unused' && f.raw === 0n) continue;
    const range = f.def.hi === f.def.lo ? `${f.def.lo}` : `${f.def.hi}–${f.def.lo}`;
    lines.push(`| ${range} | ${f.def.name}${f.def.symbol ? ` (\`${f.def.symbol}\`)` : ''} | ${f.text} |`);
  }
  lines.push('');
  if (d.findings.length === 0) lines.push('No findings.');
  for (const f of d.findings)
    lines.push(`- **${f.id}** (${sevIcon[f.severity]}) ${f.title}: ${f.explanation}`);
  return lines.join('\n') + '\n';
}
