/** Resolve --preset / --config / --kernel into a validated Host (masks always derived by the core). */

import {
  DEFAULT_PRESET_ID,
  PRESETS,
  hostFromParams,
  hostFromPreset,
  resolveKernel,
  type Host,
  type HostOptions,
} from '../core';
import { parseParamSetting, type HostOverrides } from '../core/host-overrides';
import { UsageError } from './args';
import { readSmallFile } from './io';
import { MAX_KERNEL_TEXT, clip, tooLong } from '../core/echo';

/** --kernel VERSION → host options; a version the core cannot model is a usage error. */
export function kernelOption(kernel: string | null): HostOptions {
  if (kernel === null) return {};
  const long = tooLong('--kernel', kernel, MAX_KERNEL_TEXT);
  if (long !== null) throw new UsageError(long);
  const r = resolveKernel({ kernel });
  if (!r.ok) throw new UsageError(`--kernel: ${r.message} See \`spte kernels\`.`);
  return { kernel };
}

export function resolveHost(
  preset: string | null,
  config: string | null,
  kernel: string | null = null,
): Host {
  const opts = kernelOption(kernel);
  if (config !== null) {
    const text = readSmallFile(config, '--config');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`--config ${config} is not valid JSON: ${clip((e as Error).message)}`);
    }
    const params =
      typeof json === 'object' && json !== null && 'params' in json
        ? (json as { params: unknown }).params
        : undefined;
    if (params === undefined)
      throw new UsageError(
        `--config ${config}: expected an object with a "params" member (one entry of configs.json)`,
      );
    const r = hostFromParams(params, opts);
    if (!r.ok) throw new UsageError(`--config ${config}: ${r.problems.map((p) => p.message).join(' ')}`);
    return r.host;
  }
  const id = preset ?? DEFAULT_PRESET_ID;
  const host = hostFromPreset(id, opts);
  if (!host)
    throw new UsageError(`unknown preset "${id}"; choose one of ${PRESETS.map((p) => p.id).join(', ')}`);
  return host;
}

/** The host the user named (--preset/--host NAME or --config FILE), or null for auto. */
export function explicitHost(
  preset: string | null,
  config: string | null,
): { id: string; params: Host['params']; preset: boolean } | null {
  if (preset === null && config === null) return null;
  const host = resolveHost(preset, config, null);
  return { id: preset ?? config ?? 'config', params: host.params, preset: config === null };
}

/** --maxphyaddr and --set as core overrides; a bad setting is a usage error. */
export function overridesOption(maxphyaddr: number | null, settings: readonly string[]): HostOverrides {
  const set: NonNullable<HostOverrides['set']> = {};
  for (const text of settings) {
    const r = parseParamSetting(text);
    if (!r.ok) throw new UsageError(`--set: ${r.message}`);
    (set as Record<string, unknown>)[r.key] = r.value;
  }
  return { ...(maxphyaddr !== null ? { maxphyaddr } : {}), set };
}
