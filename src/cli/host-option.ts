/** Resolve --preset / --config into a validated Host (masks always derived by the core). */

import { readFileSync } from 'node:fs';
import { DEFAULT_PRESET_ID, PRESETS, hostFromParams, hostFromPreset, type Host } from '../core';
import { UsageError } from './args';

export function resolveHost(preset: string | null, config: string | null): Host {
  if (config !== null) {
    let text: string;
    try {
      text = readFileSync(config, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read --config ${config}: ${(e as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`--config ${config} is not valid JSON: ${(e as Error).message}`);
    }
    const params =
      typeof json === 'object' && json !== null && 'params' in json
        ? (json as { params: unknown }).params
        : undefined;
    if (params === undefined)
      throw new UsageError(
        `--config ${config}: expected an object with a "params" member (one entry of configs.json)`,
      );
    const r = hostFromParams(params);
    if (!r.ok) throw new UsageError(`--config ${config}: ${r.problems.map((p) => p.message).join(' ')}`);
    return r.host;
  }
  const id = preset ?? DEFAULT_PRESET_ID;
  const host = hostFromPreset(id);
  if (!host)
    throw new UsageError(`unknown preset "${id}"; choose one of ${PRESETS.map((p) => p.id).join(', ')}`);
  return host;
}
