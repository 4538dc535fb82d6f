import { describe, expect, it } from 'vitest';
import { hasTracePrefix, stripPrefixes, stripQuotes } from './prefixes';

describe('stripQuotes', () => {
  it.each([
    ['plain', 0, 'plain'],
    ['> one', 1, 'one'],
    ['> > two', 2, 'two'],
    ['>> two', 2, 'two'],
    ['> >> three', 3, 'three'],
    ['  >\t> two', 2, 'two'],
    ['>', 1, ''],
    ['a > b', 0, 'a > b'],
  ])('%j', (line, depth, rest) => {
    expect(stripQuotes(line)).toEqual({ depth, rest });
  });
});

describe('stripPrefixes', () => {
  it.each([
    ['[  123.456789] kvm: x', 'kvm: x'],
    ['[  +0.000154] kvm: x', 'kvm: x'], // dmesg -d / -H: the delta since the previous line
    ['[Sat Nov 28 10:00:00 2026] kvm: x', 'kvm: x'],
    ['Nov 28 10:00:00 host kernel: kvm: x', 'kvm: x'],
    ['Nov  8 10:00:00 host kernel: [  123.456789] kvm: x', 'kvm: x'],
    ['Mar 7 13:38:04 xg-app-zstack-118 kernel: EPT: GPA: 0x1', 'EPT: GPA: 0x1'],
    ['2026-11-28T10:00:00.123456+01:00 host kernel: x', 'x'],
    ['2026-11-28T10:00:00+0100 host kernel: x', 'x'],
    ['[  123.456789][ T4567] x', 'x'],
    ['<4>[  123.456789] x', 'x'],
    ['4,1234,123456789,-;x', 'x'],
    ['kern  :warn  : [  123.456789] x', 'x'],
    ['kernel        ------ spte 0x1 level 3.', '------ spte 0x1 level 3.'],
    ['> > [  1.0] kvm: x', 'kvm: x'],
  ])('%j', (line, rest) => {
    const s = stripPrefixes(line);
    expect(s.rest).toBe(rest);
  });

  it('reports whether a log prefix was present', () => {
    expect(stripPrefixes('[  1.0] x').logPrefix).toBe(true);
    expect(stripPrefixes('> x').logPrefix).toBe(false);
    expect(stripPrefixes('new_spte 1').logPrefix).toBe(false);
  });
});

describe('hasTracePrefix', () => {
  it.each([
    ['  qemu-system-x86-1234  [003]  5678.123456: kvm_exit: x', true],
    ['  qemu-system-x86-1234  [003] d..1.  5678.123456: kvm_exit: x', true],
    ['   CPU 1/KVM-4567    [002] d..2.  123.456789: x', true],
    ['qemu-system-x86  1234 [003]  5678.123456:  kvmmmu:x', true],
    ['[  123.456789] kvm: x', false],
    ['new_spte 86000001234b77', false],
  ])('%j', (line, expected) => {
    expect(hasTracePrefix(line)).toBe(expected);
  });
});
