/** Inference of the kernel era and host flavour a text or a value came from. */

export type * from './types';
export { FLAVOUR_PRESETS, FLAVOUR_IDS, flavourLabel, eraRangeLabel } from './candidates';
export { createClueScanner, scanText, type ClueScanner } from './text-clues';
export { contextOf, sampleOf, judgeValue, pickSamples } from './values';
export { inferOrigin, flavourHosts, type HostChoice, type InferOptions } from './decide';
export { inferFromText } from './from-text';
export { maxphyaddrHintJson, mmioGfnChecks, suggestMaxphyaddr, type SpteSighting } from './maxphyaddr';
