/** What the page echoes from hostile input is bounded: links, kernel text, attributes. */

import { describe, expect, it } from 'vitest';
import { parseConfig, parseKernel, parseValue } from '../embed/options';
import { parseKernelChoice } from './lib/kernels';
import { decodeHash } from './url/hashCodec';

describe('bounded echo', () => {
  it('a link with 100,000 unknown keys names 20 and counts the rest', () => {
    const hash = '#v=0x5a0&' + Array.from({ length: 100_000 }, (_, i) => `k${i}=1`).join('&');
    const d = decodeHash(hash);
    expect(d.value).toBe(0x5a0n);
    expect(d.problems).toHaveLength(21);
    expect(d.problems[20]).toBe('…and 99,980 more keys this page does not know; ignored.');
  });
  it('a 1 MB kernel version is a short message', () => {
    const text = '6.1-' + 'x'.repeat(1_000_000);
    for (const r of [parseKernelChoice(text), parseKernel(text)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.length).toBeLessThan(200);
        expect(r.message).toContain('1,000,004 characters');
      }
    }
  });
  it('a 10 MB value attribute answers at once with a short message', () => {
    const r = parseValue('0x' + 'f'.repeat(10_000_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(200);
  });
  it('a config attribute with a BigInt-like or huge member is a bounded message', () => {
    const r = parseConfig(JSON.stringify({ vendor: 'x'.repeat(1_000_000) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(5_000);
  });
});

describe('config attribute', () => {
  it('a 1 MB config is refused before parsing, with its length', () => {
    const r = parseConfig('{"params":' + ' '.repeat(1_000_000) + '}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/is too long: 1,000,011 characters/);
  });
});
