/**
 * `npm run bench`: every benchmark, each printed as a ratio to a baseline measured in the
 * same run (absolute times vary by machine; ratios are what we track).
 * Select with `npm run bench -- core log ui`.
 */

import { benchCoreDecode } from './core-decode';

const only = new Set(process.argv.slice(2));
const want = (name: string) => only.size === 0 || only.has(name);

const suites: [string, () => Promise<string[]> | string[]][] = [['core', benchCoreDecode]];

for (const [name, run] of suites) {
  if (!want(name)) continue;
  for (const line of await run()) console.log(line);
}
