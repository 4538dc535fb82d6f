// The published package: scripts/check-pack.mjs packs it (prepack builds dist-lib), installs
// the tarball offline without dev dependencies and uses every export the README promises:
// the `spte` command, core/markdown-it/remark from ESM and CommonJS, the element in Node and
// in a Vite consumer, TypeScript consumers (ESM, CommonJS, React TSX), and an export lint.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

test('npm pack → offline install → spte, core, element, react, markdown-it and remark all work', () => {
  const script = fileURLToPath(new URL('../scripts/check-pack.mjs', import.meta.url));
  const out = execFileSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const report = JSON.parse(out.trim().split('\n').pop()!) as {
    ok: boolean;
    decoded: { kind: string; findings: string[] };
    timings: { versionStartMs: number };
  };
  expect(report.ok).toBe(true);
  expect(report.decoded).toEqual({ kind: 'leaf', findings: ['SPTE-W003'] });
  // Start-up time is measured and reported by the script (not asserted: no timed tests).
  expect(report.timings.versionStartMs).toBeGreaterThan(0);
}, 180_000);
