/**
 * The streaming extractor: physical lines in, SPTE entries out.
 *
 * Per line: one scan for format anchors (this is also the prefilter: most lines stop
 * here), quote/prefix removal, then the regexes of the formats whose anchor was seen. A
 * line that names a format but does not match it completely may have been broken by a
 * mail client; it is held back and joined with up to three following continuation lines
 * (same or shallower quote depth, no log prefix of their own, no anchor of their own).
 * If no join completes it, the held line is matched leniently on its own (as far as its
 * SPTE/level fields go), so a truncated paste still yields what it shows. Held lines
 * delay their entries by at most three lines.
 */

import type { LineFormat } from './formats';
import { candidatesIn, hasAnchor, hexValue, levelValue, matchFormats, type FormatMatch } from './match';
import { hasTracePrefix, stripPrefixes } from './prefixes';
import type { LogEntry, LogExtractor } from './types';
import { WalkTracker } from './walks';

/** Quoted-printable mail encodes '=' as "=3D". */
const QP_EQUALS = /=3D/g;
/** A line ending in "=" or "," was cut in the middle of a list ("…, spte[3] ="). */
const CUT_LIST = /[=,][ \t]*$/;
/** …and the next line then starts with the value it was cut before. */
const LIST_GOES_ON = /^(?:0x)?[0-9a-f]+\b/i;

/** Longer physical lines are cut: no kernel line we read is near this, and it bounds work. */
const MAX_LINE = 4096;
/** Continuation lines tried after an incomplete start line. */
const MAX_JOINS = 3;

interface Pending {
  line: number;
  depth: number;
  /** Start line body first, then each joined continuation. */
  parts: string[];
  candidates: LineFormat[];
  /** What the start line matched on its own, when it matched but looked cut (CUT_LIST). */
  held?: readonly FormatMatch[];
}

export function createLogExtractor(): LogExtractor {
  let lineNo = 0;
  let nextPair = 0;
  const walks = new WalkTracker();
  let pending: Pending | null = null;

  function emit(matches: readonly FormatMatch[], line: number, text: string, out: LogEntry[]): void {
    for (const m of matches) {
      const f = m.format;
      if (f.kind === 'silent') continue;
      if (f.kind === 'walk-header') {
        if (f.family) walks.header(f.family, line);
        continue;
      }
      const level = levelValue(m.level);
      const display = f.trace ? text.slice(m.index).trim() : text;
      if (m.spte !== undefined) {
        const value = hexValue(m.spte);
        if (value === null) continue;
        const walk = f.kind === 'walk-entry' && f.family ? walks.entry(f.family, level, line) : null;
        out.push({ line, role: 'spte', value, level, format: f.id, walk, pair: null, text: display });
      }
      const oldValue = m.old === undefined ? null : hexValue(m.old);
      const newValue = m.new === undefined ? null : hexValue(m.new);
      if (oldValue === null && newValue === null) continue;
      const pair = nextPair++;
      if (oldValue !== null)
        out.push({
          line,
          role: 'old',
          value: oldValue,
          level,
          format: f.id,
          walk: null,
          pair,
          text: display,
        });
      if (newValue !== null)
        out.push({
          line,
          role: 'new',
          value: newValue,
          level,
          format: f.id,
          walk: null,
          pair,
          text: display,
        });
    }
  }

  function flushPending(out: LogEntry[]): void {
    const p = pending;
    if (!p) return;
    pending = null;
    const start = p.parts[0] ?? '';
    emit(p.held ?? matchFormats(start, p.candidates, true), p.line, start, out);
  }

  /** The body of `raw` when it can continue the held line, else null. */
  function continuation(raw: string, p: Pending): string | null {
    const s = stripPrefixes(raw);
    if (s.rest === '' || s.logPrefix || s.depth > p.depth) return null;
    if (hasTracePrefix(s.rest)) return null;
    // A line of its own has an anchor; a cut list goes on with the value it was cut before.
    if (hasAnchor(s.rest) && !(p.held && LIST_GOES_ON.test(s.rest))) return null;
    return s.rest;
  }

  function processLine(raw: string, line: number, out: LogEntry[]): void {
    // Anchors never sit inside the prefixes, so the raw line decides (cheap prefilter).
    const candidates = candidatesIn(raw);
    if (candidates.length === 0) return;
    const s = stripPrefixes(raw);
    const matches = matchFormats(s.rest, candidates, false);
    if (matches.length === 0) pending = { line, depth: s.depth, parts: [s.rest], candidates };
    // A list cut at the end of the line (the #VE walk wrapped by a mail client) may go on in
    // the next line: hold what it matched, and emit the joined line instead if it continues.
    else if (CUT_LIST.test(s.rest))
      pending = { line, depth: s.depth, parts: [s.rest], candidates, held: matches };
    else emit(matches, line, s.rest, out);
  }

  function push(physicalLine: string): LogEntry[] {
    const out: LogEntry[] = [];
    try {
      lineNo++;
      let raw = typeof physicalLine === 'string' ? physicalLine : String(physicalLine);
      if (raw.length > MAX_LINE) raw = raw.slice(0, MAX_LINE);
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      // A quoted-printable mail shows every '=' as "=3D" ("spte[4] =3D 0x…"); no kernel
      // message prints that sequence, so it is read back as '='.
      if (raw.includes('=3D')) raw = raw.replace(QP_EQUALS, '=');
      if (pending) {
        const body = continuation(raw, pending);
        if (body !== null) {
          pending.parts.push(body);
          const joined = pending.parts.join(' ');
          const matches = matchFormats(joined, pending.candidates, false);
          if (matches.length > 0) {
            const { line } = pending;
            pending = null;
            emit(matches, line, joined, out);
          } else if (pending.parts.length > MAX_JOINS) {
            // The continuation lines carry no anchor, so they hold nothing of their own.
            flushPending(out);
          }
          return out;
        }
        flushPending(out);
      }
      processLine(raw, lineNo, out);
    } catch {
      // Defensive: the extractor must never throw on input. Nothing above is expected to.
    }
    return out;
  }

  function end(): LogEntry[] {
    const out: LogEntry[] = [];
    try {
      flushPending(out);
    } catch {
      // see push()
    }
    lineNo = 0;
    nextPair = 0;
    walks.reset();
    pending = null;
    return out;
  }

  return { push, end };
}

/** Every SPTE in a whole log text (any line terminators). */
export function extractSptes(text: string): LogEntry[] {
  const x = createLogExtractor();
  const out: LogEntry[] = [];
  const src = typeof text === 'string' ? text : '';
  for (const line of src.split(/\r\n|\n|\r/)) {
    const got = x.push(line);
    for (const e of got) out.push(e);
  }
  for (const e of x.end()) out.push(e);
  return out;
}
