import { readFileSync, readdirSync } from 'node:fs';
import { readJsonlGz } from './jsonl';
import { describe, expect, it } from 'vitest';
import { computePairVerdicts, computeVerdicts } from '../verdicts';
import { kernelMaskVariables } from '../eras/variables';
import { hostFromParams, makeHost, type Host } from '../host';
import { toVectorJson } from '../vector-json';

const ROOT = new URL('../../../test-fixtures/vectors/', import.meta.url);
const VERSIONS = new URL('versions/', ROOT);
const SKIP = new Set(['kind', 'src', 'v', 'old', 'new', 'level']);
const hex = (x: bigint | null) => (x === null ? null : toVectorJson(x));

interface Config {
  name: string;
  params: unknown;
  kernel: { version: string };
  derived: Record<string, unknown>;
}
type Line = Record<string, unknown>;

const versionDirs = readdirSync(VERSIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

it('covers the five kernel versions', () => {
  expect(versionDirs).toEqual(['5.10', '5.15', '6.1', '6.12', '6.6']);
});

describe.each(versionDirs)('kernel %s vectors', (dir) => {
  const configs = (
    JSON.parse(readFileSync(new URL(`${dir}/configs.json`, VERSIONS), 'utf8')) as { configs: Config[] }
  ).configs;

  describe.each(configs.map((c) => [c.name, c] as const))('%s', (name, cfg) => {
    const lines = readJsonlGz(new URL(`${dir}/${name}.jsonl.gz`, VERSIONS)).map((l) => JSON.parse(l) as Line);
    const header = lines[0] as Line & { kernel: { version: string }; layout: Record<string, unknown> };
    // The header names the exact kernel; the host is made for that string.
    const r = hostFromParams(cfg.params, { kernel: header.kernel.version });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    const host: Host = r.host;

    it('is decoded with the era of its header', () => {
      expect(header.kind).toBe('header');
      expect(host.era).toBe(header.layout.era);
      expect(host.kernelVersion).toBe(header.kernel.version);
    });

    it('derives every mask variable of configs.json under that kernel’s names', () => {
      const got = toVectorJson(kernelMaskVariables(host)) as Record<string, unknown>;
      for (const k of Object.keys(cfg.derived)) expect({ [k]: got[k] }).toEqual({ [k]: cfg.derived[k] });
      // …and no variable the kernel does not have.
      expect(Object.keys(got).filter((k) => !(k in cfg.derived))).toEqual([]);
    });

    it('matches the header layout summary', () => {
      const k = host.kernel;
      const L = header.layout;
      expect(hex(k.mmuPresentBit ? 1n << 11n : null)).toEqual(L.mmu_present_mask);
      expect(hex(k.specialTypeMmio ? 3n << 52n : null)).toEqual(L.special_mask);
      expect(hex(host.masks.shadow_host_writable_mask)).toEqual(L.host_writable_mask);
      expect(hex(host.masks.shadow_mmu_writable_mask)).toEqual(L.mmu_writable_mask);
      expect(hex(k.gen.lowMask)).toEqual(L.mmio_gen_low_mask);
      expect(Number(k.gen.lowShift)).toEqual(L.mmio_gen_low_shift);
      expect(hex(k.gen.highMask)).toEqual(L.mmio_gen_high_mask);
      expect(Number(k.gen.highShift)).toEqual(L.mmio_gen_high_shift);
      expect(hex(k.gen.mask)).toEqual(L.mmio_gen_mask);
      expect(k.removed?.name ?? null).toEqual(L.frozen_spte_name);
      expect(hex(k.removed?.value ?? null)).toEqual(L.frozen_spte);
      expect(hex(k.nonpresentValue)).toEqual(L.shadow_nonpresent_value);
      expect(hex(host.masks.SPTE_BASE_ADDR_MASK)).toEqual(L.base_addr_mask);
      expect(host.masks.kvm_ad_enabled).toEqual(L.kvm_ad_enabled);
    });

    it('has exactly the keys and values of every value line', () => {
      const misses: string[] = [];
      for (const line of lines.filter((l) => l.kind === 'value')) {
        const got = toVectorJson(computeVerdicts(host, BigInt(line.v as string))) as Line;
        const want = Object.keys(line).filter((k) => !SKIP.has(k));
        if (JSON.stringify(Object.keys(got)) !== JSON.stringify(want))
          misses.push(`${line.v as string} keys: want ${want.join(',')} got ${Object.keys(got).join(',')}`);
        for (const k of want)
          if (JSON.stringify(got[k]) !== JSON.stringify(line[k]))
            misses.push(
              `${line.v as string} (${line.src as string}) ${k}: want ${JSON.stringify(line[k])} got ${JSON.stringify(got[k])}`,
            );
      }
      expect(misses.slice(0, 10)).toEqual([]);
    });

    it('has exactly the keys and values of every pair line', () => {
      const misses: string[] = [];
      for (const line of lines.filter((l) => l.kind === 'pair')) {
        const got = toVectorJson(
          computePairVerdicts(
            host,
            BigInt(line.old as string),
            BigInt(line.new as string),
            line.level as number,
          ),
        ) as Line;
        const want = Object.keys(line).filter((k) => !SKIP.has(k));
        if (JSON.stringify(Object.keys(got)) !== JSON.stringify(want))
          misses.push(`keys: want ${want.join(',')} got ${Object.keys(got).join(',')}`);
        for (const k of want)
          if (JSON.stringify(got[k]) !== JSON.stringify(line[k]))
            misses.push(
              `${line.old as string}->${line.new as string} L${String(line.level)} ${k}: want ${JSON.stringify(line[k])} got ${JSON.stringify(got[k])}`,
            );
      }
      expect(misses.slice(0, 10)).toEqual([]);
    });
  });
});

describe('the 6.13 – 7.1 vectors through the kernel API', () => {
  const configs = (
    JSON.parse(readFileSync(new URL('configs.json', ROOT), 'utf8')) as {
      configs: { name: string; params: unknown; derived: Record<string, unknown> }[];
    }
  ).configs;

  it.each(configs.map((c) => [c.name, c] as const))(
    '%s: 7.1 and 6.18 give the same names, keys and values',
    (name, cfg) => {
      // The public vectors describe 7.1 (their headers say so); any 6.13 – 7.1 release is the same.
      const r = hostFromParams(cfg.params, { kernel: '7.1' });
      if (!r.ok) throw new Error('bad config');
      const explicit = makeHost(r.host.params, { kernel: '6.18.2' });
      const got = toVectorJson(kernelMaskVariables(explicit)) as Record<string, unknown>;
      for (const k of Object.keys(cfg.derived)) expect({ [k]: got[k] }).toEqual({ [k]: cfg.derived[k] });
      const lines = readJsonlGz(new URL(`${name}.jsonl.gz`, ROOT))
        .slice(1, 400)
        .map((l) => JSON.parse(l) as Line)
        .filter((l) => l.kind === 'value');
      for (const line of lines) {
        const v = BigInt(line.v as string);
        const want = Object.fromEntries(Object.entries(line).filter(([k]) => !SKIP.has(k)));
        expect(toVectorJson(computeVerdicts(r.host, v))).toEqual(want);
        expect(toVectorJson(computeVerdicts(explicit, v))).toEqual(want);
      }
    },
  );
});
