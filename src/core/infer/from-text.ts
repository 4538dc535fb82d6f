/** One call for a whole pasted text: extract the SPTEs, scan the clues, decide. */

import { makeHost } from '../host';
import { createAddressScanner, type AddressClaim } from '../log/addresses';
import { createLogExtractor } from '../log/extract';
import type { LogEntry } from '../log/types';
import { flavourHosts, inferOrigin, type InferOptions } from './decide';
import { suggestMaxphyaddr } from './maxphyaddr';
import { createClueScanner } from './text-clues';
import type { Inference, MaxphyaddrHint } from './types';
import { sampleOf } from './values';

export function inferFromText(
  text: string,
  opts: InferOptions = {},
): { inference: Inference; entries: LogEntry[]; claims: AddressClaim[]; maxphyaddr: MaxphyaddrHint | null } {
  const x = createLogExtractor();
  const clues = createClueScanner();
  const addresses = createAddressScanner();
  const entries: LogEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    clues.push(line);
    addresses.push(line);
    entries.push(...x.push(line));
  }
  entries.push(...x.end());
  const inference = inferOrigin(clues.clues(), entries.map(sampleOf), opts);
  const claims = addresses.claims();
  // SPTE-K002 is judged on the host the text was read as.
  const chosen = (opts.hosts ?? flavourHosts()).find((h) => h.id === inference.best.host);
  const params = chosen && (opts.adjust ? opts.adjust(chosen.params) : chosen.params);
  const maxphyaddr = params
    ? suggestMaxphyaddr(makeHost(params, { era: inference.best.era }), entries, claims)
    : null;
  return { inference, entries, claims, maxphyaddr };
}
