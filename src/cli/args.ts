/** Command-line parsing for `spte`. Small on purpose: no dependency, clear errors. */

export interface CliOptions {
  command: string;
  preset: string | null;
  config: string | null;
  kernel: string | null;
  level: number | null;
  json: boolean;
  color: boolean | null;
  help: boolean;
  positional: string[];
}

export class UsageError extends Error {}

const WITH_VALUE = new Set(['--preset', '--config', '--level', '--kernel']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    command: '',
    preset: null,
    config: null,
    kernel: null,
    level: null,
    json: false,
    color: null,
    help: false,
    positional: [],
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | null = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (WITH_VALUE.has(a)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--preset') o.preset = v;
      else if (a === '--config') o.config = v;
      else if (a === '--kernel') o.kernel = v;
      else {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 5)
          throw new UsageError(`--level must be 1 to 5, got "${v}"`);
        o.level = n;
      }
    } else if (a === '--json') o.json = true;
    else if (a === '--color') o.color = true;
    else if (a === '--no-color') o.color = false;
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (o.command === '') o.command = a;
    else o.positional.push(argv[i]!);
  }
  if (o.preset !== null && o.config !== null)
    throw new UsageError('use either --preset or --config, not both');
  return o;
}

export const USAGE = `usage: spte <command> [options] [values...]

commands:
  decode [VALUE...]        decode SPTEs (stdin: one value per line)
  pair OLD NEW --level N   the change from OLD to NEW: its name and the flush decisions (stdin: "OLD NEW LEVEL" lines)
  log [FILE]               find and decode every SPTE in a log (stdin when no FILE)
  presets                  list the host presets
  findings                 list the findings catalogue
  kernels [VERSION...]     list the kernel eras, or the era each VERSION maps to
  fields                   the field rows of every SPTE kind for --kernel and --preset

options:
  --preset NAME            host preset (default ept-ad); see \`spte presets\`
  --config FILE            JSON object shaped like a configs.json entry; only "params" is read
  --kernel VERSION         kernel the value came from, e.g. 5.10, 6.6.30, 7.1, current (default: mainline, 7.2+)
  --level N                page-table level 1-5 (decode: default 1; pair: required)
  --json                   one JSON object per line, golden-vector encoding
  --color / --no-color     force ANSI colours on/off (default: on for a TTY, off with NO_COLOR)
`;
