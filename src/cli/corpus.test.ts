/**
 * The corpus: report-like excerpts (ours, written from the formats in the spec) and real
 * reports, each with the reading a maintainer gives (src/core/infer/corpus/expected.json).
 * `spte log` with no flags must reach it: the kernel era and host it chose, the findings
 * present and absent, and the wording/value conflict where there is one.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eraRangeLabel, flavourLabel } from '../core/infer';
import { spte } from './spawn-cli';

const DIR = new URL('../core/infer/corpus/', import.meta.url).pathname;

interface Case {
  file: string;
  eras: string[];
  hosts: string[] | null;
  entries: number | null;
  present: string[];
  absent: string[];
  conflict?: boolean;
  transition?: string;
  maxphyaddr?: { fits: number[]; flags: string };
}

interface Row {
  kernel: { era: string; auto: boolean; evidence: string[]; conflict?: { id: string } };
  host: { preset: string; auto: boolean };
  findings: { id: string; explanation: string }[];
  transition?: { id: string };
  textFindings?: { id: string; fits: number[]; flags: string; explanation: string }[];
}

const cases = (JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { cases: Case[] }).cases;

describe.concurrent('spte log with no flags reads the corpus as a maintainer does', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const path = join(DIR, file);
    const [json, text] = await Promise.all([spte(['log', '--json', path]), spte(['log', path])]);
    expect(json.code).toBe(0);
    const rows = json.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Row);
    if (c.entries !== null) expect(rows).toHaveLength(c.entries);

    // The first text line names the choice, with its evidence.
    const first = text.stdout.split('\n')[0]!;
    expect(first).toMatch(/^Read as .* \(auto\): ./);
    expect(first).toContain(`Read as ${eraRangeLabel(c.eras as never)}`.slice(0, 12));
    if (c.hosts) expect(c.hosts.some((h) => first.includes(` on ${flavourLabel(h)} (auto)`))).toBe(true);
    if (rows.length === 0) return;

    const k = rows[0]!;
    expect(k.kernel.auto).toBe(true);
    expect(c.eras).toContain(k.kernel.era);
    if (c.hosts) expect(c.hosts).toContain(k.host.preset);
    expect(k.kernel.evidence.length).toBeGreaterThan(0);
    expect(k.kernel.conflict?.id).toBe(c.conflict ? 'SPTE-K001' : undefined);

    // SPTE-K002: the MAXPHYADDR that makes an MMIO SPTE's GFN agree with the log's address.
    const k002 = k.textFindings?.find((f) => f.id === 'SPTE-K002');
    if (c.maxphyaddr) {
      expect(k002).toMatchObject(c.maxphyaddr);
      expect(text.stdout).toContain(`SPTE-K002`);
      expect(text.stdout).toContain(`Run with ${c.maxphyaddr.flags}.`);
    } else expect(k002).toBeUndefined();

    const ids = new Set(rows.flatMap((r) => r.findings.map((f) => f.id)));
    for (const id of c.present) expect([...ids]).toContain(id);
    for (const id of c.absent) expect([...ids]).not.toContain(id);
    // Every finding of every row comes with its explanation.
    for (const r of rows) for (const f of r.findings) expect(f.explanation.length).toBeGreaterThan(10);
    if (c.transition) expect(rows.find((r) => r.transition)?.transition?.id).toBe(c.transition);
  });
});
