/**
 * Bounded echo of untrusted text: messages quote at most ~80 characters of what was given
 * and lists name at most ~20 items, so a megabyte of input never becomes a megabyte of
 * message. Pure and total: any value, any shape, never throws.
 */

export const ECHO_CHARS = 80;
export const ECHO_ITEMS = 20;

/** `text` cut to `max` characters with an ellipsis and how much was left out. */
export function clip(text: string, max = ECHO_CHARS): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  let cut = max;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(0, cut)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/** A value as a short readable literal: JSON where possible, else a description. */
export function describeValue(v: unknown, max = ECHO_CHARS): string {
  switch (typeof v) {
    case 'bigint':
      return clip(`${v.toString()}n (a BigInt, not a JSON number)`, max);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(clip(v, max));
    case 'number':
    case 'boolean':
      return String(v);
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length} items`;
  try {
    const s = JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
    return typeof s === 'string' ? clip(s, max) : 'an object';
  } catch {
    return 'an object that cannot be written as JSON';
  }
}

/** The first `max` items joined, then "and N more". */
export function listSome(items: readonly string[], max = ECHO_ITEMS, sep = ', '): string {
  if (items.length <= max) return items.join(sep);
  return `${items.slice(0, max).join(sep)}${sep}and ${(items.length - max).toLocaleString('en-US')} more`;
}

/** The first `max` items, plus a note item "and N more" when some were left out. */
export function capList<T>(items: readonly T[], max: number, more: (n: number) => T): T[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), more(items.length - max)];
}

/** `uname -r` is at most 64 characters (utsname's release field). */
export const MAX_KERNEL_TEXT = 64;

/** A message when `text` is longer than `max` characters, else null. */
export function tooLong(what: string, text: string, max: number): string | null {
  if (text.length <= max) return null;
  return `${what} “${clip(text, 24)}” is too long: ${text.length.toLocaleString('en-US')} characters, at most ${max} are read.`;
}
