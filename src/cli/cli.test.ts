import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonlGz } from '../core/__tests__/jsonl';
import { RULES } from '../core/findings/rules';
import { describe, expect, it } from 'vitest';
import { spte } from './spawn-cli';

const ROOT = new URL('../../', import.meta.url).pathname;
const VECTORS = join(ROOT, 'test-fixtures/vectors');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

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
    const lines = readJsonlGz(join(VECTORS, `${name}.jsonl.gz`)).map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    const values = lines.filter((l) => l.kind === 'value');
    const pairs = lines.filter((l) => l.kind === 'pair');
    // Like the contract checker: the header's kernel (7.1) goes to --kernel.
    const version = (lines[0] as { kernel: { version: string } }).kernel.version;
    expect(version).toBe('7.1');
    const kernel = ['--kernel', version];
    const [dv, dp] = await Promise.all([
      spte(['decode', ...kernel, '--config', file, '--json'], values.map((v) => v.v).join('\n') + '\n'),
      spte(
        ['pair', ...kernel, '--config', file, '--json'],
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
  it('points a pasted log line to `spte log`, naming the SPTEs in it', async () => {
    const r = await spte(['decode', 'kvm: Writable SPTE is not MMU-writable: 82000001234b77']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Not a hex digit: 'k' at column 1.");
    expect(r.stderr).toContain(
      'It looks like a log line holding 0x0082000001234b77: `spte log` reads such lines.',
    );
    const plain = await spte(['decode', '0x12zz']);
    expect(plain.stderr).not.toContain('log line');
  });
  it('names the transition of a pair and gives each flush decision its reason', async () => {
    const text = await spte([
      'pair',
      '--kernel',
      '7.1',
      '--level',
      '1',
      '0x8600000123456b77',
      '0x8200000123456b75',
    ]);
    expect(text.stdout).toContain('Write-protect for shadowing: W and MMU-writable cleared');
    expect(text.stdout).toMatch(/leaf_spte_change_needs_tlb_flush +true +flush: MMU-writable cleared/);
    const json = await spte([
      'pair',
      '--kernel',
      '7.1',
      '--json',
      '--level',
      '1',
      '0x8600000123456b77',
      '0x8600000123456a77',
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      transition: { id: 'age', name: 'Age: Accessed cleared' },
    });
  });
  it('stops quietly when the reader closes the pipe (`| head`)', async () => {
    const r = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve, reject) => {
      const p = spawn(TSX, [join(ROOT, 'src/cli/main.ts'), 'decode'], { cwd: ROOT });
      let stderr = '';
      let first = '';
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      p.stdout.once('data', (d: Buffer) => {
        first = d.toString().split('\n')[0]!;
        p.stdout.destroy();
      });
      p.on('error', reject);
      p.on('close', (code) => resolve({ code, stderr, first }));
      p.stdin.on('error', () => {}); // the CLI may be gone before all input is written
      p.stdin.end('0x8600000123456b77\n'.repeat(200_000));
    });
    // The first line names the kernel and host that auto chose.
    expect(r.first).toMatch(/^Read as 6\.10 – 7\.1 on Intel EPT with A\/D bits \(auto\)/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
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
    const r = await spte([
      'pair',
      '--kernel',
      '7.1',
      '--json',
      '--level',
      '1',
      '0x8600000123456b77',
      '0x8200000123456b75',
    ]);
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

describe.concurrent('CLI --kernel agrees with the 6.1 vectors, key for key', () => {
  const DIR = join(VECTORS, 'versions/6.1');
  const kconfigs = (
    JSON.parse(readFileSync(join(DIR, 'configs.json'), 'utf8')) as {
      configs: { name: string; params: unknown; kernel: { version: string } }[];
    }
  ).configs;
  /** Every expected key with its value, and no verdict key the kernel does not have. */
  function exact(expected: Record<string, unknown>[], stdout: string, extra: Set<string>): string[] {
    const got = stdout.split('\n').filter((l) => l.startsWith('{'));
    const out = mismatches(expected, stdout);
    expected.forEach((e, i) => {
      const g = Object.keys(JSON.parse(got[i] ?? '{}') as object).filter(
        (k) => !SKIP.has(k) && !extra.has(k),
      );
      const want = Object.keys(e).filter((k) => !SKIP.has(k));
      if (JSON.stringify(g) !== JSON.stringify(want))
        out.push(`line ${i + 1} keys: want ${want.join(',')} got ${g.join(',')}`);
    });
    return out.slice(0, 5);
  }
  it.each(kconfigs.map((c) => [c.name, c] as const))('%s', async (name, cfg) => {
    const file = join(tmp, `k61-${name}.json`);
    writeFileSync(file, JSON.stringify({ name, params: cfg.params }));
    const lines = readJsonlGz(join(DIR, `${name}.jsonl.gz`)).map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    const values = lines.filter((l) => l.kind === 'value');
    const pairs = lines.filter((l) => l.kind === 'pair');
    const kernel = ['--kernel', cfg.kernel.version];
    const [dv, dp] = await Promise.all([
      spte(['decode', ...kernel, '--config', file, '--json'], values.map((v) => v.v).join('\n') + '\n'),
      spte(
        ['pair', ...kernel, '--config', file, '--json'],
        pairs.map((p) => `${p.old as string} ${p.new as string} ${p.level as number}`).join('\n') + '\n',
      ),
    ]);
    expect(dv.code).toBe(0);
    expect(dp.code).toBe(0);
    expect(exact(values, dv.stdout, new Set(['kernel', 'host', 'fields', 'findings']))).toEqual([]);
    expect(exact(pairs, dp.stdout, new Set(['kernel', 'host', 'transition']))).toEqual([]);
  });
});

describe('CLI --kernel behaviour', () => {
  it('names the kernel in the text view and uses its layout', async () => {
    const r = await spte(['decode', '--kernel', '6.1', '--preset', 'npt', '0x0000000123456e67']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kernel 6.1 (era mmu-writable, 5.18 – 6.9)');
    expect(r.stdout).toContain('spte_has_volatile_bits');
    expect(r.stdout).not.toContain('spte_needs_atomic_update');
    const old = await spte(['decode', '--kernel', '5.10', '--preset', 'ept-noad', '0x0010000123456c77']);
    expect(old.stdout).toContain('kernel 5.10 (era special-type, 5.10 – 5.12)');
    expect(old.stdout).toContain('SPTE_MMU_WRITEABLE');
    expect(old.stdout).toContain('spte_can_locklessly_be_made_writable');
  });
  it('--kernel 7.2 decodes the 7.2 layout: H 53, M 55, XU at bit 10', async () => {
    const r = await spte(['decode', '--kernel', '7.2', '--json', '0x80a0000123456f77']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      is_mmu_writable_spte: boolean;
      host_writable_bit: boolean;
      fields: { id: string; lo: number }[];
      findings: { severity: string }[];
    };
    expect([j.is_mmu_writable_spte, j.host_writable_bit]).toEqual([true, true]);
    expect(j.fields.find((f) => f.id === 'xu')?.lo).toBe(10);
    expect(j.findings.map((f) => f.severity)).toEqual(['info']);
    const text = await spte(['decode', '--kernel', '7.2', '0x80a0000123456f77']);
    expect(text.stdout).toContain('kernel 7.2 (era mbec, 7.2 and later)');
  });
  it('fields prints the field rows of a kernel and preset: bit 9 of an EPT leaf on 5.15', async () => {
    const r = await spte(['fields', '--kernel', '5.15', '--preset', 'ept-ad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kernel 5.15 (era mmu-present-lockless, 5.13 – 5.17)');
    const leaf = r.stdout.split('\n\n')[1]!;
    expect(leaf).toMatch(/^ +9 +Dirty +VMX_EPT_DIRTY_BIT /m);
    expect(leaf).toMatch(/^ +58 +MMU-writable +EPT_SPTE_MMU_WRITABLE /m);
    const json = JSON.parse((await spte(['fields', '--kernel', '7.2', '--json'])).stdout) as {
      kinds: { kind: string; rows: { name: string; lo: number }[] }[];
    };
    const rows = json.kinds.find((k) => k.kind === 'leaf')!.rows;
    expect(rows.find((x) => x.lo === 10)?.name).toBe('XU');
    expect((await spte(['fields', '0x1'])).code).toBe(2);
  });
  it('rejects an unusable --kernel with exit 2 and the reason', async () => {
    const r = await spte(['decode', '--kernel', '2.4', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--kernel: "2\.4" is older than KVM/);
    expect(r.stdout).toBe('');
    const p = await spte(['pair', '--kernel', 'banana', '--level', '1', '0', '0']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/not a kernel version/);
  });
  it('lists the eras, and maps versions to them', async () => {
    const r = await spte(['kernels']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/special-type\s+5\.10 – 5\.12/);
    expect(r.stdout).toMatch(/ad-always\s+6\.13 – 7\.1/);
    expect(r.stdout).toMatch(/mbec\s+7\.2 and later/);
    const j = await spte(['kernels', '--json', '6.6.30', '4.18.0-305.3.1.el8']);
    const rows = j.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { era: string; note: string | null });
    expect(rows.map((x) => x.era)).toEqual(['mmu-writable', 'special-type']);
    expect(rows[1]!.note).toMatch(/RHEL/);
    const bad = await spte(['kernels', '2.6']);
    expect(bad.code).toBe(2);
  });
});

describe('spte log', () => {
  const LOG = [
    '[  123.456789] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x12345000, hierarchy:',
    '[  123.456790] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
    '[  123.456792] kvm: ------ spte = 0x860040012345fb77 level = 1, rsvd bits = 0x0',
    '> CPU 1/KVM-4567 [002] d..2. 123.456789: kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8600000123456b77 new_spte 8400000123456b75',
    '  qemu-system-x86-1234  [003]  5678.123456: kvm_mmu_paging_element: pte 12345067 level 1',
    '',
  ].join('\n');

  it('prints one JSON object per SPTE with line, role, v, level and the decode', async () => {
    const r = await spte(['log', '--kernel', '7.1', '--json'], LOG);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => [x.line, x.role, x.v, x.level])).toEqual([
      [2, 'spte', '0x8000000102a3e907', 4],
      [3, 'spte', '0x860040012345fb77', 1],
      [4, 'old', '0x8600000123456b77', 1],
      [4, 'new', '0x8400000123456b75', 1],
    ]);
    expect(rows[1]).toMatchObject({ kind: 'leaf', worst: 'error', walk: 0 });
    expect(rows[3]!.findings).toContainEqual(expect.objectContaining({ id: 'SPTE-W001' }));
    // The new half of a pair names the change from its old half.
    expect(rows[2]).not.toHaveProperty('transition');
    expect(rows[3]!.transition).toMatchObject({ id: 'unrecognised', name: 'Unrecognised change' });
    // Auto: the kernel and host it chose, on every line.
    expect(rows[0]).toMatchObject({
      kernel: { auto: false, era: 'ad-always' },
      host: { preset: 'ept-ad', auto: true },
    });
  });

  it('reads a FILE argument and prints a readable table', async () => {
    const file = join(tmp, 'mixed.log');
    writeFileSync(file, LOG);
    const r = await spte(['log', '--kernel', '7.1', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/line 3\s+spte 0x860040012345fb77\s+L1\s+shadow-present leaf SPTE-R001/);
    expect(r.stdout).not.toContain('12345067');
    expect(r.stdout).toMatch(
      /line 4\s+new .*\n\s+-> Unrecognised change\s+leaf_spte_change_needs_tlb_flush false/,
    );
  });
});

describe('spte findings', () => {
  it('lists each rule with where it applies and its example, and the example decodes to it', async () => {
    const r = await spte(['findings', '--json']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            appliesTo: { kinds: string[]; flavours: string[]; kernels: string };
            example: { value: string; preset: string; kernel: string; level: number; params?: object };
          },
      );
    expect(rows.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    const w004 = rows.find((x) => x.id === 'SPTE-W004')!;
    expect(w004.appliesTo).toEqual({
      kinds: ['leaf', 'access-tracked'],
      flavours: ['ept', 'x86'],
      kernels: '5.10 – 5.17',
    });
    // The CLI's own decode of the listed example names the finding (the lockless era's rule).
    const ex = w004.example;
    const d = await spte([
      'decode',
      '--json',
      '--preset',
      ex.preset,
      '--kernel',
      ex.kernel,
      '--level',
      String(ex.level),
      ex.value,
    ]);
    expect((JSON.parse(d.stdout) as { findings: { id: string }[] }).findings.map((f) => f.id)).toContain(
      'SPTE-W004',
    );
  });
});
