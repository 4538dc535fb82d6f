/**
 * An MMIO SPTE's GFN against the address the log prints beside it. get_mmio_spte_gfn
 * depends on the host's geometry: on an L1TF-affected host make_mmio_spte sets the five
 * guard bits below x86_cache_bits and copies the GPA bits they hide five bits higher. Read
 * with the wrong geometry, the guard bits look like GFN bits. When a dump's address (or
 * the GFN the kernel itself traced) disagrees with the GFN decoded under the chosen host,
 * this tries MAXPHYADDR 36 to 52 (with the fewest other changes) and names the values that
 * make every checked SPTE agree: finding SPTE-K002.
 */

import { classify } from '../classify';
import { RULES_BY_ID } from '../findings/rules';
import { applyOverrides, type HostOverrides } from '../host-overrides';
import { hostFromParams, type Host } from '../host';
import type { AddressClaim } from '../log/addresses';
import type { LogFormatId } from '../log/types';
import type { HostParams } from '../params';
import { get_mmio_spte_gfn } from '../predicates';
import type { MaxphyaddrHint, MmioGfnCheck } from './types';

/** What the check needs of an extracted SPTE (a LogEntry or the page's LogRow). */
export interface SpteSighting {
  line: number;
  value: bigint;
  level: number | null;
  walk: number | null;
  format: LogFormatId;
}

/** A dump header opens the walk printed after it; farther than this it is another dump's. */
const MAX_HEADER_GAP = 500;
/** handle_mmio_page_fault follows its check_mmio_spte line closely (same vCPU, same fault). */
const MAX_FAULT_GAP = 20;
/** Distinct MMIO SPTEs tried against each candidate geometry. */
const MAX_TRIED_CHECKS = 256;
/** The MAXPHYADDR values tried (CPUs report 36 to 52). */
const MAXPHYADDRS = Array.from({ length: 52 - 36 + 1 }, (_, i) => 36 + i);
/** MAXPHYADDR values real CPUs report: preferred when several values fit equally. */
const COMMON = [36, 39, 40, 42, 43, 46, 48, 52];

const FAMILY_OF: Partial<Record<LogFormatId, AddressClaim['source']>> = {
  walk_entry: 'mmio',
  walk_entry_old: 'mmio',
  ve_entry: 've',
  ept_misconfig: 'ept',
};

const SOURCE_TEXT: Record<AddressClaim['source'], string> = {
  mmio: "the reserved-bit dump's address",
  ve: "the #VE walk's GPA",
  ept: "the EPT misconfiguration's GPA",
  fault: 'the GFN handle_mmio_page_fault traced (the kernel’s own reading)',
};

/**
 * A dump's address is a GPA, the GFN of the SPTE at its leaf, only for a direct MMU (TDP);
 * shadow paging prints a GVA and nested EPT an L2 GPA. A TD's MMIO never reaches this path.
 */
const direct = (h: Host): boolean =>
  h.params.tdp_enabled && h.params.rsvd_model !== 'nested-ept' && !h.params.tdx_td_vm;

/** The MMIO SPTEs of the log whose GFN the log states, with the GFN decoded under `host`. */
export function mmioGfnChecks(
  host: Host,
  entries: readonly SpteSighting[],
  claims: readonly AddressClaim[],
): MmioGfnCheck[] {
  const checks: MmioGfnCheck[] = [];
  const add = (e: SpteSighting, expected: bigint, source: AddressClaim['source']) => {
    const level = e.level ?? 1;
    if (!classify(host, e.value, level).mmio) return;
    checks.push({
      line: e.line,
      value: e.value,
      level,
      expected,
      decoded: get_mmio_spte_gfn(host, e.value),
      source,
    });
  };

  // Dumps: the lowest-level entry of each walk against its header's address.
  if (direct(host)) {
    // Per walk, its first entry (where it starts) and its lowest level (the terminal entry).
    const walks = new Map<number, { first: SpteSighting; leaf: SpteSighting }>();
    for (const e of entries) {
      if (e.walk === null || FAMILY_OF[e.format] === undefined) continue;
      const w = walks.get(e.walk);
      if (!w) walks.set(e.walk, { first: e, leaf: e });
      else if ((e.level ?? 1) < (w.leaf.level ?? 1)) w.leaf = e;
    }
    // Entries and claims are both in line order: one pass with a cursor per family.
    const headers = new Map<AddressClaim['source'], AddressClaim[]>();
    for (const c of claims) {
      if (c.source === 'fault') continue;
      const list = headers.get(c.source);
      if (list) list.push(c);
      else headers.set(c.source, [c]);
    }
    const cursor = new Map<AddressClaim['source'], number>();
    const used = new Set<AddressClaim>();
    // Map order is the order walks were first seen in, i.e. line order.
    for (const { first, leaf } of walks.values()) {
      const family = FAMILY_OF[first.format]!;
      const list = headers.get(family) ?? [];
      let i = cursor.get(family) ?? -1;
      while (i + 1 < list.length && list[i + 1]!.line <= first.line) i++;
      cursor.set(family, i);
      const header = list[i];
      if (!header || used.has(header) || first.line - header.line > MAX_HEADER_GAP) continue;
      used.add(header);
      add(leaf, header.address >> 12n, family);
    }
  }

  // Traces: check_mmio_spte's SPTE against the GFN of the handle_mmio_page_fault after it.
  const mmioChecks = entries.filter((e) => e.format === 'check_mmio_spte');
  let j = -1;
  let paired = -1;
  for (const c of claims) {
    if (c.source !== 'fault' || c.gfn === null) continue;
    while (j + 1 < mmioChecks.length && mmioChecks[j + 1]!.line <= c.line) j++;
    const before = mmioChecks[j];
    if (!before || j === paired || c.line - before.line > MAX_FAULT_GAP) continue;
    paired = j;
    add(before, c.gfn, 'fault');
  }
  return checks.sort((a, b) => a.line - b.line);
}

