/**
 * Removing what surrounds a kernel message on a pasted line: mail quoting (`> `, `> > `,
 * `>>`), dmesg timestamps (plain, `-T`, caller ids), syslog/journal prefixes, raw
 * /dev/kmsg records and `dmesg -x` facility columns. Trace prefixes (task-pid, [cpu],
 * irq flags, timestamp) are not parsed: tracepoint formats are found by event name
 * wherever it sits, because task names may contain blanks ("CPU 1/KVM").
 *
 * All patterns are anchored and built from disjoint character classes, so each costs
 * at most one linear pass over the line.
 */

export interface Unquoted {
  /** Number of `>` quote markers before the text. */
  depth: number;
  /** The rest of the line. */
  rest: string;
}

/** Strips mail quote markers, counting them; blanks between and after them are dropped. */
export function stripQuotes(line: string): Unquoted {
  let i = 0;
  let depth = 0;
  const n = line.length;
  for (;;) {
    let j = i;
    while (j < n && (line.charCodeAt(j) === 0x20 || line.charCodeAt(j) === 0x09)) j++;
    if (j < n && line.charCodeAt(j) === 0x3e /* > */) {
      depth++;
      i = j + 1;
      continue;
    }
    i = j;
    break;
  }
  return { depth, rest: i === 0 ? line : line.slice(i) };
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';

/** Log prefixes, each anchored at the start; applied repeatedly since they combine. */
const LOG_PREFIXES: readonly RegExp[] = [
  // dmesg: "[  123.456789] ", and the delta form of dmesg -d / -H: "[  +0.000154] "
  /^\[[ \t]*\+?\d+\.\d+\][ \t]*/,
  // CONFIG_PRINTK_CALLER: "[ T1234] " / "[  C3] "
  /^\[[ \t]*[TC]\d+\][ \t]*/,
  // dmesg -T: "[Sat Nov 28 10:00:00 2026] "
  new RegExp(`^\\[${WEEKDAY} ${MONTH} [ \\d]?\\d \\d{1,2}:\\d\\d:\\d\\d \\d{4}\\][ \\t]*`),
  // syslog / journalctl short: "Nov 28 10:00:00 host kernel: " (tag may carry [pid])
  new RegExp(`^${MONTH} [ \\d]?\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? [^ \\t]+ [^ \\t:]+:[ \\t]*`),
  // RFC 3339 syslog / journalctl -o short-iso: "2026-11-28T10:00:00.123456+01:00 host kernel: "
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? [^ \t]+ [^ \t:]+:[ \t]*/,
  // printk level "<4>" and raw /dev/kmsg "4,1234,5678901,-;"
  /^<\d>[ \t]*/,
  /^\d+,\d+,\d+,[^;\s]*;/,
  // dmesg -x: "kern  :err   : "
  /^(?:kern|user|daemon|syslog)[ \t]*:(?:emerg|alert|crit|err|warn|notice|info|debug)[ \t]*:[ \t]*/,
  // A bare "kernel:" tag, or "kernel " left over when a bug tracker elides the rest.
  /^kernel:?[ \t]+/,
];

export interface Stripped extends Unquoted {
  /** True when at least one log prefix (timestamp, syslog, ...) was removed. */
  logPrefix: boolean;
}

/** First characters a log prefix can start with: skips the regexes for most trace lines. */
const PREFIX_START = /^[[<0-9A-Zkuds]/;

/** Quote markers, then any combination of log prefixes; the message is trimmed. */
export function stripPrefixes(line: string): Stripped {
  const { depth, rest } = stripQuotes(line);
  let s = rest;
  let logPrefix = false;
  // Bounded: prefixes combine a handful of times at most (e.g. syslog + dmesg time).
  for (let round = 0; round < 8 && PREFIX_START.test(s); round++) {
    let hit = false;
    for (const re of LOG_PREFIXES) {
      const m = re.exec(s);
      if (m && m[0].length > 0) {
        s = s.slice(m[0].length);
        hit = true;
        logPrefix = true;
      }
    }
    if (!hit) break;
  }
  return { depth, rest: s.trim(), logPrefix };
}

/**
 * A trace-cmd / tracefs / perf-script record prefix: "[003]" (CPU), optional irq-flag
 * column, then "seconds.micros:". Unanchored because the task name before it is free text.
 */
const TRACE_PREFIX = /\[\d{3,}\][ \t]+(?:[^ \t]{4,6}[ \t]+)?\d+\.\d+:[ \t]/;

export function hasTracePrefix(s: string): boolean {
  return s.indexOf('[') !== -1 && TRACE_PREFIX.test(s);
}
