/** Command-line parsing for `spte`. Small on purpose: no dependency, clear errors. */

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
  help: boolean;
  positional: string[];
}

export class UsageError extends Error {}

const WITH_VALUE = new Set([
  '--preset',
  '--host',
  '--config',
  '--level',
  '--kernel',
  '--maxphyaddr',
  '--set',
]);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    command: '',
    preset: null,
    config: null,
    kernel: null,
    maxphyaddr: null,
    set: [],
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
      if (a === '--preset' || a === '--host') o.preset = v.toLowerCase() === 'auto' ? null : v;
      else if (a === '--config') o.config = v;
      else if (a === '--kernel') o.kernel = v.toLowerCase() === 'auto' ? null : v;
      else if (a === '--set') o.set.push(v);
      else if (a === '--maxphyaddr') {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 32 || n > 52)
          throw new UsageError(`--maxphyaddr must be 32 to 52, got "${v}"`);
        o.maxphyaddr = n;
      } else {
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

options:
  --host NAME | auto       host preset (also --preset); default auto: inferred from the input; see \`spte presets\`
  --config FILE            JSON object shaped like a configs.json entry; only "params" is read
  --kernel VERSION | auto  kernel the value came from, e.g. 5.10, 6.6.30, current; default auto:
                           inferred from the input's wording and values (named on the first line)
  --maxphyaddr N           the host's MAXPHYADDR, on top of the preset (e.g. 36 for a Core 2)
  --set KEY=VALUE          any host parameter on top of the preset (repeatable), e.g. root_level=3
  --level N                page-table level 1-5 (decode: default 1; pair: required)
  --json                   one JSON object per line, golden-vector encoding
  --color / --no-color     force ANSI colours on/off (default: on for a TTY, off with NO_COLOR)
`;
