/** One call for a whole pasted text: extract the SPTEs, scan the clues, decide. */

import { createLogExtractor } from '../log/extract';
import type { LogEntry } from '../log/types';
import { inferOrigin, type InferOptions } from './decide';
import { createClueScanner } from './text-clues';
import type { Inference } from './types';
import { sampleOf } from './values';

export function inferFromText(
  text: string,
  opts: InferOptions = {},
): { inference: Inference; entries: LogEntry[] } {
  const x = createLogExtractor();
  const clues = createClueScanner();
  const entries: LogEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    clues.push(line);
    entries.push(...x.push(line));
  }
  entries.push(...x.end());
  return { inference: inferOrigin(clues.clues(), entries.map(sampleOf), opts), entries };
}
