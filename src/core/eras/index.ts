/** Kernel eras: which kernel a value came from, and how that kernel decodes it. */

export type { EraInfo, KernelEra, KernelSpec, SpteBits } from './types';
export { LEGACY_ERA_IDS } from './types';
export {
  ERAS,
  ERA_IDS,
  FACTS,
  eraFromId,
  eraInfo,
  eraOfRelease,
  NEWEST_ERA,
  hasFact,
  isKernelEra,
  kernelSpec,
  type Fact,
} from './table';
export { parseKernelVersion, type KernelVersionResult } from './version';
export { deriveKernelMasks } from './masks';
export { kernelMaskVariables, type KernelVariable } from './variables';
export {
  suggestEras,
  compareEras,
  type EraHint,
  type EraVerdict,
  type EraComparison,
  type FieldDifference,
  type FieldView,
  type PredicateDifference,
  type KernelChoice,
} from './hints';
