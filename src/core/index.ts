/**
 * SPTE Inspector core: the public API used by the page, the embed, the CLI and other
 * tools (package export "spte-inspector/core"). Pure: no DOM, React or Node APIs.
 */

export * from './bits';
export * from './constants';
export { parseSpte, type ParseError, type ParseResult } from './parse';
export {
  PARAM_SPECS,
  checkParams,
  type HostParams,
  type ParamKey,
  type ParamProblem,
  type ParamSpec,
  type RsvdModel,
  type Vendor,
} from './params';
export { PRESETS, DEFAULT_PRESET_ID, findPreset, presetMatching, type Preset } from './presets';
export { deriveMasks, type HostMasks } from './masks';
export type { RsvdCheck } from './rsvd';
export {
  makeHost,
  makeHostForKernel,
  hostFromParams,
  hostFromPreset,
  resolveKernel,
  type Host,
  type HostOptions,
  type HostResult,
  type KernelChoiceResult,
  type Flavour,
} from './host';
export * from './eras';
export * as predicates from './predicates';
export {
  computeVerdicts,
  computePairVerdicts,
  verdictKeys,
  pairVerdictKeys,
  LEVELS,
  type Verdicts,
  type VerdictKey,
  type PairVerdicts,
  type PairVerdictKey,
  type Guarded,
} from './verdicts';
export type { AccessTrackWarning, WritableVerdict } from './predicates';
export { toVectorJson, vectorJsonString } from './vector-json';
export { classify, type Classification } from './classify';
export { WRITABLE_STATES, writableReport, type WritableState, type WritableReport } from './writable';
export { layoutFor, ALL_KINDS } from './layout/tables';
export {
  fieldReference,
  fieldReferenceText,
  type FieldReference,
  type FieldReferenceRow,
} from './layout/reference';
export {
  KIND_LABELS,
  CATEGORY_LABELS,
  type FieldDef,
  type FieldCategory,
  type FieldFormat,
  type Layout,
  type SpteKind,
} from './layout/types';
export { RULES, RULES_BY_ID } from './findings/rules';
export { KERNEL_SCOPES, kernelScopeText, type Applicability, type KernelScope } from './findings/scope';
export { exampleHost } from './findings/examples';
export { WARN, makeSpteRsvdWarn } from './warns';
export { checkFindings, worstSeverity } from './findings/check';
export type { Finding, FindingRule, Severity } from './findings/types';
export { decode, describeField, type Decoded, type DecodedField } from './decode';
export { setField, setMmioGeneration, setMmioGfn, fieldMax } from './edit';
export { cExpression, markdownSummary, hostLabel, kernelLabel } from './format';
export {
  classifyTransition,
  changedBits,
  changedBitsText,
  flushRows,
  type Transition,
  type TransitionId,
  type FlushRow,
} from './transitions';
export { renderSvg, type SvgOptions, type SvgTheme } from './render/svg';
