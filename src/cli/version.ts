/** The package's version: baked in by the bundled build, read from package.json when run from the sources. */

import { readFileSync } from 'node:fs';

declare const __SPTE_VERSION__: string | undefined;

export function version(): string {
  if (typeof __SPTE_VERSION__ === 'string') return __SPTE_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
