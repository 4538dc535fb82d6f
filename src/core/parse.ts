/**
 * The one SPTE parser shared by the page, the embed, the log reader and the CLI.
 * Accepts what people paste from kernel output: optional 0x/0X, either case, and
 * `_`, `'` or spaces between digits (a bare `0` is how `%#llx` prints zero).
 */

export type ParseResult = { ok: true; value: bigint } | { ok: false; error: ParseError };

export interface ParseError {
  /** Stable code, for tests and front ends that want their own wording. */
  code: 'empty' | 'negative' | 'no-digits' | 'bad-char' | 'too-wide';
  /** Human message naming the problem and where it is (1-based column). */
  message: string;
  /** 0-based index into the input, when the problem has a position. */
  index: number | null;
}

const SEPARATORS = new Set(['_', "'", ' ', '\t']);
const HEX = /^[0-9a-fA-F]$/;

function fail(code: ParseError['code'], message: string, index: number | null): ParseResult {
  return { ok: false, error: { code, message, index } };
}

function describeChar(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  const cp = c.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f)
    return `control character U+${cp.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${c}'`;
}

export function parseSpte(input: string): ParseResult {
  const text = input.trim();
  const lead = input.length - input.trimStart().length;
  if (text === '')
    return fail('empty', 'Empty input: enter a 64-bit value in hex, e.g. 0x80a0000123456f77.', null);
  if (text.startsWith('-'))
    return fail('negative', 'Negative numbers are not SPTEs: an SPTE is an unsigned 64-bit value.', lead);
  let i = 0;
  if (text[0] === '+') i = 1;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) i += 2;
  let digits = '';
  let firstDigit = -1;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (HEX.test(c)) {
      if (firstDigit < 0) firstDigit = i;
      digits += c;
    } else if (SEPARATORS.has(c) && digits !== '') {
      continue;
    } else {
      return fail(
        'bad-char',
        `Not a hex digit: ${describeChar(c)} at column ${lead + i + 1}. Use 0-9 and a-f, optionally with _ ' or spaces between digits.`,
        lead + i,
      );
    }
  }
  if (digits === '') return fail('no-digits', 'No hex digits after the 0x prefix.', lead + i);
  const value = BigInt('0x' + digits);
  if (value >> 64n !== 0n) {
    const significant = digits.replace(/^0+/, '');
    return fail(
      'too-wide',
      `Too wide: ${significant.length} significant hex digits (${value.toString(2).length} bits) — an SPTE has at most 16 digits (64 bits). The excess starts at column ${lead + firstDigit + 1}.`,
      lead + firstDigit,
    );
  }
  return { ok: true, value };
}
