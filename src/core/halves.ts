/**
 * 64-bit tests on two 32-bit halves. A bigint `&` allocates and costs ~15 ns; an int32 `&`
 * about 1 ns. Hot predicates split a value once (memoised for the last value seen, since a
 * decode asks dozens of questions of the same value) and test it against masks whose halves
 * were computed when the host was built (see host-pairs.ts). Only booleans and small numbers
 * come out of here: anything 64 bits wide stays a bigint.
 */

/** A 64-bit mask as its low and high 32 bits, both as int32. */
export interface Pair {
  readonly lo: number;
  readonly hi: number;
}

export const pairOf = (m: bigint): Pair => ({
  lo: Number(m & 0xffffffffn) | 0,
  hi: Number((m >> 32n) & 0xffffffffn) | 0,
});

let lastValue: bigint | undefined;
let LO = 0;
let HI = 0;

function load(s: bigint): void {
  if (s === lastValue) return;
  lastValue = s;
  LO = Number(BigInt.asUintN(32, s)) | 0;
  HI = Number(BigInt.asUintN(32, s >> 32n)) | 0;
}

/** A parser that built the value from its halves hands them over, so no one splits it again. */
export function remember(s: bigint, lo: number, hi: number): void {
  lastValue = s;
  LO = lo | 0;
  HI = hi | 0;
}

/** The low 32 bits of s (int32). */
export function low32(s: bigint): number {
  load(s);
  return LO;
}

/** The high 32 bits of s (int32). */
export function high32(s: bigint): number {
  load(s);
  return HI;
}

/** (value & m) != 0, for a value already split into halves. */
export const hit = (m: Pair, lo: number, hi: number): boolean => ((lo & m.lo) | (hi & m.hi)) !== 0;

/** (value & m) == v, for a value already split into halves. */
export const matches = (m: Pair, v: Pair, lo: number, hi: number): boolean =>
  (lo & m.lo) === v.lo && (hi & m.hi) === v.hi;
