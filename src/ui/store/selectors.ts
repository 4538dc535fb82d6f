/**
 * Named, module-scope selectors: the only way components read the store. Each derives
 * its view through the core (decode, checkParams, parseSpte) and is memoised on the
 * identity of its inputs, so it returns the same object until an input changes.
 */

import {
  DEFAULT_PRESET_ID,
  checkParams,
  decode,
  findPreset,
  hex16,
  parseSpte,
  type Decoded,
  type Host,
  type HostParams,
  type ParamKey,
  type ParamProblem,
} from '../../core';
import { keyedMemo, weakMemo } from './memo';
import type { Highlight, InputMode, InspectorInputs } from './types';
import {
  buildFieldRows,
  buildFindings,
  buildGrid,
  buildKind,
  buildLegend,
  buildWritable,
  highlightBits,
} from '../lib/views';
import { hostFor, kernelSummary, parseKernelChoice } from '../lib/kernels';

const defaultParams = (): HostParams => findPreset(DEFAULT_PRESET_ID)!.params;

/** The applied host parameters (a preset's own object, so its identity is stable). */
export const selectParams = (s: InspectorInputs): HostParams =>
  s.config.kind === 'custom' ? s.config.params : (findPreset(s.config.id)?.params ?? defaultParams());

/** One host per (parameters, kernel), so every decode of the same inputs is shared. */
const hostOf = keyedMemo(hostFor, (kernel) => kernel, 32);
export const selectHost = (s: InspectorInputs): Host => hostOf(selectParams(s), s.kernel);

/** The preset id for the select, or 'custom' when the parameters match no preset. */
export const selectPresetId = (s: InspectorInputs): string =>
  s.config.kind === 'preset' ? s.config.id : 'custom';

// One decode per (host, value, level); a few hundred recent ones per host are kept so
// undo, Back/Forward and re-toggling a bit do not decode again.
const decodeOf = keyedMemo(
  (host: Host, at: { value: bigint; level: number }): Decoded => decode(host, at.value, at.level),
  (at) => `${at.level}:${at.value.toString(16)}`,
  256,
);

export const selectDecoded = (s: InspectorInputs): Decoded =>
  decodeOf(selectHost(s), { value: s.lastValidValue, level: s.level });

export const selectValueHex = (s: InspectorInputs): string => hex16(s.lastValidValue);
export const selectText = (s: InspectorInputs): string => s.text;
export const selectKernel = (s: InspectorInputs): string => s.kernel;
export const selectKernelText = (s: InspectorInputs): string => s.kernelText;
export const selectMode = (s: InspectorInputs): InputMode => s.mode;
export const selectLogText = (s: InspectorInputs): string => s.logText;
/** The version parser's message for the kernel field's text, or null when it is usable. */
export const selectKernelError = (s: InspectorInputs): string | null => {
  const r = parseKernelChoice(s.kernelText);
  return r.ok ? null : r.message;
};
const kernelSummaryOf = weakMemo(kernelSummary);
/** The applied kernel in words: version, era and any vendor caveat. */
export const selectKernelSummary = (s: InspectorInputs) => kernelSummaryOf(selectHost(s));
export const selectLevel = (s: InspectorInputs): number => s.level;
export const selectTheme = (s: InspectorInputs) => s.theme;
export const selectParamsOpen = (s: InspectorInputs): boolean => s.paramsOpen;
export const selectCanUndo = (s: InspectorInputs): boolean => s.past.length > 0;
export const selectCanRedo = (s: InspectorInputs): boolean => s.future.length > 0;

/** The parser's message for the current text, or null when it parses. */
export const selectParseError = (s: InspectorInputs): string | null => {
  const r = parseSpte(s.text);
  return r.ok ? null : r.error.message;
};

const gridOf = weakMemo(buildGrid);
const fieldRowsOf = weakMemo(buildFieldRows);
const kindOf = weakMemo(buildKind);
const findingsOf = weakMemo((d: Decoded) => buildFindings(d.findings));
const writableOf = weakMemo(buildWritable);
const legendOf = weakMemo(buildLegend);