/** Host parameters tried, fewest changes first: MAXPHYADDR alone, then with the cache width, then L1TF. */
const TIERS: readonly Partial<HostParams>[] = [
  {},
  { x86_cache_bits: 0 },
  { x86_bug_l1tf: true },
  { x86_bug_l1tf: true, x86_cache_bits: 0 },
];

/** The overrides of one tier at MAXPHYADDR n (x86_cache_bits 0 stands for n), minus no-ops. */
function tierOverrides(base: HostParams, tier: Partial<HostParams>, n: number): HostOverrides {
  const plain = applyOverrides(base, { maxphyaddr: n });
  const set: Partial<HostParams> = {};
  for (const [k, v] of Object.entries(tier) as [keyof HostParams, HostParams[keyof HostParams]][]) {
    const value = k === 'x86_cache_bits' ? n : v;
    if (plain[k] !== value) (set as Record<string, unknown>)[k] = value;
  }
  return { maxphyaddr: n, set };
}

function hostWith(host: Host, o: HostOverrides): Host | null {
  const r = hostFromParams(
    applyOverrides(host.params, o),
    host.kernelVersion !== null ? { kernel: host.kernelVersion } : { era: host.era },
  );
  return r.ok ? r.host : null;
}

const agrees = (h: Host, c: MmioGfnCheck): boolean =>
  classify(h, c.value, c.level).mmio && get_mmio_spte_gfn(h, c.value) === c.expected;

const flagsOf = (o: HostOverrides): string =>
  [
    `--maxphyaddr ${o.maxphyaddr}`,
    ...Object.entries(o.set ?? {}).map(([k, v]) => `--set ${k}=${String(v)}`),
  ].join(' ');

const hex = (v: bigint) => `0x${v.toString(16)}`;

function guardText(h: Host): string {
  const m = h.masks.shadow_nonpresent_or_rsvd_mask;
  if (m === 0n) return 'no L1TF guard bits';
  const lo = m.toString(2).length - 5;
  return `L1TF guard bits ${lo}–${lo + 4}`;
}

/**
 * SPTE-K002 when some MMIO SPTE's GFN disagrees with its printed address under `host` and
 * some MAXPHYADDR in 36–52 makes every checked SPTE agree; else null.
 */
export function suggestMaxphyaddr(
  host: Host,
  entries: readonly SpteSighting[],
  claims: readonly AddressClaim[],
): MaxphyaddrHint | null {
  if (claims.length === 0) return null;
  const checks = mmioGfnChecks(host, entries, claims);
  const wrong = checks.filter((c) => c.decoded !== c.expected);
  if (wrong.length === 0) return null;
  // A long trace repeats the same few MMIO SPTEs: each distinct one is tried once, a bounded number.
  const distinct = new Map<string, MmioGfnCheck>();
  for (const c of checks)
    if (distinct.size < MAX_TRIED_CHECKS) distinct.set(`${c.value}:${c.level}:${c.expected}`, c);
  const tried = [...distinct.values()];

  for (const tier of TIERS) {
    const fits: { n: number; o: HostOverrides; h: Host }[] = [];
    for (const n of MAXPHYADDRS) {
      const o = tierOverrides(host.params, tier, n);
      // A tier whose extra settings are no-ops here was already tried as a smaller one.
      if (Object.keys(o.set ?? {}).length < Object.keys(tier).length) continue;
      const h = hostWith(host, o);
      if (h && tried.every((c) => agrees(h, c))) fits.push({ n, o, h });
    }
    if (fits.length === 0) continue;
    const pick = fits.find((f) => COMMON.includes(f.n)) ?? fits[0]!;
    const first = wrong[0]!;
    const fitText =
      fits.length === 1
        ? `${pick.n}`
        : `${fits
            .slice(0, -1)
            .map((f) => f.n)
            .join(', ')} or ${fits[fits.length - 1]!.n}`;
    const flags = flagsOf(pick.o);
    const rule = RULES_BY_ID.get('SPTE-K002')!;
    return {
      id: 'SPTE-K002',
      severity: rule.severity,
      title: rule.title,
      explanation:
        `Line ${first.line}: the MMIO SPTE ${hex(first.value)} reads as GFN ${hex(first.decoded)} on this host ` +
        `(MAXPHYADDR ${host.params.maxphyaddr_cpuid}, ${guardText(host)}), but ${SOURCE_TEXT[first.source]} says ${hex(first.expected)}` +
        `${wrong.length > 1 ? ` (${wrong.length} of ${checks.length} MMIO SPTEs disagree)` : ''}. ` +
        `get_mmio_spte_gfn takes the GPA bits under the L1TF guard (the five bits below x86_cache_bits) from five bits higher, ` +
        `so the GFN depends on the host's geometry: the address fits MAXPHYADDR ${fitText} (${guardText(pick.h)}). Run with ${flags}.`,
      checked: checks.length,
      disagree: wrong.length,
      first,
      fits: fits.map((f) => f.n),
      maxphyaddr: pick.n,
      flags,
      overrides: pick.o,
    };
  }
  return null;
}

/** Plain JSON data for a hint (hex strings for the 64-bit numbers). */
export function maxphyaddrHintJson(h: MaxphyaddrHint) {
  const { first, ...rest } = h;
  return {
    ...rest,
    first: {
      ...first,
      value: hex(first.value),
      expected: hex(first.expected),
      decoded: hex(first.decoded),
    },
  };
}
