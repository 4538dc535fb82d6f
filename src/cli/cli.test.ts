import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const VECTORS = join(ROOT, 'test-fixtures/vectors');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI like `npm run --silent spte -- ...` does (tsx on src/cli/main.ts). */
export function spte(args: string[], input = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(input);
  });
}

const SKIP = new Set(['kind', 'src', 'v', 'old', 'new', 'level']);
const tmp = mkdtempSync(join(tmpdir(), 'spte-cli-'));
const configs = (
  JSON.parse(readFileSync(join(VECTORS, 'configs.json'), 'utf8')) as {
    configs: { name: string; params: unknown }[];
  }
).configs;

function mismatches(expected: Record<string, unknown>[], stdout: string): string[] {
  const got = stdout.split('\n').filter((l) => l.startsWith('{'));
  const out: string[] = [];
  if (got.length !== expected.length) out.push(`line count ${got.length} != ${expected.length}`);
  expected.forEach((e, i) => {
    const g = JSON.parse(got[i] ?? '{}') as Record<string, unknown>;
    for (const k of Object.keys(e))
      if (!SKIP.has(k) && JSON.stringify(g[k]) !== JSON.stringify(e[k]))
        out.push(`line ${i + 1} ${k}: want ${JSON.stringify(e[k])} got ${JSON.stringify(g[k])}`);
  });
  return out.slice(0, 5);
}

describe.concurrent('CLI --json agrees with every golden vector line', () => {
  it.each(configs.map((c) => [c.name, c] as const))('%s', async (name, cfg) => {
    const file = join(tmp, `${name}.json`);
    // Only params are handed over: the CLI must derive every mask itself.
    writeFileSync(file, JSON.stringify({ name, params: cfg.params }));
    const lines = gunzipSync(readFileSync(join(VECTORS, `${name}.jsonl.gz`)))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const values = lines.filter((l) => l.kind === 'value');
    const pairs = lines.filter((l) => l.kind === 'pair');
    const [dv, dp] = await Promise.all([
      spte(['decode', '--config', file, '--json'], values.map((v) => v.v).join('\n') + '\n'),
      spte(
        ['pair', '--config', file, '--json'],
        pairs.map((p) => `${p.old as string} ${p.new as string} ${p.level as number}`).join('\n') + '\n',
      ),
    ]);
    expect(dv.code).toBe(0);
    expect(dp.code).toBe(0);
    expect(mismatches(values, dv.stdout)).toEqual([]);
    expect(mismatches(pairs, dp.stdout)).toEqual([]);
  });
});

describe('CLI behaviour', () => {
  it('reports bad stdin lines with their number, keeps going, exits 2', async () => {
    const r = await spte(['decode', '--json'], '0x8600000123456b77\nzzz\n\n0x1_0000_0000_0000_0000\n0\n');
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('stdin line 2: "zzz": Not a hex digit');
    expect(r.stderr).toContain('stdin line 4');
    expect(r.stderr).toMatch(/Too wide/);
  });
  it('names a bad argument', async () => {
    const r = await spte(['decode', '0x5a0', '-3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('argument 2: "-3": Negative');
    expect(r.stdout).toContain('0x00000000000005a0');
  });
  it('prints a readable view without colour when piped, with colour on request, never with NO_COLOR', async () => {
    const plain = await spte(['decode', '--preset', 'npt', '0x0000000123456e67']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('kind: shadow-present leaf');
    expect(plain.stdout).toContain('MMU-writable');
    expect(plain.stdout).toContain('SPTE-W003');
    expect(plain.stdout).not.toContain('\x1b[');
    expect((await spte(['decode', '--color', '0x5a0'])).stdout).toContain('\x1b[');
  });
  it('pair takes positional OLD NEW with --level', async () => {
    const r = await spte(['pair', '--json', '--level', '1', '0x8600000123456b77', '0x8200000123456b75']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      leaf_spte_change_needs_tlb_flush: { precondition: true, value: true },
      tdp_map_flush: true,
    });
  });
  it('rejects an inconsistent --config with the reason', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ params: { ...(configs[0]!.params as object), x86_cache_bits: 30 } }),
    );
    const r = await spte(['decode', '--config', file, '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x86_cache_bits/);
  });
  it('rejects an unknown preset listing the valid ones', async () => {
    const r = await spte(['decode', '--preset', 'nope', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ept-ad, ept-noad');
  });
});
