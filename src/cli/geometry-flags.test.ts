/**
 * --maxphyaddr and --set reach every command that draws or lists a host's layout (fields,
 * svg) as they reach decode and log, and auto leaves out flavours they cannot apply to.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spte } from './spawn-cli';

const CORE2 = join(
  new URL('../core/infer/corpus/', import.meta.url).pathname,
  'c09-5.15-core2-shadow-mmio.txt',
);
/** An EPT MMIO SPTE of an L1TF-affected MAXPHYADDR-36 host (GFN 0xfed00). */
const MMIO36 = '0x1ffed00036';

describe.concurrent('host geometry flags', () => {
  it('spte fields lists the layout of the changed host', async () => {
    const [plain, text, json] = await Promise.all([
      spte(['fields']),
      spte(['fields', '--maxphyaddr', '36']),
      spte(['fields', '--json', '--maxphyaddr', '36', '--set', 'x86_bug_l1tf=true']),
    ]);
    expect(plain.stdout).toMatch(/51–46 {2}Reserved PA bits/);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toContain('MAXPHYADDR 36');
    expect(text.stdout).toMatch(/51–36 {2}Reserved PA bits/);
    const ref = JSON.parse(json.stdout) as {
      kinds: { kind: string; rows: { name: string; lo: number }[] }[];
    };
    const mmio = ref.kinds.find((k) => k.kind === 'mmio')!.rows;
    // With the L1TF guard at bits 31–35 the relocated GPA bits start at 36.
    expect(mmio.find((r) => /relocated/.test(r.name))?.lo).toBe(36);
  });

  it('spte svg draws the value for the changed host', async () => {
    const [plain, changed] = await Promise.all([
      spte(['svg', '--kernel', '5.15', MMIO36]),
      spte(['svg', '--kernel', '5.15', '--maxphyaddr', '36', '--set', 'x86_bug_l1tf=true', MMIO36]),
    ]);
    expect(plain.stdout).toContain('gfn bits 0x1ffed00');
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('GFN (relocated bits) [40:36]');
    expect(changed.stdout).not.toContain('gfn bits 0x1ffed00');
  });

  it('a bad setting is a usage error for fields and svg alike', async () => {
    for (const args of [
      ['fields', '--set', 'maxphyaddr_cpuid=99'],
      ['svg', '--set', 'bogus=1', MMIO36],
    ]) {
      const r = await spte(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('--set');
    }
  });

  it('auto skips flavours the flags cannot apply to (an SME host has no bits left at 36)', async () => {
    const r = await spte(['log', '--json', '--maxphyaddr', '36', '--set', 'x86_cache_bits=36', CORE2]);
    expect(r.code).toBe(0);
    const first = JSON.parse(r.stdout.split('\n')[0]!) as {
      host: { preset: string };
      textFindings?: unknown;
    };
    expect(first.host.preset).toBe('shadow');
    // Read with the suggested geometry, the traced GFNs agree: no SPTE-K002.
    expect(first.textFindings).toBeUndefined();
  });
});
