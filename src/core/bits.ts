/**
 * 64-bit helpers. Every SPTE quantity is a bigint; JavaScript's `~` on a bigint
 * yields a negative number, so every complement goes through `not64`.
 */

export const MASK64 = (1n << 64n) - 1n;

// Masks are looked up, not rebuilt: creating a bigint per call dominated decode time.
const BITS: readonly bigint[] = Array.from({ length: 64 }, (_, n) => 1n << BigInt(n));
const GENMASKS: bigint[] = [];

/** Single bit `n` (0-based, LSB = bit 0). */
export const bit = (n: number): bigint => BITS[n] ?? 1n << BigInt(n);

/** Bits lo..hi inclusive, like the kernel's GENMASK_ULL(hi, lo). Empty when hi < lo. */
export function genmask(hi: number, lo: number): bigint {
  if (hi < lo) return 0n;
  if (hi > 63 || lo < 0) return ((1n << BigInt(hi - lo + 1)) - 1n) << BigInt(lo);
  const key = hi * 64 + lo;
  return (GENMASKS[key] ??= ((1n << BigInt(hi - lo + 1)) - 1n) << BigInt(lo));
}

/** Bitwise complement within 64 bits. */
export const not64 = (x: bigint): bigint => ~x & MASK64;

/** True when any bit of `mask` is set in `x`. */
export const any = (x: bigint, mask: bigint): boolean => (x & mask) !== 0n;

/** `0x%016llx`, the encoding the golden vectors and the CLI use. */
export const hex16 = (x: bigint): string => '0x' + (x & MASK64).toString(16).padStart(16, '0');

/** `%#llx`: the kernel's compact form (bare `0` for zero). */
export const hexShort = (x: bigint): string => (x === 0n ? '0' : '0x' + x.toString(16));

/** Bit positions set in a mask, ascending. */
export function bitsOf(mask: bigint): number[] {
  const out: number[] = [];
  // Walk 32-bit halves as numbers: 64 bigint shifts per call showed up in profiles.
  const lo = Number(mask & 0xffffffffn);
  const hi = Number((mask >> 32n) & 0xffffffffn);
  for (let i = 0; i < 32; i++) if ((lo >>> i) & 1) out.push(i);
  for (let i = 0; i < 32; i++) if ((hi >>> i) & 1) out.push(32 + i);
  return out;
}

/** Lowest and highest set bit of a non-zero mask, or null for 0. */
export function bitSpan(mask: bigint): { lo: number; hi: number } | null {
  const b = bitsOf(mask);
  if (b.length === 0) return null;
  return { lo: b[0]!, hi: b[b.length - 1]! };
}

/** Extract bits lo..hi of x as a bigint. */
export const fieldValue = (x: bigint, lo: number, hi: number): bigint =>
  (x >> BigInt(lo)) & genmask(hi - lo, 0);

/** Replace bits lo..hi of x with `v` (truncated to the field width). */
export function withField(x: bigint, lo: number, hi: number, v: bigint): bigint {
  const m = genmask(hi, lo);
  return ((x & not64(m)) | ((v << BigInt(lo)) & m)) & MASK64;
}

export const toggleBit = (x: bigint, n: number): bigint => (x ^ bit(n)) & MASK64;
export const testBit = (x: bigint, n: number): boolean => ((x >> BigInt(n)) & 1n) === 1n;
