/** Seeded generator of realistic SPTE values for benchmarks (leaves, tables, MMIO, specials, noise). */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function realisticValues(n: number, seed = 1128): bigint[] {
  const rnd = mulberry32(seed);
  const r32 = () => BigInt(Math.floor(rnd() * 2 ** 32));
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const pfn = (r32() << 2n) & 0x3ffffffffn;
    const k = rnd();
    let v: bigint;
    if (k < 0.5) v = 0x8600000000000b77n | (pfn << 12n) | (rnd() < 0.3 ? 1n << 7n : 0n);
    else if (k < 0.65) v = 0x8000000000000907n | (pfn << 12n);
    else if (k < 0.75) v = 0x0000000000000006n | ((pfn & 0xfffffffn) << 12n) | ((r32() & 0xffn) << 3n);
    else if (k < 0.8) v = 0x8000000000000000n;
    else if (k < 0.85) v = 0x8750000000000a70n | (pfn << 12n);
    else v = (r32() << 32n) | r32();
    out.push(v);
  }
  return out;
}
