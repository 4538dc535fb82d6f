/**
 * The permalink: `#v=0x80a0000123456f77&preset=ept-ad&level=1`. Custom parameters are
 * written as the differences from the closest preset (`&preset=shadow&p.maxphyaddr_cpuid=40`);
 * a kernel other than current mainline follows (`&kernel=6.1`), then a value compared with
 * (`&with=0x8200000123456b75`, `&as=new` when the inspector's value is the new one).
 * Decoding never throws: whatever is wrong is reported as a message and left at its default.
 */

import {
  DEFAULT_PRESET_ID,
  LEVELS,
  PARAM_SPECS,
  PRESETS,
  checkParams,
  findPreset,
  hex16,
  parseSpte,
  presetMatching,
  type HostParams,
  type ParamSpec,
  type Preset,
} from '../../core';
import { CURRENT_KERNEL, parseKernelChoice } from '../lib/kernels';
import { ECHO_ITEMS } from '../../core/echo';

export interface HashState {
  value: bigint;
  params: HostParams;
  level: number;
  /** 'current' (the default, not written) or a version. */
  kernel?: string;
  /** A second value the inspector's is compared with, and which of the two is the old one. */
  compare?: Comparison;
}

/** `as`: the role of the inspector's own value in the comparison. */
export interface Comparison {
  value: bigint;
  as: 'old' | 'new';
}

const diffCount = (a: HostParams, b: HostParams): number =>
  PARAM_SPECS.filter((s) => a[s.key] !== b[s.key]).length;

/** The preset that needs the fewest `p.` overrides to describe `params`. */
function closestPreset(params: HostParams): Preset {
  let best = PRESETS[0]!;
  for (const p of PRESETS) if (diffCount(p.params, params) < diffCount(best.params, params)) best = p;
  return best;
}

export function encodeHash({ value, params, level, kernel = CURRENT_KERNEL, compare }: HashState): string {
  const parts = [`v=${hex16(value)}`];
  const exact = presetMatching(params);
  const base = exact ?? closestPreset(params);
  parts.push(`preset=${base.id}`);
  if (!exact)
    for (const spec of PARAM_SPECS)
      if (params[spec.key] !== base.params[spec.key]) parts.push(`p.${spec.key}=${String(params[spec.key])}`);
  parts.push(`level=${level}`);
  if (kernel !== CURRENT_KERNEL) parts.push(`kernel=${encodeURIComponent(kernel)}`);
  if (compare) parts.push(`with=${hex16(compare.value)}`, ...(compare.as === 'new' ? ['as=new'] : []));
  return '#' + parts.join('&');
}

export interface HashDecode {
  /** Only what the hash set validly; missing keys mean "keep the default". */
  value?: bigint;
  params?: HostParams;
  level?: number;
  kernel?: string;
  compare?: Comparison;
  /** Human messages for everything that was ignored. */
  problems: string[];
}

function paramFromText(spec: ParamSpec, text: string): unknown {
  if (spec.type === 'boolean')
    return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : text;
  if (spec.type === 'number') return /^\d+$/.test(text) ? Number(text) : text;
  return text;
}

const quote = (s: string): string => `“${s.length > 40 ? s.slice(0, 40) + '…' : s}”`;

export function decodeHash(hash: string): HashDecode {
  const out: HashDecode = { problems: [] };
  const body = hash.replace(/^#/, '');
  if (body.trim() === '') return out;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(body);
  } catch {
    return { problems: ['The link could not be read; showing the defaults.'] };
  }

  const v = query.get('v');
  if (v !== null) {
    const r = parseSpte(v);
    if (r.ok) out.value = r.value;
    else out.problems.push(`The link's value ${quote(v)} is not an SPTE: ${r.error.message}`);
  }

  const level = query.get('level');
  if (level !== null) {
    const n = Number(level);
    if ((LEVELS as readonly number[]).includes(n) && /^\d$/.test(level)) out.level = n;
    else out.problems.push(`The link's level ${quote(level)} is not 1 to 5; using level 1.`);
  }

  const kernel = query.get('kernel');
  if (kernel !== null) {
    const r = parseKernelChoice(kernel);
    if (r.ok) out.kernel = r.kernel;
    else out.problems.push(`The link's kernel is not usable: ${r.message} Using current mainline.`);
  }

  const other = query.get('with');
  const as = query.get('as');
  if (other !== null) {
    const r = parseSpte(other);
    if (!r.ok)
      out.problems.push(
        `The link's value to compare with ${quote(other)} is not an SPTE: ${r.error.message}`,
      );
    else if (as !== null && as !== 'old' && as !== 'new')
      out.problems.push(`The link's ${quote(`as=${as}`)} should be old or new; not comparing.`);
    else out.compare = { value: r.value, as: as === 'new' ? 'new' : 'old' };
  } else if (as !== null)
    out.problems.push(`The link's ${quote(`as=${as}`)} has no value to compare with; ignored.`);

  const presetId = query.get('preset');
  let base = findPreset(DEFAULT_PRESET_ID)!;
  if (presetId !== null) {
    const p = findPreset(presetId);
    if (p) base = p;
    else out.problems.push(`The link's preset ${quote(presetId)} is unknown; using ${DEFAULT_PRESET_ID}.`);
  }

  const overrides: Record<string, unknown> = {};
  let unknown = 0;
  for (const [key, text] of query) {
    if (['v', 'level', 'preset', 'kernel', 'with', 'as'].includes(key)) continue;
    const spec = key.startsWith('p.') ? PARAM_SPECS.find((s) => s.key === key.slice(2)) : undefined;
    if (spec) overrides[spec.key] = paramFromText(spec, text);
    else if (++unknown <= ECHO_ITEMS)
      out.problems.push(`The link's ${quote(key)} is not something this page knows; ignored.`);
  }
  // A hostile link can hold 100,000 keys: name the first few, count the rest.
  if (unknown > ECHO_ITEMS)
    out.problems.push(
      `…and ${(unknown - ECHO_ITEMS).toLocaleString('en-US')} more keys this page does not know; ignored.`,
    );
  if (Object.keys(overrides).length === 0) {
    if (presetId !== null) out.params = base.params;
  } else {
    const r = checkParams({ ...base.params, ...overrides });
    if (r.ok) out.params = r.params;
    else {
      out.params = base.params;
      out.problems.push(
        `The link's host parameters were not applied (${r.problems.map((p) => p.message).join(' ')}) Using preset ${base.id}.`,
      );
    }
  }
  return out;
}
