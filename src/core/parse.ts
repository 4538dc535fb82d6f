/**
 * The one SPTE parser shared by the page, the embed, the log reader and the CLI.
 * Accepts what people paste from kernel output: optional 0x/0X, either case, and
 * `_`, `'` or spaces between digits (a bare `0` is how `%#llx` prints zero).
 *
 * Bounded: it never builds a number wider than 64 bits. Once the 17th significant digit
 * is seen the answer is "too wide", whatever follows; only a short window after it is
 * looked at to say how wide, so a pasted megabyte costs no more than a real SPTE.
 */

import { remember } from './halves';

export type ParseResult = { ok: true; value: bigint } | { ok: false; error: ParseError };

export interface ParseError {
  /** Stable code, for tests and front ends that want their own wording. */
  code: 'empty' | 'negative' | 'no-digits' | 'bad-char' | 'too-wide';
  /** Human message naming the problem and where it is (1-based column). */
  message: string;
  /** 0-based index into the input, when the problem has a position. */
  index: number | null;
}

/** An SPTE has 64 bits: 16 hex digits. */
const MAX_DIGITS = 16;
/** How far past the 16th significant digit the parser looks to count the excess exactly. */
const EXCESS_WINDOW = 256;

function fail(code: ParseError['code'], message: string, index: number | null): ParseResult {
  return { ok: false, error: { code, message, index } };
}

function isSeparator(c: number): boolean {
  return c === 0x5f /* _ */ || c === 0x27 /* ' */ || c === 0x20 || c === 0x09;
}

/** The digit's value, or -1 when `c` is not a hex digit. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function describeChar(input: string, i: number): string {
  const c = input[i]!;
  if (c === '\n' || c === '\r') return 'a line break';
  const cp = input.codePointAt(i) ?? 0;
  if (cp < 0x20 || cp === 0x7f)
    return `control character U+${cp.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${String.fromCodePoint(cp)}'`;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0;
}

/**
 * The answer for text with a 17th significant digit at `from`: too wide, with the exact
 * width when the rest is short, or a bad character found in it (as for a short input
 * read whole); past the window, just "more than N digits".
 */
function tooWide(input: string, from: number, end: number, firstDigit: number): ParseResult {
  let n = 0;
  let i = from;
  for (; i < end && i - from < EXCESS_WINDOW; i++) {
    const c = input.charCodeAt(i);
    if (hexValue(c) >= 0) n++;
    else if (!isSeparator(c)) return badChar(input, i);
  }
  const count = MAX_DIGITS + n;
  const bits = 4 * (count - 1) + (32 - Math.clz32(hexValue(input.charCodeAt(firstDigit))));
  const width =
    i >= end ? `${count} significant hex digits (${bits} bits)` : `more than ${count} significant hex digits`;
  return fail(
    'too-wide',
    `Too wide: ${width} — an SPTE has at most 16 digits (64 bits). The excess starts at column ${firstDigit + 1}.`,
    firstDigit,
  );
}

function badChar(input: string, i: number): ParseResult {
  return fail(
    'bad-char',
    `Not a hex digit: ${describeChar(input, i)} at column ${i + 1}. Use 0-9 and a-f, optionally with _ ' or spaces between digits.`,
    i,
  );
}

export function parseSpte(input: string): ParseResult {
  // Whitespace around the value is ignored; found by index so nothing is copied.
  let start = 0;
  let end = input.length;
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  if (start === end)
    return fail('empty', 'Empty input: enter a 64-bit value in hex, e.g. 0x80a0000123456f77.', null);
  if (input[start] === '-')
    return fail('negative', 'Negative numbers are not SPTEs: an SPTE is an unsigned 64-bit value.', start);
  let i = start;
  if (input[i] === '+') i++;
  if (input[i] === '0' && (input[i + 1] === 'x' || input[i + 1] === 'X')) i += 2;
  // Two 32-bit halves: no BigInt until the end, and never more than 16 digits in them.
  let hi = 0;
  let lo = 0;
  let seenDigit = false;
  let significant = 0;
  let firstSignificant = -1;
  for (; i < end; i++) {
    const c = input.charCodeAt(i);
    const d = hexValue(c);
    if (d >= 0) {
      seenDigit = true;
      if (significant === 0 && d === 0) continue; // leading zeros cost nothing
      if (significant === 0) firstSignificant = i;
      if (significant === MAX_DIGITS) return tooWide(input, i, end, firstSignificant);
      significant++;
      hi = ((hi << 4) | (lo >>> 28)) >>> 0;
      lo = ((lo << 4) | d) >>> 0;
    } else if (isSeparator(c) && seenDigit) {
      continue;
    } else {
      return badChar(input, i);
    }
  }
  if (!seenDigit) return fail('no-digits', 'No hex digits after the 0x prefix.', i);
  const value = (BigInt(hi) << 32n) | BigInt(lo);
  remember(value, lo, hi);
  return { ok: true, value };
}
