/**
 * The decision: score every candidate (era × host flavour) on the text clues and the
 * values, pick the best, name the run of eras that fit it equally well, a runner-up, how
 * strong the evidence is, and a conflict when the wording and the values disagree.
 *
 * Values come first: a candidate that leaves fewer values unexplained always wins, so a
 * message's wording can never make the tool offer a layout the values rule out. Among
 * equals, the text decides, then the newest era and the first flavour.
 */

import { suggestEras } from '../eras/hints';
import { RULES_BY_ID } from '../findings/rules';
import { ERA_IDS, MAINLINE_SPEC } from '../eras/table';
import type { KernelEra } from '../eras/types';
import { makeHost, type Host } from '../host';
import type { HostParams } from '../params';
import { findPreset } from '../presets';
import { FLAVOUR_PRESETS, eraRangeLabel } from './candidates';
import type { CandidateScore, ConflictFinding, Inference, Strength, TextClue, ValueSample } from './types';
import { judgeValue, pickSamples } from './values';

export interface HostChoice {
  id: string;
  label: string;
  params: HostParams;
}

export interface InferOptions {
  /** Restrict the eras (an explicit --kernel); default every era of the table. */
  eras?: readonly KernelEra[];
  /** Restrict the hosts (an explicit --preset/--config); default one preset per flavour. */
  hosts?: readonly HostChoice[];
  /** Applied to every candidate host's parameters (--maxphyaddr, --set). */
  adjust?: (p: HostParams) => HostParams;
}

export function flavourHosts(): HostChoice[] {
  return FLAVOUR_PRESETS.map((f) => ({ id: f.id, label: f.label, params: findPreset(f.id)!.params }));
}

interface Scored extends CandidateScore {
  textPenalty: number;
  rank: number;
}

function tryHost(params: HostParams, era: KernelEra): Host | null {
  try {
    return makeHost(params, { era });
  } catch {
    return null;
  }
}

