/** A configured host: validated parameters plus the masks derived from them. */

import { deriveKernelMasks } from './eras/masks';
import { MAINLINE_SPEC, eraInfo, kernelSpec } from './eras/table';
import type { KernelEra, KernelSpec } from './eras/types';
import { parseKernelVersion } from './eras/version';
import { hostPairs, type HostPairs } from './host-pairs';
import type { HostMasks } from './masks';
import { checkParams, type HostParams, type ParamProblem } from './params';
import { findPreset } from './presets';

export type Flavour = 'ept' | 'x86';

export interface Host {
  params: HostParams;
  masks: HostMasks;
  /** The masks as 32-bit halves for the hot predicates (derived from masks and kernel). */
  pairs: HostPairs;
  /** EPT format (Intel with EPT) or the x86 PTE format (NPT and shadow paging). */
  flavour: Flavour;
  /** Kernel era whose layout and predicates apply ('current' unless a kernel was chosen). */
  era: KernelEra;
  /** The exact version string the host was made for ("6.1.119"), or null (era default / mainline). */
  kernelVersion: string | null;
  /** The kernel's facts: era, exact version (if given) and per-release details. */
  kernel: KernelSpec;
}

/**
 * Which kernel to decode for. `kernel` is a version string as parseKernelVersion accepts
 * it ("6.1", "5.15.135", "current", "4.18.0-305.el8"); `era` picks an era modelled on its
 * usual LTS release. With neither, the host is current mainline.
 */
export interface HostOptions {
  kernel?: string;
  era?: KernelEra;
}

export type KernelChoiceResult = { ok: true; spec: KernelSpec } | { ok: false; message: string };

/** Resolve HostOptions into a KernelSpec, or a message saying why the version is not usable. */
export function resolveKernel(opts: HostOptions = {}): KernelChoiceResult {
  if (opts.kernel !== undefined) {
    const r = parseKernelVersion(opts.kernel);
    if (!r.ok) return r;
    if (opts.era !== undefined && opts.era !== r.era)
      return {
        ok: false,
        message: `Kernel ${r.version} belongs to era ${r.era} (${eraInfo(r.era).label}), not ${opts.era}.`,
      };
    return { ok: true, spec: kernelSpec(r.era, r.basis, r.version, r.note ?? null) };
  }
  if (opts.era !== undefined) return { ok: true, spec: kernelSpec(opts.era) };
  return { ok: true, spec: MAINLINE_SPEC };
}

function build(params: HostParams, kernel: KernelSpec): Host {
  const masks = deriveKernelMasks(params, kernel);
  return {
    params,
    masks,
    pairs: hostPairs(masks, kernel),
    flavour: params.vendor === 'intel' && params.tdp_enabled ? 'ept' : 'x86',
    era: kernel.era,
    kernelVersion: kernel.version,
    kernel,
  };
}

/**
 * Derive a host. Without options: current mainline (as always). With `{ kernel }` or
 * `{ era }`: that kernel's masks, layout and predicates. Throws on a kernel string that
 * parseKernelVersion rejects; use makeHostForKernel / hostFromParams to get the message instead.
 */
export function makeHost(params: HostParams, opts: HostOptions = {}): Host {
  const k = resolveKernel(opts);
  if (!k.ok) throw new Error(k.message);
  return build(params, k.spec);
}

/** makeHost for a kernel version string, reporting an unusable version instead of throwing. */
export function makeHostForKernel(
  params: HostParams,
  kernel: string,
): { ok: true; host: Host } | { ok: false; message: string } {
  const k = resolveKernel({ kernel });
  return k.ok ? { ok: true, host: build(params, k.spec) } : k;
}

export type HostResult = { ok: true; host: Host } | { ok: false; problems: ParamProblem[] };

/** Validate then derive; the only way untrusted parameters become a Host. */
export function hostFromParams(raw: unknown, opts: HostOptions = {}): HostResult {
  const r = checkParams(raw);
  if (!r.ok) return r;
  const k = resolveKernel(opts);
  if (!k.ok) return { ok: false, problems: [{ keys: [], message: k.message }] };
  return { ok: true, host: build(r.params, k.spec) };
}

export function hostFromPreset(id: string, opts: HostOptions = {}): Host | undefined {
  const p = findPreset(id);
  if (!p) return undefined;
  const k = resolveKernel(opts);
  if (!k.ok) throw new Error(k.message);
  return build(p.params, k.spec);
}
