// The published package: `npm pack` builds dist-lib (prepack), and the tarball's
// "spte-inspector/core" export must work from plain Node ESM and type-check under
// TypeScript's nodenext resolution. scripts/check-pack.mjs does the work (offline, ~4 s).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

test('npm pack → install → import { decode, hostFromPreset, parseSpte } from "spte-inspector/core"', () => {
  const script = fileURLToPath(new URL('../scripts/check-pack.mjs', import.meta.url));
  const out = execFileSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const report = JSON.parse(out.trim().split('\n').pop()!) as {
    ok: boolean;
    decoded: { kind: string; findings: string[] };
  };
  expect(report.ok).toBe(true);
  expect(report.decoded).toEqual({ kind: 'leaf', findings: ['SPTE-W003'] });
});
