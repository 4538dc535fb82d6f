/** `spte --help` and `spte COMMAND --help`: what each command reads, writes and exits with. */

const EXIT_CODES = `exit status:
  0  everything was read and decoded
  1  internal error (a bug: please report it)
  2  usage error, unreadable input file, or some values were rejected (named on stderr)
`;

const HOST_OPTIONS = `  -p, --preset NAME|auto   host preset (also --host); see \`spte presets\`. Default auto
                           (decode, pair, log, svg): inferred from the input and named on the
                           first line
  -c, --config FILE        JSON object shaped like a configs.json entry; only "params" is read
  -k, --kernel VERSION|auto
                           kernel the value came from, e.g. 5.10, 6.6.30, 3.10.0-229.el7,
                           current (7.2+). Default auto (decode, pair, log, svg): inferred from
                           the input's wording and values; fields uses current
      --maxphyaddr N       the host's MAXPHYADDR on top of the preset (e.g. 36 for a Core 2)
      --set KEY=VALUE      any host parameter on top of the preset (repeatable), e.g. root_level=3`;

const COMMON = `  -j, --json               one JSON object per line, golden-vector encoding
      --color, --no-color  force ANSI colours on/off (default: the terminal's own setting;
                           NO_COLOR, TERM=dumb and FORCE_COLOR are honoured)
  -h, --help               this help
  -V, --version            the version of spte`;

export const USAGE = `usage: spte <command> [options] [values...]

commands:
  decode [VALUE...]        decode SPTEs (stdin, or "-": one value per line)
  pair OLD NEW --level N   the change from OLD to NEW: its name and the flush decisions (stdin: "OLD NEW LEVEL" lines)
  log [FILE|-]             find and decode every SPTE in a log (stdin when no FILE or "-")
  svg VALUE                the decoded value as an SVG picture on stdout
  presets                  list the host presets
  findings                 list the findings catalogue
  kernels [VERSION...]     list the kernel eras, or the era each VERSION maps to
  fields                   the field rows of every SPTE kind for --kernel and --preset
  completion bash|zsh|fish print a shell completion script

options:
${HOST_OPTIONS}
  -l, --level N            page-table level 1-5 (decode, svg: default 1; pair: required)
${COMMON}

\`spte COMMAND --help\` says more about one command. "--" ends the options.

${EXIT_CODES}`;

const COMMAND_HELP: Record<string, string> = {
  decode: `usage: spte decode [options] [VALUE... | -]

Decodes each VALUE (hex, with or without 0x; _ ' or spaces may group digits) for the chosen host and kernel.
Without values, or with "-", reads one value per line from stdin.

options:
${HOST_OPTIONS}
  -l, --level N            page-table level 1-5 (default 1)
${COMMON}

example:
  spte decode --preset npt --kernel 6.6 0x8000000123456867
`,
  pair: `usage: spte pair [options] --level N OLD NEW
       spte pair [options] < lines-of-"OLD NEW [LEVEL]"

Names the change from OLD to NEW and gives each TLB-flush decision with its reason.

options:
${HOST_OPTIONS}
  -l, --level N            page-table level 1-5 (required with arguments)
${COMMON}
`,
  log: `usage: spte log [options] [FILE | -]

Finds every SPTE in a kernel log (dmesg, ftrace kvm_mmu_* events, WARN splats) and decodes it.
When an MMIO SPTE's GFN disagrees with the address its dump prints (or the GFN the kernel
traced), it names the --maxphyaddr that makes them agree (SPTE-K002; JSON: textFindings).

options:
${HOST_OPTIONS}
  -l, --level N            level for lines that do not carry one
${COMMON}
`,
  svg: `usage: spte svg [options] VALUE > picture.svg

Draws the decoded value: field lanes over the 64 bits, bit numbers, values, and a caption
with the kernel, the host and the findings. Self-contained SVG (no scripts, no fonts to
fetch), for READMEs, slides, PDFs and kernel Documentation/ figures. "-" reads the value
from stdin's first line.

options:
${HOST_OPTIONS}
  -l, --level N            page-table level 1-5 (default 1)
      --theme light|dark   colours (default light, which prints well)
      --compact            leave out the caption
  -h, --help               this help
`,
  presets: `usage: spte presets [--json]\n\nLists the host presets (id and description).\n`,
  findings: `usage: spte findings [--json]\n\nLists every finding id with its severity, title and kernel function.\n`,
  kernels: `usage: spte kernels [--json] [VERSION...]\n\nLists the kernel eras, or which era each VERSION (e.g. 5.15.0-91-generic) maps to.\n`,
  fields: `usage: spte fields [--kernel K] [--preset P] [--maxphyaddr N] [--set KEY=VALUE] [--json]

Prints the field rows of every SPTE kind (leaf, non-leaf, MMIO, access-tracked, frozen,
non-present) for one kernel and host: bit range, field, kernel symbol. The decoder reads the
same rows.
`,
  completion: `usage: spte completion bash|zsh|fish

Prints a completion script. For example:
  bash:  spte completion bash > ~/.local/share/bash-completion/completions/spte
  zsh:   spte completion zsh > "\${fpath[1]}/_spte"
  fish:  spte completion fish > ~/.config/fish/completions/spte.fish
`,
};

export const COMMANDS = Object.keys(COMMAND_HELP);

/** Help for one command (with the exit codes), or the general usage. */
export function helpFor(command: string): string {
  const h = COMMAND_HELP[command];
  return h === undefined ? USAGE : `${h}\n${EXIT_CODES}`;
}
