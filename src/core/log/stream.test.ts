import { describe, expect, it } from 'vitest';
import { createLogExtractor, extractSptes } from './index';

describe('streaming', () => {
  it('returns complete lines at once and holds back a line that may continue', () => {
    const x = createLogExtractor();
    expect(x.push('kvm: Writable SPTE is not MMU-writable: 82000001234b77').map((e) => e.line)).toEqual([1]);
    // Incomplete: the new value may follow on the next line.
    expect(x.push('> kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000')).toEqual(
      [],
    );
    const joined = x.push('> new_spte 86000001234b77');
    expect(joined.map((e) => [e.line, e.role])).toEqual([
      [2, 'old'],
      [2, 'new'],
    ]);
    expect(joined[0]?.text).toBe(
      'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000 new_spte 86000001234b77',
    );
    expect(x.end()).toEqual([]);
  });

  it('releases a held line when the next line is a new record, or at end()', () => {
    const x = createLogExtractor();
    expect(
      x.push('fast_page_fault: vcpu 0 gva 1000 error_code P sptep 00000000deadbeef old 0 new 86000001234b77'),
    ).toEqual([]);
    const released = x.push('[  5.0] kvm: Writable SPTE is not MMU-writable: 82000001234b77');
    expect(released.map((e) => [e.line, e.role, e.format])).toEqual([
      [1, 'old', 'fast_page_fault'],
      [1, 'new', 'fast_page_fault'],
      [2, 'spte', 'writable_invariant_warn'],
    ]);
    expect(x.push('kvm_mmu_set_spte: gfn 1 spte 86000001234b77 (rwxu) level 1')).toEqual([]);
    expect(x.end().map((e) => [e.line, e.level])).toEqual([[3, 1]]);
  });

  it('shares a pair id between the old and new of one line, distinct per line', () => {
    const got = extractSptes(
      [
        'kvm_tdp_mmu_spte_changed: as id 0 gfn 1 level 1 old_spte 0 new_spte 1',
        'kvm_mmu_set_spte: gfn 1 spte 86000001234b77 (rwxu) level 1 at 2',
        'kvm_tdp_mmu_spte_changed: as id 0 gfn 2 level 1 old_spte 2 new_spte 3',
      ].join('\n'),
    );
    expect(got.map((e) => [e.role, e.pair])).toEqual([
      ['old', 0],
      ['new', 0],
      ['spte', null],
      ['old', 1],
      ['new', 1],
    ]);
  });

  it('starts afresh after end()', () => {
    const x = createLogExtractor();
    x.push('x');
    x.push('------ spte 0x1 level 4.');
    expect(x.end()).toEqual([]);
    const again = x.push('------ spte 0x1 level 4.');
    expect(again.map((e) => [e.line, e.walk])).toEqual([[1, 0]]);
  });

  it('gives the same result line by line as over the whole text', () => {
    const text = [
      '> [  1.0] kvm_tdp_mmu_spte_changed: as id 0 gfn 1 level 1 old_spte 0',
      '> new_spte 1',
      'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
      'kvm_mmu_set_spte: gfn 1 spte 2 (rwxu) level 1 at',
    ].join('\r\n');
    const x = createLogExtractor();
    const streamed = [...text.split('\r\n').flatMap((l) => x.push(l)), ...x.end()];
    expect(streamed).toEqual(extractSptes(text));
    expect(streamed).toHaveLength(4);
  });
});
