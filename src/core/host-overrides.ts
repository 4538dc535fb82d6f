/**
 * Host parameters changed on top of a preset (`--maxphyaddr N`, `--set key=value`): a Core 2
 * host has MAXPHYADDR 36, a 32-bit PAE host a root level of 3, and no preset can know it.
 */

import { PARAM_SPECS, checkParams, type HostParams, type ParamKey } from './params';

export interface HostOverrides {
  /** CPUID MAXPHYADDR; also the physical and cache bits and the guest's, unless set otherwise. */
  maxphyaddr?: number;
  /** Any parameter by its configs.json key. */
  set?: Partial<Record<ParamKey, HostParams[ParamKey]>>;
}

export type OverrideParse =
  { ok: true; key: ParamKey; value: HostParams[ParamKey] } | { ok: false; message: string };

/** "root_level=3", "x86_bug_l1tf=true", "vendor=amd" → a typed setting, or why not. */
export function parseParamSetting(text: string): OverrideParse {
  const eq = text.indexOf('=');
  if (eq <= 0) return { ok: false, message: `expected key=value, got "${text}"` };
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  const spec = PARAM_SPECS.find((s) => s.key === key);
  if (!spec)
    return {
      ok: false,
      message: `unknown host parameter "${key}"; one of ${PARAM_SPECS.map((s) => s.key).join(', ')}`,
    };
  if (spec.type === 'boolean') {
    if (raw === 'true' || raw === '1' || raw === 'on') return { ok: true, key: spec.key, value: true };
    if (raw === 'false' || raw === '0' || raw === 'off') return { ok: true, key: spec.key, value: false };
    return { ok: false, message: `${key} is true or false, got "${raw}"` };
  }
  if (spec.type === 'number') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < spec.min || n > spec.max)
      return { ok: false, message: `${key} is a whole number from ${spec.min} to ${spec.max}, got "${raw}"` };
    return { ok: true, key: spec.key, value: n };
  }
  const opt = spec.options.find((o) => o.value === raw);
  if (!opt)
    return {
      ok: false,
      message: `${key} is one of ${spec.options.map((o) => o.value).join(', ')}, got "${raw}"`,
    };
  return { ok: true, key: spec.key, value: opt.value as HostParams[ParamKey] };
}

/** The preset's parameters with the overrides applied (not validated: see checkOverridden). */
export function applyOverrides(base: HostParams, o: HostOverrides): HostParams {
  const p: HostParams = { ...base };
  if (o.maxphyaddr !== undefined) {
    const n = o.maxphyaddr;
    // Memory encryption steals the top physical bits: keep that many stolen.
    const stolen = base.maxphyaddr_cpuid - base.x86_phys_bits;
    p.maxphyaddr_cpuid = n;
    p.x86_phys_bits = Math.max(1, n - stolen);
    p.x86_cache_bits = Math.max(p.x86_phys_bits, base.x86_cache_bits - base.maxphyaddr_cpuid + n);
    p.guest_maxphyaddr = Math.min(base.guest_maxphyaddr, n);
  }
  for (const [k, v] of Object.entries(o.set ?? {})) (p as unknown as Record<string, unknown>)[k] = v;
  return p;
}

export function hasOverrides(o: HostOverrides): boolean {
  return o.maxphyaddr !== undefined || Object.keys(o.set ?? {}).length > 0;
}

/** applyOverrides then validate, so a combination the kernel cannot have is refused with a reason. */
export function checkOverridden(base: HostParams, o: HostOverrides) {
  return checkParams(applyOverrides(base, o));
}