export function inferOrigin(
  clues: readonly TextClue[],
  values: Iterable<ValueSample>,
  opts: InferOptions = {},
): Inference {
  const eras = opts.eras ?? ERA_IDS;
  const hosts = opts.hosts ?? flavourHosts();
  const samples = pickSamples(values);
  // Preference among equals: the default kernel first, then newest to oldest.
  const eraPref = [...ERA_IDS].reverse();
  const defaultEra = MAINLINE_SPEC.era;
  const eraRank = (e: KernelEra) => (e === defaultEra ? -1 : eraPref.indexOf(e));

  const scored: Scored[] = [];
  hosts.forEach((h, hi) => {
    const params = opts.adjust ? opts.adjust(h.params) : h.params;
    // The bit-pattern era hints depend on the host's parameters, not on the era scored.
    const hints = samples.map((s) => suggestEras(params, s.value));
    for (const era of eras) {
      const host = tryHost(params, era);
      if (!host) continue;
      if (h.params.tdx_td_vm && !host.kernel.tdx) continue;
      let textPenalty = 0;
      const against: string[] = [];
      for (const c of clues) {
        const eraMiss = c.eras !== undefined && !c.eras.includes(era);
        const hostMiss = c.hosts !== undefined && !c.hosts.includes(h.id);
        if (eraMiss || hostMiss) {
          textPenalty += c.weight;
          against.push(c.text);
        }
      }
      let impossible = 0;
      let valuePenalty = 0;
      for (const [i, s] of samples.entries()) {
        const j = judgeValue(host, s, hints[i]);
        if (j.impossible) {
          impossible++;
          if (against.length < 6 && j.reason) against.push(`0x${s.value.toString(16)}: ${j.reason}`);
        }
        valuePenalty += j.penalty;
      }
      scored.push({
        era,
        host: h.id,
        impossible,
        penalty: textPenalty + valuePenalty,
        textPenalty,
        against,
        rank: eraRank(era) * 100 + hi,
      });
    }
  });
  scored.sort((a, b) => a.impossible - b.impossible || a.penalty - b.penalty || a.rank - b.rank);
  const best = scored[0];
  if (!best) throw new Error('no candidate host could be built');
  const label = (id: string) => hosts.find((h) => h.id === id)?.label ?? id;
  const same = (a: Scored, b: Scored) => a.impossible === b.impossible && a.penalty === b.penalty;
  const bestEras = scored.filter((s) => s.host === best.host && same(s, best)).map((s) => s.era);
  const eraLabel = eraRangeLabel(bestEras);

  // Runner-up: a different era range or host, never one with more unexplained values.
  const runner = scored.find(
    (s) => (s.host !== best.host || !bestEras.includes(s.era)) && s.impossible <= best.impossible,
  );
  const runnerEras = runner
    ? scored.filter((s) => s.host === runner.host && same(s, runner)).map((s) => s.era)
    : [];

  const versionClue = clues.find((c) => c.version !== undefined);
  const evidence: string[] = [];
  for (const c of clues) {
    const fits =
      (c.eras === undefined || c.eras.includes(best.era)) &&
      (c.hosts === undefined || c.hosts.includes(best.host));
    if (fits) evidence.push(c.text.replace(/\.$/, ''));
  }
  if (samples.length > 0) {
    evidence.push(
      best.impossible === 0
        ? `${samples.length === 1 ? 'the value fits' : `all ${samples.length} distinct values fit`}`
        : `${samples.length - best.impossible} of ${samples.length} distinct values fit`,
    );
    const dflt = scored.find((s) => s.era === defaultEra && s.host === hosts[0]?.id);
    if (dflt && dflt !== best && dflt.impossible > best.impossible)
      evidence.push(
        `${dflt.impossible === 1 ? 'the value' : `${dflt.impossible} values`} would not be ${dflt.impossible === 1 ? 'a KVM value' : 'KVM values'} under ${eraRangeLabel([defaultEra])} on ${label(dflt.host)} (${dflt.against.find((a) => a.startsWith('0x')) ?? ''})`,
      );
  }

  // Wording against values: the eras every era-clue allows vs the eras the values allow.
  let conflict: ConflictFinding | null = null;
  const eraClues = clues.filter((c) => c.eras !== undefined);
  if (eraClues.length > 0 && samples.length > 0) {
    const worded = ERA_IDS.filter((e) => eraClues.every((c) => c.eras!.includes(e)));
    const minImp = best.impossible;
    // On the chosen host: a text from an AMD machine is not reconciled by an Intel reading.
    const byValues = ERA_IDS.filter((e) =>
      scored.some((s) => s.era === e && s.host === best.host && s.impossible === minImp),
    );
    if (worded.length > 0 && !worded.some((e) => byValues.includes(e)))
      conflict = {
        id: 'SPTE-K001',
        severity: 'warning',
        title: RULES_BY_ID.get('SPTE-K001')!.title,
        explanation: `The messages read as ${eraRangeLabel(worded)} (${eraClues.map((c) => c.text).join('; ')}), but the values fit only ${eraRangeLabel(byValues)}: a kernel between releases (a backport, a vendor or development tree). The values decide the layout used here.`,
      };
  }

  const textCount = clues.length;
  const margin = runner ? runner.impossible - best.impossible + (runner.penalty - best.penalty) : Infinity;
  const strength: Strength =
    textCount === 0 && samples.length <= 1
      ? 'weak'
      : textCount > 0 && samples.length > 0 && margin >= 3 && conflict === null
        ? 'strong'
        : 'moderate';

  const hostLabel = label(best.host);
  const runnerUp = runner
    ? {
        era: runner.era,
        host: runner.host,
        eraLabel: eraRangeLabel(runnerEras),
        hostLabel: label(runner.host),
        why: runner.against[0] ?? 'fits as well on the values',
      }
    : null;
  const shown = evidence.slice(0, 4).join('; ') || 'nothing points elsewhere';
  const line =
    `Read as ${eraLabel} on ${hostLabel}: ${shown}.` +
    (strength === 'weak' ? ' (Weak: a single value.)' : '') +
    (runnerUp ? ` Also fits: ${runnerUp.eraLabel} on ${runnerUp.hostLabel}.` : '') +
    (conflict ? ` ${conflict.title}.` : '');
  return {
    best: { era: best.era, host: best.host },
    eras: bestEras,
    eraLabel,
    hostLabel,
    evidence,
    runnerUp,
    strength,
    conflict,
    version: versionClue?.version ?? null,
    line,
    scores: scored.map(({ era, host, impossible, penalty, against }) => ({
      era,
      host,
      impossible,
      penalty,
      against,
    })),
  };
}
