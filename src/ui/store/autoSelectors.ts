/**
 * Selectors for the kernel field's auto decision line. The decision is derived from the
 * value auto decided for (an input), not from the value shown, so it stays put while the
 * user toggles bits; the current value's own reading only adds "would fit X better".
 */

import type { KernelEra } from '../../core';
import { flavourLabel } from '../../core/infer';
import { fitsWorse, inferValue } from './autoKernel';
import { selectHost, selectKernelSummary, selectPresetId } from './selectors';
import type { InspectorInputs } from './types';

export interface AutoLine {
  /** 'auto': the reading below was decided by auto; 'choice': the user chose kernel/host. */
  kind: 'auto' | 'choice';
  text: string;
  /** The same in a few words, for narrow places: "Auto: 7.2 and later · Intel EPT with A/D bits (weak)". */
  short: string;
  /** The auto decision's runner-up, offered as a one-click override. */
  alternative: { era: KernelEra; host: string; label: string } | null;
}

const lines = new Map<string, AutoLine>();

function build(s: InspectorInputs): AutoLine {
  const host = selectHost(s);
  const preset = selectPresetId(s);
  const now = inferValue(s.lastValidValue, s.level);
  const better = fitsWorse(now, host.era, preset)
    ? ` This value would fit ${now.eraLabel} on ${now.hostLabel} better.`
    : '';
  if (s.kernelAuto && s.autoReading !== null) {
    // Read from a pasted text: its evidence, not one value's, is what the line reports.
    const r = s.autoReading;
    const why = r.evidence.slice(0, 3).join('; ') || 'nothing points elsewhere';
    const strength = r.strength === 'weak' ? 'weak evidence' : r.strength;
    return {
      kind: 'auto',
      text: `Read as ${r.eraLabel} on ${r.hostLabel} (auto, from the log, ${strength}): ${why}.${better}`,
      short: `Auto: ${r.eraLabel} · ${r.hostLabel} (from the log${r.strength === 'weak' ? ', weak' : ''})`,
      alternative: null,
    };
  }
  if (s.kernelAuto && s.autoFor !== null) {
    const inf = inferValue(s.autoFor, s.level);
    const why = inf.evidence.slice(0, 3).join('; ') || 'nothing points elsewhere';
    const strength = inf.strength === 'weak' ? 'weak: a single value' : inf.strength;
    const also = inf.runnerUp ? ` Also fits: ${inf.runnerUp.eraLabel} on ${inf.runnerUp.hostLabel}.` : '';
    return {
      kind: 'auto',
      text: `Read as ${inf.eraLabel} on ${inf.hostLabel} (auto, ${strength}): ${why}.${also}${s.autoFor === s.lastValidValue ? '' : better}`,
      short: `Auto: ${inf.eraLabel} · ${inf.hostLabel}${inf.strength === 'weak' ? ' (weak)' : ''}`,
      alternative: inf.runnerUp
        ? {
            era: inf.runnerUp.era,
            host: inf.runnerUp.host,
            label: `${inf.runnerUp.eraLabel} on ${inf.runnerUp.hostLabel}`,
          }
        : null,
    };
  }
  const version = selectKernelSummary(s).version;
  const where = `${version} on ${flavourLabel(preset)}`;
  const brief = `${version} · ${flavourLabel(preset)}`;
  if (s.kernelAuto)
    return {
      kind: 'auto',
      text: `Auto: a value you type or paste picks its kernel and host; until then, ${where}.${better}`,
      short: `Auto: ${brief}`,
      alternative: null,
    };
  return {
    kind: 'choice',
    text: `Your choice: ${where} (auto is off).${better}`,
    short: `Your choice: ${brief}`,
    alternative: null,
  };
}

/** The one-line decision near the kernel field (memoised on the inputs it reads). */
export const selectAutoLine = (s: InspectorInputs): AutoLine => {
  const key = [
    s.kernelAuto,
    s.autoFor?.toString(16) ?? '-',
    s.autoReading ? `${s.autoReading.era}/${s.autoReading.host}/${s.autoReading.evidence.join(';')}` : '-',
    s.lastValidValue.toString(16),
    s.level,
    s.kernel,
    selectPresetId(s),
  ].join('|');
  const known = lines.get(key);
  if (known) return known;
  const r = build(s);
  if (lines.size > 64) lines.clear();
  lines.set(key, r);
  return r;
};

export const selectKernelAuto = (s: InspectorInputs): boolean => s.kernelAuto;
