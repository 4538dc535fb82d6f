/**
 * `npm run bench`: every benchmark, each printed as a ratio to a baseline measured in the
 * same run (absolute times vary by machine; ratios are what we track).
 * Select with `npm run bench -- core log-cli cli-limits auto build ui log`.
 */

import { execSync } from 'node:child_process';
import { benchAutoDetect } from './auto-detect';
import { benchCliLimits } from './cli-limits';
import { benchCoreDecode } from './core-decode';
import { benchLogCli } from './log-cli';
import { benchLogPaste } from './log-paste';
import { benchUiToggle } from './ui-toggle';

const only = new Set(process.argv.slice(2));
const want = (name: string) => only.size === 0 || only.has(name);

/** Browser benchmarks measure the production build. */
function build(): string[] {
  execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] });
  return [];
}

const suites: [string, () => Promise<string[]> | string[]][] = [
  ['core', benchCoreDecode],
  ['log-cli', benchLogCli],
  ['cli-limits', benchCliLimits],
  ['auto', benchAutoDetect],
  ['build', build],
  ['ui', benchUiToggle],
  ['log', benchLogPaste],
];

for (const [name, run] of suites) {
  if (name === 'build' ? !(want('ui') || want('log')) : !want(name)) continue;
  for (const line of await run()) console.log(line);
}
