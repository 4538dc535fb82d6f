/**
 * Compiles the kernel-like format templates of `formats.ts` into regular expressions.
 *
 * Templates read like the kernel's own format strings so the table can be checked
 * against the source by eye: literal text, runs of spaces (matching any run of blanks,
 * since trace-cmd pads and copy/paste collapses), and `{token}` placeholders:
 *
 *   {spte} {old} {new}  a captured SPTE (hex, optional 0x; `%#llx` prints zero as `0`)
 *   {level}             a captured decimal level
 *   {hex}               a hex number that is NOT an SPTE (gfn, address, mask): never captured
 *   {int}               a decimal number (vcpu, as id, errno, ...)
 *   {ptr}               a `%p` pointer, whatever the hashing made of it
 *   {opt}               an optional field plus the blanks after it: `__print_flags`
 *                       output, which is empty when no flag is set (the kernel then
 *                       prints two blanks, which pasting often collapses into one)
 *   {paren}             a parenthesised group without nested parentheses
 *   {n}                 an optional stray "n" (a kernel format typed "\n" as "n")
 *
 * Every quantifier is applied to a single character class and consecutive classes are
 * separated by literals that cannot occur inside them, so matching is linear in the line
 * length: no catastrophic backtracking on hostile input.
 */

export type Capture = 'spte' | 'old' | 'new' | 'level';

const HEX_DIGITS = '[0-9a-fA-F]+';
const TOKENS: Readonly<Record<string, string>> = {
  spte: `(?:0[xX])?(?<spte>${HEX_DIGITS})`,
  old: `(?:0[xX])?(?<old>${HEX_DIGITS})`,
  new: `(?:0[xX])?(?<new>${HEX_DIGITS})`,
  level: '(?<level>\\d+)',
  hex: `(?:0[xX])?${HEX_DIGITS}`,
  int: '-?\\d+',
  ptr: '\\S+',
  opt: '(?:[^ \\t]+[ \\t]+)?',
  paren: '\\([^()\\n]*\\)',
  n: 'n?',
};
const CAPTURES: ReadonlySet<string> = new Set<Capture>(['spte', 'old', 'new', 'level']);

/** A number must not run on into letters/digits ("12g4" is not the hex 12). */
const WORD_END = '(?![0-9A-Za-z_])';
const WORD_START = '(?<![0-9A-Za-z_])';
const BLANKS = '[ \\t]+';

const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, BLANKS);

interface Piece {
  kind: 'literal' | 'token';
  text: string;
}

function split(template: string): Piece[] {
  const pieces: Piece[] = [];
  const re = /\{([a-z]+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > last) pieces.push({ kind: 'literal', text: template.slice(last, m.index) });
    const name = m[1] ?? '';
    if (!(name in TOKENS)) throw new Error(`unknown template token {${name}} in ${template}`);
    pieces.push({ kind: 'token', text: name });
    last = re.lastIndex;
  }
  if (last < template.length) pieces.push({ kind: 'literal', text: template.slice(last) });
  return pieces;
}

function build(pieces: readonly Piece[], opts: { embedded: boolean }): string {
  let src = '';
  const first = pieces[0];
  // Left boundary so "spte = " does not fire inside "old_spte = "; formats whose
  // anchor legitimately sits inside a longer identifier opt out (`embedded`).
  if (!opts.embedded && first?.kind === 'literal' && /^\w/.test(first.text)) src += WORD_START;
  for (const p of pieces) src += p.kind === 'literal' ? escapeLiteral(p.text) : (TOKENS[p.text] ?? '');
  if (pieces[pieces.length - 1]?.kind === 'token') src += WORD_END;
  return src;
}

export interface CompiledTemplate {
  /** Matches a complete line of this format (global: a pasted line may hold several). */
  full: RegExp;
  /**
   * Matches as much of the format as a truncated line shows, stopping after any captured
   * field (later fields optional, in order). Used only when a line could not be completed
   * by joining wrapped continuation lines.
   */
  lenient: RegExp;
  captures: readonly Capture[];
}

const isCapture = (p: Piece): boolean => p.kind === 'token' && CAPTURES.has(p.text);

/**
 * `A{c1}(?:B{c2}(?:C{c3})?)?`: each capture ends a prefix that may stand alone. Optional
 * groups nest (they do not repeat), so this stays linear.
 */
function buildLenient(pieces: readonly Piece[], embedded: boolean): string | null {
  const cuts: number[] = [];
  pieces.forEach((p, i) => {
    if (isCapture(p)) cuts.push(i + 1);
  });
  if (cuts.length === 0) return null;
  let src = build(pieces.slice(0, cuts[0]), { embedded });
  let close = '';
  for (let k = 1; k < cuts.length; k++) {
    const seg = pieces.slice(cuts[k - 1], cuts[k]);
    src +=
      '(?:' +
      seg.map((p) => (p.kind === 'literal' ? escapeLiteral(p.text) : (TOKENS[p.text] ?? ''))).join('');
    src += WORD_END;
    close += ')?';
  }
  return src + close;
}

/**
 * @param minimal for formats without captures (headers): the shortest text that still
 *   identifies the line when its tail is missing.
 */
export function compileTemplate(
  template: string,
  opts: { embedded?: boolean; minimal?: string } = {},
): CompiledTemplate {
  const embedded = opts.embedded ?? false;
  const pieces = split(template);
  const captures = pieces.filter(isCapture).map((p) => p.text as Capture);
  const full = new RegExp(build(pieces, { embedded }), 'g');
  const lenientSrc =
    buildLenient(pieces, embedded) ??
    (opts.minimal !== undefined ? build(split(opts.minimal), { embedded }) : full.source);
  return { full, lenient: new RegExp(lenientSrc, 'g'), captures };
}
