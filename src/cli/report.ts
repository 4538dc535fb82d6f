/**
 * Rejected input, reported on stderr as `spte: WHERE: "INPUT": WHY` while the run goes on.
 * The input is quoted in bounded form: a 20 MB line must not become a 20 MB message.
 */

import { clip } from '../core/echo';
import type { TooLongLine } from './io';

let rejected = 0;

/** How many inputs were rejected so far: any makes the exit status 2. */
export function rejectedCount(): number {
  return rejected;
}

export function reject(where: string, input: string, message: string): void {
  rejected++;
  process.stderr.write(`spte: ${where}: ${JSON.stringify(clip(input))}: ${message}\n`);
}

export function rejectTooLong(where: string, line: TooLongLine): void {
  reject(where, line.head, line.message);
}
