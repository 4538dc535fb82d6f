/**
 * Reading a pasted log in steps: extract the SPTEs (createLogExtractor), decode each at
 * the level its line gives (else 1) with the page's host and kernel, and note what the
 * wording says about the kernel (eraHintsFromLine). A generator, so the worker can post
 * results in chunks and stay responsive to a newer request between them. Pure.
 */

import { decode, type Host, type Severity, type SpteKind } from '../../core';
import {
  createLogExtractor,
  eraHintsFromLine,
  type EraHint,
  type LogEntry,
  type LogFormatId,
  type LogRole,
} from '../../core/log';
import { contextOf, type ValueSample } from '../../core/infer';

/** One SPTE of the log, decoded. Plain data (structured-clonable). */
export interface LogRow {
  line: number;
  role: LogRole;
  value: bigint;
  /** Level printed on the line, or null. */
  level: number | null;
  /** Level it was decoded at: `level`, else 1. */
  at: number;
  format: LogFormatId;
  /** What its message says the value is (core contextOf): the list names it so. */
  context: ValueSample['context'];
  walk: number | null;
  pair: number | null;
  /** The logical line, without prefixes, quotes or mail wrapping. */
  text: string;
  kind: SpteKind;
  /** The worst finding that is not an explanation (errors first), or null. */
  worst: { severity: Severity; id: string; title: string } | null;
  errors: number;
}

export interface LineClue {
  hint: EraHint;
  line: number;
}

export interface LogChunk {
  rows: LogRow[];
  linesDone: number;
  totalLines: number;
}

export interface LogSummary {
  count: number;
  totalLines: number;
  clues: LineClue[];
}

/** What extraction found, kept so a new host or kernel only re-decodes. */
export interface Extracted {
  text: string;
  entries: LogEntry[];
  clues: LineClue[];
  totalLines: number;
}

export const DEFAULT_LEVEL = 1;

type Decoded = Pick<LogRow, 'kind' | 'worst' | 'errors'>;

function decoder(host: Host): (value: bigint, level: number) => Decoded {
  // Logs repeat values (a walk's upper levels, the same leaf traced many times).
  const cache = new Map<string, Decoded>();
  return (value, level) => {
    const key = `${level}:${value.toString(16)}`;
    let hit = cache.get(key);
    if (!hit) {
      const d = decode(host, value, level);
      const worst = d.findings.find((f) => f.severity !== 'info');
      hit = {
        kind: d.cls.kind,
        worst: worst ? { severity: worst.severity, id: worst.id, title: worst.title } : null,
        errors: d.findings.filter((f) => f.severity === 'error').length,
      };
      if (cache.size > 50_000) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
}

function toRow(e: LogEntry, d: (value: bigint, level: number) => Decoded): LogRow {
  const at = e.level ?? DEFAULT_LEVEL;
  return {
    line: e.line,
    role: e.role,
    value: e.value,
    level: e.level,
    at,
    format: e.format,
    context: contextOf(e.format),
    walk: e.walk,
    pair: e.pair,
    text: e.text,
    ...d(e.value, at),
  };
}

export const splitLines = (text: string): string[] => text.split(/\r\n|\n|\r/);

/**
 * Read `text` in steps of about `step` lines, yielding the rows found so far in each.
 * With `previous` for the same text, extraction is skipped and only decoding runs.
 * Returns the summary and what extraction found (for the next run's `previous`).
 */
export function* readLog(
  text: string,
  host: Host,
  step = 4000,
  previous: Extracted | null = null,
): Generator<LogChunk, { summary: LogSummary; extracted: Extracted }> {
  const d = decoder(host);
  let count = 0;
  if (previous && previous.text === text) {
    const { entries, totalLines } = previous;
    for (let i = 0; i < entries.length; i += step) {
      const rows = entries.slice(i, i + step).map((e) => toRow(e, d));
      count += rows.length;
      const last = entries[Math.min(entries.length, i + step) - 1];
      yield { rows, linesDone: i + step >= entries.length ? totalLines : (last?.line ?? 0), totalLines };
    }
    return {
      summary: { count, totalLines, clues: previous.clues },
      extracted: previous,
    };
  }

  const lines = splitLines(text);
  // A final newline does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const totalLines = text === '' ? 0 : lines.length;
  const x = createLogExtractor();
  const entries: LogEntry[] = [];
  const clues: LineClue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < totalLines; i += step) {
    const found: LogEntry[] = [];
    const end = Math.min(totalLines, i + step);
    for (let n = i; n < end; n++) {
      const line = lines[n]!;
      for (const e of x.push(line)) found.push(e);
      for (const hint of eraHintsFromLine(line))
        if (!seen.has(hint.clue)) {
          seen.add(hint.clue);
          clues.push({ hint, line: n + 1 });
        }
    }
    if (end === totalLines) for (const e of x.end()) found.push(e);
    for (const e of found) entries.push(e);
    count += found.length;
    yield { rows: found.map((e) => toRow(e, d)), linesDone: end, totalLines };
  }
  const extracted: Extracted = { text, entries, clues, totalLines };
  return { summary: { count, totalLines, clues }, extracted };
}
