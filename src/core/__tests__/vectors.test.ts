import { readFileSync } from 'node:fs';
import { readJsonlGz } from './jsonl';
import { describe, expect, it } from 'vitest';
import { hostFromParams } from '../host';
import { computePairVerdicts, computeVerdicts } from '../verdicts';
import { toVectorJson } from '../vector-json';

const DIR = new URL('../../../test-fixtures/vectors/', import.meta.url);
const SKIP = new Set(['kind', 'src', 'v', 'old', 'new', 'level']);
const configs = JSON.parse(readFileSync(new URL('configs.json', DIR), 'utf8')).configs as {
  name: string;
  params: unknown;
  derived: Record<string, unknown>;
}[];

function pick(obj: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

describe.each(configs.map((c) => [c.name, c] as const))('golden vectors %s', (name, cfg) => {
  const lines = readJsonlGz(new URL(`${name}.jsonl.gz`, DIR)).map(
    (l) => JSON.parse(l) as Record<string, unknown>,
  );
  // The header names the kernel whose layout the file describes (7.1: the 6.13 – 7.1 era).
  const kernel = (lines[0] as { kernel?: { version?: string } }).kernel?.version;
  it('names its kernel in the header', () => {
    expect(kernel).toBe('7.1');
  });
  const r = hostFromParams(cfg.params, kernel === undefined ? {} : { kernel });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  const host = r.host;

  it('derives every mask variable of configs.json', () => {
    const { rsvd, ...masks } = host.masks;
    const got = toVectorJson({ ...masks, ...rsvd }) as Record<string, unknown>;
    const want = cfg.derived;
    const keys = Object.keys(want).filter((k) => k in got);
    expect(pick(got, keys)).toEqual(pick(want, keys));
  });

  it('agrees with every key of every value line', () => {
    const misses: string[] = [];
    for (const line of lines.filter((l) => l.kind === 'value')) {
      const got = toVectorJson(computeVerdicts(host, BigInt(line.v as string))) as Record<string, unknown>;
      for (const k of Object.keys(line))
        if (!SKIP.has(k) && JSON.stringify(got[k]) !== JSON.stringify(line[k]))
          misses.push(
            `${line.v as string} ${k}: want ${JSON.stringify(line[k])} got ${JSON.stringify(got[k])}`,
          );
    }
    expect(misses.slice(0, 10)).toEqual([]);
  });

  it('agrees with every key of every pair line', () => {
    const misses: string[] = [];
    for (const line of lines.filter((l) => l.kind === 'pair')) {
      const got = toVectorJson(
        computePairVerdicts(
          host,
          BigInt(line.old as string),
          BigInt(line.new as string),
          line.level as number,
        ),
      ) as Record<string, unknown>;
      for (const k of Object.keys(line))
        if (!SKIP.has(k) && JSON.stringify(got[k]) !== JSON.stringify(line[k]))
          misses.push(
            `${line.old as string}->${line.new as string} L${String(line.level)} ${k}: want ${JSON.stringify(line[k])} got ${JSON.stringify(got[k])}`,
          );
    }
    expect(misses.slice(0, 10)).toEqual([]);
  });
});
