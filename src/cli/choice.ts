/**
 * The kernel and host a command decodes for: explicit (--kernel, --preset/--config/--host)
 * or inferred from the input (`auto`, the default). The choice is made once per input and
 * named on the first line of text output and in every JSON line.
 */

import {
  ERA_IDS,
  eraInfo,
  hostFromParams,
  makeHost,
  parseKernelVersion,
  resolveKernel,
  type Host,
  type HostParams,
  type KernelEra,
} from '../core';
import { applyOverrides, hasOverrides, type HostOverrides } from '../core/host-overrides';
import {
  flavourHosts,
  inferOrigin,
  type HostChoice,
  type Inference,
  type TextClue,
  type ValueSample,
} from '../core/infer';
import { UsageError, type CliOptions } from './args';
import { explicitHost, overridesOption } from './host-option';

export interface Choice {
  host: Host;
  /** Text for the first output line. */
  line: string;
  /** JSON members (without braces), the same for every line: "kernel":{…},"host":{…}. */
  json: string;
  inference: Inference | null;
}

export interface ChoiceRequest {
  /** Explicit kernel string, or null for auto. */
  kernel: string | null;
  /** Explicit host (from --preset/--config), or null for auto. */
  host: { id: string; params: HostParams; preset: boolean } | null;
  overrides: HostOverrides;
}

function overridden(params: HostParams, o: HostOverrides): HostParams {
  if (!hasOverrides(o)) return params;
  const r = hostFromParams(applyOverrides(params, o));
  if (!r.ok) throw new UsageError(`--maxphyaddr/--set: ${r.problems.map((p) => p.message).join(' ')}`);
  return r.host.params;
}

export function choose(
  req: ChoiceRequest,
  clues: readonly TextClue[],
  samples: readonly ValueSample[],
): Choice {
  // Under auto, a flavour the overrides cannot apply to (--maxphyaddr 36 leaves an SME host
  // no physical bits) is not a candidate; if none is left, adjust() below names the problem.
  const applies = (h: HostChoice) =>
    !hasOverrides(req.overrides) || hostFromParams(applyOverrides(h.params, req.overrides)).ok;
  const flavours = flavourHosts().filter(applies);
  const hosts: HostChoice[] = req.host
    ? [{ id: req.host.id, label: req.host.id, params: req.host.params }]
    : flavours.length > 0
      ? flavours
      : flavourHosts();
  const adjust = (p: HostParams) => overridden(p, req.overrides);
  let spec = null;
  let eras: KernelEra[] | undefined;
  if (req.kernel !== null) {
    const k = resolveKernel({ kernel: req.kernel });
    if (!k.ok) throw new UsageError(`--kernel: ${k.message} See \`spte kernels\`.`);
    const parsed = parseKernelVersion(req.kernel);
    if (parsed.ok && parsed.fromValues) {
      // A tree whose number does not pin the layout: the values choose, from its era on.
      eras = ERA_IDS.slice(ERA_IDS.indexOf(parsed.era));
      process.stderr.write(`spte: note: kernel ${parsed.version}: ${parsed.note ?? ''}\n`);
    } else spec = k.spec;
  }
  const inference =
    spec === null || req.host === null
      ? inferOrigin(clues, samples, {
          hosts,
          adjust,
          ...(spec ? { eras: [spec.era] } : eras ? { eras } : {}),
        })
      : null;
  const hostId = inference ? inference.best.host : req.host!.id;
  const params = adjust(hosts.find((h) => h.id === hostId)!.params);
  const host = spec
    ? makeHost(params, { kernel: req.kernel! })
    : makeHost(params, { era: inference!.best.era });
  if (spec?.note) process.stderr.write(`spte: note: kernel ${spec.version}: ${spec.note}\n`);

  // An explicit kernel that the values contradict: say so, do not change it.
  if (spec !== null && samples.length > 0) {
    const free = inferOrigin(clues, samples, { hosts: hosts.filter((h) => h.id === hostId), adjust });
    const mine = free.scores.find((s) => s.era === spec.era && s.host === hostId);
    const best = free.scores[0]!;
    if (mine && mine.impossible > best.impossible)
      process.stderr.write(
        `spte: note: --kernel ${req.kernel}: ${mine.impossible} value(s) are not KVM values there (${mine.against.find((a) => a.startsWith('0x')) ?? ''}); they read as ${free.eraLabel}. Decoding for ${req.kernel} as asked.\n`,
      );
  }

  const kernelAuto = spec === null;
  const hostAuto = req.host === null;
  const eraLabel = spec === null ? inference!.eraLabel : (spec.version ?? eraInfo(spec.era).label);
  const hostLabel = hostAuto ? inference!.hostLabel : req.host!.id;
  const version = spec?.version ?? inference?.version ?? null;
  const evidence = inference?.evidence ?? [];
  const kernelJson = JSON.stringify({
    era: host.era,
    ...(version !== null ? { version } : {}),
    auto: kernelAuto,
    evidence: kernelAuto ? evidence : [],
    ...(inference?.conflict ? { conflict: inference.conflict } : {}),
  });
  const hostJson = JSON.stringify(
    req.host && !req.host.preset
      ? { flavour: host.flavour, auto: false }
      : { preset: hostId, auto: hostAuto, ...(hasOverrides(req.overrides) ? { params: host.params } : {}) },
  );
  const line =
    kernelAuto || hostAuto
      ? `${inference!.line.replace(/^Read as [^:]*on [^:]*:/, `Read as ${eraLabel} on ${hostLabel} (auto${kernelAuto ? '' : ' host'}):`)}`
      : `Read as kernel ${eraLabel} on ${hostLabel} (as given).`;
  return { host, line, json: `"kernel":${kernelJson},"host":${hostJson}`, inference };
}

/** The request for `choose` from the flags: explicit parts as given, the rest auto. */
export function choiceRequest(o: CliOptions): ChoiceRequest {
  return {
    kernel: o.kernel,
    host: explicitHost(o.preset, o.config),
    overrides: overridesOption(o.maxphyaddr, o.set),
  };
}
