/** A configured host: validated parameters plus the masks derived from them. */

import { deriveMasks, type HostMasks } from './masks';
import { checkParams, type HostParams, type ParamProblem } from './params';
import { findPreset } from './presets';

export type Flavour = 'ept' | 'x86';

export interface Host {
  params: HostParams;
  masks: HostMasks;
  /** EPT format (Intel with EPT) or the x86 PTE format (NPT and shadow paging). */
  flavour: Flavour;
}

export function makeHost(params: HostParams): Host {
  const masks = deriveMasks(params);
  return { params, masks, flavour: params.vendor === 'intel' && params.tdp_enabled ? 'ept' : 'x86' };
}

export type HostResult = { ok: true; host: Host } | { ok: false; problems: ParamProblem[] };

/** Validate then derive; the only way untrusted parameters become a Host. */
export function hostFromParams(raw: unknown): HostResult {
  const r = checkParams(raw);
  return r.ok ? { ok: true, host: makeHost(r.params) } : r;
}

export function hostFromPreset(id: string): Host | undefined {
  const p = findPreset(id);
  return p ? makeHost(p.params) : undefined;
}
