/**
 * Selectors for the full page's kernel panel and comparison (era analysis, mask list).
 * The embeddable inspector never shows these, so they live apart from selectors.ts.
 */
import { kernelMaskVariables, suggestEras, type EraHint, type Host, type HostParams } from '../../core';
import { buildMaskRows } from '../lib/maskRows';
import { keyedMemo, weakMemo } from './memo';
import { selectHost, selectParams } from './selectors';
import type { InspectorInputs } from './types';

// suggestEras decodes under every era: once per (parameters, value).
const erasOf = keyedMemo(
  (p: HostParams, value: bigint): EraHint[] => suggestEras(p, value),
  (value) => value.toString(16),
  64,
);
/** Which kernel eras the current value is consistent with, and why (never applied by itself). */
export const selectEraHints = (s: InspectorInputs): EraHint[] => erasOf(selectParams(s), s.lastValidValue);

const maskRowsOf = weakMemo((h: Host) => buildMaskRows(kernelMaskVariables(h)));
/** The host's mask variables under its kernel's names. */
export const selectMaskRows = (s: InspectorInputs) => maskRowsOf(selectHost(s));
