import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hex16, hexShort } from '../bits';
import { parseSpte } from '../parse';

const ok = (s: string) => {
  const r = parseSpte(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const err = (s: string) => {
  const r = parseSpte(s);
  if (r.ok) throw new Error(`accepted ${s}`);
  return r.error;
};

describe('parseSpte accepts what the kernel and people print', () => {
  it.each([
    ['0x8600000123456b77', 0x8600000123456b77n],
    ['0X8600000123456B77', 0x8600000123456b77n],
    ['8600000123456b77', 0x8600000123456b77n],
    ['0x8600_0001_2345_6b77', 0x8600000123456b77n],
    ["0x8600'0001'2345'6b77", 0x8600000123456b77n],
    ['8600 0001 2345 6b77', 0x8600000123456b77n],
    ['  0x5a0  ', 0x5a0n],
    ['0', 0n],
    ['ffffffffffffffff', (1n << 64n) - 1n],
    ['0x00000000000000000000001', 1n],
  ])('%s', (text, want) => expect(ok(text)).toBe(want));
});

describe('parseSpte rejects with a message naming the problem and where', () => {
  it('empty', () => expect(err('   ').code).toBe('empty'));
  it('negative', () => expect(err('-5').message).toMatch(/Negative/));
  it('bare prefix', () => expect(err('0x').code).toBe('no-digits'));
  it('non-hex character with its column', () => {
    const e = err('0x86g0');
    expect(e.code).toBe('bad-char');
    expect(e.index).toBe(4);
    expect(e.message).toContain("'g' at column 5");
  });
  it('more than 64 bits', () => {
    const e = err('0x1_0000_0000_0000_0000');
    expect(e.code).toBe('too-wide');
    expect(e.message).toMatch(/17 significant hex digits/);
  });
  it('leading separator', () => expect(err('_12').code).toBe('bad-char'));
});

describe('properties (seeded)', () => {
  const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
  it('format then parse is the identity (hex16 and %#llx forms)', () => {
    fc.assert(
      fc.property(
        u64,
        (v) => ok(hex16(v)) === v && ok(hexShort(v)) === v && ok(v.toString(16).toUpperCase()) === v,
      ),
      { seed: 20261128, numRuns: 2000 },
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => typeof parseSpte(s).ok === 'boolean'),
      { seed: 7, numRuns: 3000 },
    );
  });
});
