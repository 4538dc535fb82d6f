/** The writable-state control's choices (loaded with the control, below the first screen). */
import type { Decoded, Host } from '../../core';
import { writableChoices } from '../lib/writableChoices';
import { keyedMemo } from './memo';
import { selectDecoded, selectHost } from './selectors';
import type { InspectorInputs } from './types';

// Keyed by the decode: a host change gives a new decode, so host and decode agree.
const choicesOf = keyedMemo(
  (d: Decoded, host: Host) => writableChoices(host, d),
  () => 'choices',
  1,
);

/** The four legal H/M/W states, each with the value, transition and flush picking it gives. */
export const selectWritableChoices = (s: InspectorInputs) => choicesOf(selectDecoded(s), selectHost(s));
