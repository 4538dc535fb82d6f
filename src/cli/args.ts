/**
 * Command-line parsing for `spte`, on Node's own parser (node:util parseArgs): long and
 * short flags, `--flag=value`, `--` ends the options, `-` names stdin. Per-command help
 * lives in ./help.ts.
 */

import { parseArgs as parseNodeArgs } from 'node:util';

export interface CliOptions {
  command: string;
  preset: string | null;
  config: string | null;
  /** null = auto (the default), also for an explicit "auto". */
  kernel: string | null;
  /** --maxphyaddr N, applied on top of the preset. */
  maxphyaddr: number | null;
  /** --set key=value, repeatable, applied on top of the preset. */
  set: string[];
  level: number | null;
  json: boolean;
  color: boolean | null;
  /** svg: light (default) or dark colours. */
  theme: 'light' | 'dark';
  /** svg: leave out the caption. */
  compact: boolean;
  help: boolean;
  version: boolean;
  positional: string[];
}

export class UsageError extends Error {}

const OPTIONS = {
  preset: { type: 'string', short: 'p' },
  host: { type: 'string' },
  config: { type: 'string', short: 'c' },
  kernel: { type: 'string', short: 'k' },
  maxphyaddr: { type: 'string' },
  set: { type: 'string', multiple: true },
  level: { type: 'string', short: 'l' },
  json: { type: 'boolean', short: 'j' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  theme: { type: 'string' },
  compact: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Long option names, for help and shell completion. */
export const OPTION_NAMES = Object.keys(OPTIONS);

/**
 * A leading "-" followed by a digit is a (negative, hence rejected) value, not a flag:
 * `spte decode -3` should say what is wrong with -3, not "unknown option -3". Such words
 * are hidden from Node's parser behind this mark and restored afterwards.
 */
const NUMBER_MARK = '\u0000';
const unmark = (s: string): string => (s.startsWith(NUMBER_MARK) ? s.slice(1) : s);

/** An integer option within lo..hi, or null when absent; anything else is a usage error. */
function intOption(flag: string, raw: string | null, lo: number, hi: number): number | null {
  if (raw === null) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < lo || n > hi)
    throw new UsageError(`${flag} must be ${lo} to ${hi}, got "${raw}"`);
  return n;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const end = argv.indexOf('--');
  const marked = argv.map((a, i) => ((end < 0 || i < end) && /^-\d/.test(a) ? NUMBER_MARK + a : a));
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseNodeArgs({
      args: marked,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    // Node's messages name the option and say what is wrong; drop its advice to use "--".
    throw new UsageError(((e as Error).message.split('. To specify')[0] ?? '').replace(/\.$/, ''));
  }
  const str = (v: string | undefined): string | null => (v === undefined ? null : unmark(v));
  // "auto" (the default) leaves the choice to the inference from the input.
  const auto = (v: string | undefined): string | null => {
    const s = str(v);
    return s === null || s.toLowerCase() === 'auto' ? null : s;
  };
  const o: CliOptions = {
    command: '',
    preset: auto(values.preset ?? values.host),
    config: str(values.config),
    kernel: auto(values.kernel),
    maxphyaddr: null,
    set: (values.set ?? []).map(unmark),
    level: null,
    json: values.json === true,
    color: values['no-color'] ? false : values.color ? true : null,
    theme: 'light',
    compact: values.compact === true,
    help: values.help === true,
    version: values.version === true,
    positional: [],
  };
  const words = positionals.map(unmark);
  o.command = words.shift() ?? '';
  o.positional = words;
  const level = intOption('--level', str(values.level), 1, 5);
  if (level !== null) o.level = level;
  const maxphyaddr = intOption('--maxphyaddr', str(values.maxphyaddr), 32, 52);
  if (maxphyaddr !== null) o.maxphyaddr = maxphyaddr;
  const theme = str(values.theme);
  if (theme !== null) {
    if (theme !== 'light' && theme !== 'dark')
      throw new UsageError(`--theme must be light or dark, got "${theme}"`);
    o.theme = theme;
  }
  if (o.preset !== null && o.config !== null)
    throw new UsageError('use either --preset or --config, not both');
  return o;
}
