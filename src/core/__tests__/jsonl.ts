import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The lines of a gzip-compressed JSON Lines file (the golden vectors' format), unparsed. */
export function readJsonlGz(file: URL | string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
}
