/**
 * `spte log [FILE]`: stream a log through the extractor and decode every SPTE found at the
 * level its line gives (else --level, else 1). Non-SPTE numbers never get a role: the
 * extractor's patterns have no slot for them.
 */

import {
  KIND_LABELS,
  classifyTransition,
  decode,
  flushRows,
  hex16,
  vectorJsonString,
  worstSeverity,
  type Host,
} from '../core';
import { createClueScanner, maxphyaddrHintJson, sampleOf, suggestMaxphyaddr } from '../core/infer';
import { createAddressScanner, createLogExtractor, type LogEntry } from '../core/log';
import { choose, type ChoiceRequest } from './choice';
import type { Paint } from './ansi';
import type { Out } from './io';
import { TooLongLine, readLines } from './io';
import { rejectTooLong } from './report';

export interface LogOptions {
  file: string | null;
  json: boolean;
  level: number | null;
}

/** Written as a string directly, like decode's JSON: a big log has hundreds of thousands. */
function entryJson(host: Host, e: LogEntry, fallbackLevel: number, old: LogEntry | undefined): string {
  const d = decode(host, e.value, e.level ?? fallbackLevel);
  let s =
    `{"line":${e.line},"role":"${e.role}","v":"${hex16(e.value)}","level":${e.level},` +
    `"format":"${e.format}","walk":${e.walk},"pair":${e.pair},"kind":"${d.cls.kind}",` +
    `"worst":${JSON.stringify(worstSeverity(d.findings))},` +
    vectorJsonString(d.verdicts).slice(1, -1) +
    ',"findings":[';
  d.findings.forEach((f, i) => {
    s +=
      (i ? ',' : '') +
      `{"id":"${f.id}","severity":"${f.severity}","title":${JSON.stringify(f.title)},"bits":"${hex16(f.bits)}",` +
      `"explanation":${JSON.stringify(f.explanation)}}`;
  });
  s += ']';
  if (old !== undefined) {
    const t = classifyTransition(host, old.value, e.value, e.level ?? fallbackLevel);
    s += `,"transition":{"id":"${t.id}","name":${JSON.stringify(t.name)},"reason":${JSON.stringify(t.detail)}}`;
  }
  return s + '}';
}

/** Under a `new` entry: what the change from its `old` is, and the kernel's flush decisions. */
function transitionText(host: Host, old: LogEntry, e: LogEntry, level: number, paint: Paint): string {
  const t = classifyTransition(host, old.value, e.value, level);
  const flush = flushRows(host, old.value, e.value, level)
    .map((r) => `${r.name} ${r.value}`)
    .join(', ');
  return `${' '.repeat(12)}${paint('bold', `-> ${t.name}`)}  ${paint('dim', flush)}\n`;
}

function entryText(host: Host, e: LogEntry, fallbackLevel: number, paint: Paint): string {
  const d = decode(host, e.value, e.level ?? fallbackLevel);
  const worst = d.findings.find((f) => f.severity !== 'info') ?? d.findings[0];
  const where = `line ${e.line}`.padEnd(11);
  const role = e.role.padEnd(4);
  const level = e.level === null ? '  -' : `L${e.level}`.padStart(3);
  const walk = e.walk === null ? '' : paint('dim', ` walk ${e.walk}`);
  const finding = worst ? ` ${paint(worst.severity, worst.id)} ${worst.title}` : '';
  return `${where} ${role} ${hex16(e.value)} ${level}  ${KIND_LABELS[d.cls.kind].padEnd(19)}${finding}${walk}\n`;
}

/**
 * Auto needs the whole text before the first line is written (its first line names the
 * choice), so the log is read once into entries and clues, then decoded.
 */
export async function runLog(o: LogOptions, req: ChoiceRequest, out: Out, paint: Paint): Promise<number> {
  const x = createLogExtractor();
  const clues = createClueScanner();
  const addresses = createAddressScanner();
  const entries: LogEntry[] = [];
  let n = 0;
  for await (const read of readLines(o.file)) {
    n++;
    // A line over the limit is reported and counted as an empty line, so the line numbers of
    // what follows stay right.
    if (read instanceof TooLongLine)
      rejectTooLong(`${o.file === null || o.file === '-' ? 'stdin' : o.file} line ${n}`, read);
    const line = read instanceof TooLongLine ? '' : read;
    clues.push(line);
    addresses.push(line);
    for (const e of x.push(line)) entries.push(e);
  }
  for (const e of x.end()) entries.push(e);
  const choice = choose(req, clues.clues(), entries.map(sampleOf));
  const host = choice.host;
  const fallback = o.level ?? 1;
  // SPTE-K002: a dump's address that fits another MAXPHYADDR than the chosen host's.
  const hint = suggestMaxphyaddr(host, entries, addresses.claims());
  const prefix = hint
    ? `${choice.json},"textFindings":[${JSON.stringify(maxphyaddrHintJson(hint))}]`
    : choice.json;
  if (!o.json) {
    await out.line(paint('dim', choice.line) + '\n');
    const c = choice.inference?.conflict;
    if (c) await out.line(`${paint(c.severity, c.id)} ${c.title}: ${c.explanation}\n`);
    if (hint) await out.line(`${paint(hint.severity, hint.id)} ${hint.title}: ${hint.explanation}\n`);
    if (entries.length === 0)
      await out.line('No SPTE found: no line of this text is a format that prints SPTEs.\n');
  }
  // The old half of the latest pair: its new half follows it directly.
  let old: LogEntry | undefined;
  for (const e of entries) {
    const before = e.role === 'new' && old?.pair === e.pair ? old : undefined;
    old = e.role === 'old' ? e : undefined;
    if (o.json) await out.line(`{${prefix},${entryJson(host, e, fallback, before).slice(1)}\n`);
    else {
      await out.line(entryText(host, e, fallback, paint));
      if (before) await out.line(transitionText(host, before, e, e.level ?? fallback, paint));
    }
  }
  return entries.length;
}
