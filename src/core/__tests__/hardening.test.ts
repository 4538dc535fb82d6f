/** Hostile input to the core: huge text, odd shapes. Each case once broke or blew up. */

import { describe, expect, it } from 'vitest';
import { clip, describeValue, listSome } from '../echo';
import { checkParams } from '../params';
import { parseSpte } from '../parse';
import { PRESETS } from '../presets';

const err = (s: string) => {
  const r = parseSpte(s);
  if (r.ok) throw new Error(`accepted ${s.slice(0, 40)}`);
  return r.error;
};

describe('parseSpte is bounded', () => {
  it('stops at the 17th significant digit of a 20 MB digit string, with a short message', () => {
    const e = err('0x' + '9'.repeat(20_000_000));
    expect(e.code).toBe('too-wide');
    expect(e.message).toMatch(/more than \d+ significant hex digits/);
    expect(e.message.length).toBeLessThan(200);
    expect(e.index).toBe(2);
  });
  it('still counts a small excess exactly', () => {
    expect(err('0x1_0000_0000_0000_0000').message).toMatch(/17 significant hex digits \(65 bits\)/);
    expect(err('ffff_ffff_ffff_ffff_f').message).toMatch(/17 significant hex digits \(68 bits\)/);
  });
  it('a bad character soon after the excess is named, as when the text is read whole', () => {
    const e = err('0x1_0000_0000_0000_0000 is far too wide');
    expect(e.code).toBe('bad-char');
    expect(e.message).toContain("'i' at column 25");
  });
  it('accepts any number of leading zeros and separators', () => {
    const r = parseSpte('0x' + '0'.repeat(1_000_000) + '_8600_0001_2345_6b77');
    expect(r).toEqual({ ok: true, value: 0x8600000123456b77n });
  });
  it('names a bad character after a huge run of zeros by its column', () => {
    const e = err('0'.repeat(100_000) + 'z');
    expect(e.message).toContain("'z' at column 100001");
  });
  it('keeps astral characters whole in its message', () => {
    expect(err('12😀').message).toContain("'😀' at column 3");
  });
});

describe('checkParams answers problems for any shape', () => {
  const good = PRESETS[0]!.params;
  it('a BigInt-valued field is a problem, not a TypeError', () => {
    const r = checkParams({ ...good, maxphyaddr_cpuid: 46n });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/maxphyaddr_cpuid.*46n \(a BigInt/);
  });
  it('a cyclic value, a throwing getter and a huge string', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const r1 = checkParams({ ...good, vendor: cyclic });
    expect(r1.ok).toBe(false);
    const trap = Object.defineProperty({ ...good }, 'vendor', {
      get() {
        throw new Error('nope');
      },
    });
    const r2 = checkParams(trap);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.problems[0]!.message).toMatch(/could not be read/);
    const r3 = checkParams({ ...good, vendor: 'x'.repeat(1_000_000) });
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.problems[0]!.message.length).toBeLessThan(300);
  });
});

describe('echo helpers', () => {
  it('clip keeps short text and cuts long text saying how long it was', () => {
    expect(clip('abc')).toBe('abc');
    expect(clip('x'.repeat(1000))).toBe(`${'x'.repeat(80)}… (1,000 characters)`);
  });
  it('describeValue never throws', () => {
    expect(describeValue(5n)).toMatch(/BigInt/);
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue([1, 2])).toBe('an array of 2 items');
  });
  it('listSome names 20 and counts the rest', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
    const s = listSome(items);
    expect(s).toMatch(/k19, and 99,980 more$/);
    expect(s).not.toContain('k20,');
  });
});
