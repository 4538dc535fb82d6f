/**
 * Selectors for the verdict strip and the writable-state control: what the value's state
 * is, which bits the problems name, and the values one click on a fix or a state gives.
 */
import type { Decoded, Host } from '../../core';
import { buildVerdict, findingMarks } from '../lib/verdictView';
import { writableChoices, writableFixes } from '../lib/writableChoices';
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
const choicesOf = keyedMemo(
  (d: Decoded, host: Host) => writableChoices(host, d),
  () => 'choices',
  1,
);

export const selectVerdict = (s: InspectorInputs) => verdictOf(selectDecoded(s));
/** Bit → worst severity of an error or warning naming it. */
export const selectFindingMarks = (s: InspectorInputs) => marksOf(selectDecoded(s));
export const selectWritableFixes = (s: InspectorInputs) => fixesOf(selectDecoded(s), selectHost(s));
export const selectWritableChoices = (s: InspectorInputs) => choicesOf(selectDecoded(s), selectHost(s));