export const selectGrid = (s: InspectorInputs) => gridOf(selectDecoded(s));
export const selectFieldRows = (s: InspectorInputs) => fieldRowsOf(selectDecoded(s));
export const selectKind = (s: InspectorInputs) => kindOf(selectDecoded(s));
export const selectFindings = (s: InspectorInputs) => findingsOf(selectDecoded(s));
export const selectWritable = (s: InspectorInputs) => writableOf(selectDecoded(s));
export const selectLegend = (s: InspectorInputs) => legendOf(selectDecoded(s));

const bitsOf = keyedMemo(
  (d: Decoded, h: Highlight | null): ReadonlySet<number> => highlightBits(d, h),
  (h) => (h === null ? '' : `${h.kind}:${h.id}`),
  128,
);

/** Bits highlighted by hovering or focusing a bit or a field row. */
export const selectHoverBits = (s: InspectorInputs): ReadonlySet<number> => bitsOf(selectDecoded(s), s.hover);
/** Bits pinned by a finding's button. */
export const selectPinnedBits = (s: InspectorInputs): ReadonlySet<number> =>
  bitsOf(selectDecoded(s), s.pinned);

/** The field whose row is highlighted (hovered in the list, or owning the hovered bit). */
export const selectHoverFieldId = (s: InspectorInputs): string | null =>
  s.hover?.kind === 'field' ? s.hover.id : null;
export const selectPinnedFindingId = (s: InspectorInputs): string | null =>
  s.pinned?.kind === 'finding' ? s.pinned.id : null;

/** The field row for the hovered field, for the detail line under the grid. */
export const selectHoverField = (s: InspectorInputs) => {
  const id = selectHoverFieldId(s);
  return id === null ? null : (selectFieldRows(s).find((r) => r.id === id) ?? null);
};

const mergedOf = weakMemo((params: HostParams) =>
  weakMemo(
    (draft: Partial<Record<ParamKey, unknown>>) => ({ ...params, ...draft }) as Record<ParamKey, unknown>,
  ),
);

/** What the parameter inputs show: applied parameters with any rejected edits on top. */
export const selectParamValues = (s: InspectorInputs): Readonly<Record<ParamKey, unknown>> =>
  s.paramDraft === null ? selectParams(s) : mergedOf(selectParams(s))(s.paramDraft);

const NO_PROBLEMS: readonly ParamProblem[] = [];
const problemsOf = weakMemo((values: Readonly<Record<ParamKey, unknown>>): readonly ParamProblem[] => {
  const r = checkParams(values);
  return r.ok ? NO_PROBLEMS : r.problems;
});

/** Why the edited parameters were not applied (empty when nothing is pending). */
export const selectParamProblems = (s: InspectorInputs): readonly ParamProblem[] =>
  s.paramDraft === null ? NO_PROBLEMS : problemsOf(selectParamValues(s));

// Parsed comparisons by (side, text): the same text always gives the same object.
const comparisons = new Map<string, { value: bigint; as: 'old' | 'new' } | null>();
/** The comparison shown (and linked): the other value when its text parses, else null. */
export const selectComparison = (s: InspectorInputs): { value: bigint; as: 'old' | 'new' } | null => {
  if (s.compareText === null) return null;
  const key = `${s.compareAs}:${s.compareText}`;
  let out = comparisons.get(key);
  if (out === undefined) {
    const r = parseSpte(s.compareText);
    out = r.ok ? { value: r.value, as: s.compareAs } : null;
    if (comparisons.size >= 64) comparisons.delete(comparisons.keys().next().value!);
    comparisons.set(key, out);
  }
  return out;
};

/** The parser's message for the "Value to compare with" field, or null (empty or valid). */
export const selectCompareError = (s: InspectorInputs): string | null => {
  if (s.compareText === null || s.compareText.trim() === '') return null;
  const r = parseSpte(s.compareText);
  return r.ok ? null : r.error.message;
};
