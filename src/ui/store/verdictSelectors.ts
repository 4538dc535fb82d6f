/**
 * Selectors for the verdict strip and the writable-state control: what the value's state
 * is, which bits the problems name, and the value a one-click fix gives.
 */
import type { Decoded, Host } from '../../core';
import { buildVerdict, findingMarks } from '../lib/verdictView';
import { writableFixes } from '../lib/writableFixes';
import { keyedMemo, weakMemo } from './memo';
import { selectDecoded, selectHost } from './selectors';
import type { InspectorInputs } from './types';

const verdictOf = weakMemo(buildVerdict);
const marksOf = weakMemo(findingMarks);
// Keyed by the decode: a host change gives a new decode, so host and decode agree.
const fixesOf = keyedMemo(
  (d: Decoded, host: Host) => writableFixes(host, d),
  () => 'fixes',
  1,
);

export const selectVerdict = (s: InspectorInputs) => verdictOf(selectDecoded(s));
/** Bit → worst severity of an error or warning naming it. */
export const selectFindingMarks = (s: InspectorInputs) => marksOf(selectDecoded(s));
export const selectWritableFixes = (s: InspectorInputs) => fixesOf(selectDecoded(s), selectHost(s));
