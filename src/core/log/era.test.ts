import { describe, expect, it } from 'vitest';
import { eraHintsFromLine, type EraClue } from './index';

const clues = (line: string): EraClue[] => eraHintsFromLine(line).map((h) => h.clue);

describe('eraHintsFromLine', () => {
  it('dates the old reserved-bit dump wording before 5.13', () => {
    const hints = eraHintsFromLine(
      '[ 55.886136] get_mmio_spte: detect reserved bits on spte, addr 0xffc12792, dump hierarchy:',
    );
    expect(hints.map((h) => h.clue)).toEqual(['walk-wording-old', 'printk-no-prefix']);
    expect(hints[0]?.until).toBe('5.12');
    expect(clues('[ 55.895284] ------ spte 0x1344a0827 level 4.')).toEqual([
      'walk-wording-old',
      'printk-no-prefix',
    ]);
  });

  it('recognises the pre-5.10 function name', () => {
    expect(
      clues('walk_shadow_page_get_mmio_spte: detect reserved bits on spte, addr 0x1, dump hierarchy:'),
    ).toContain('walk-fn-old-name');
  });

  it('uses the kvm: pr_fmt prefix of the current dump to date it from 6.3', () => {
    const hints = eraHintsFromLine(
      '> [  1.0] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x1000, hierarchy:',
    );
    expect(hints.map((h) => [h.clue, h.from, h.until])).toEqual([
      ['walk-wording-current', '5.13', null],
      ['printk-kvm-prefix', '6.3', null],
    ]);
    expect(clues('------ spte = 0x1 level = 4, rsvd bits = 0x0')).toEqual([
      'walk-wording-current',
      'printk-no-prefix',
    ]);
  });

  it('tells nothing from a prefix it cannot see the start of', () => {
    expect(clues('weird-prefix | ------ spte = 0x1 level = 4, rsvd bits = 0x0')).toEqual([
      'walk-wording-current',
    ]);
  });

  it('dates the handle_changed_spte wordings', () => {
    expect(clues('a temporary removed SPTE.')).toEqual(['changed-spte-removed']);
    expect(eraHintsFromLine('a temporary removed SPTE.')[0]?.until).toBe('6.10');
    expect(clues('a temporary frozen SPTE.')).toEqual(['changed-spte-frozen']);
    expect(clues('are MMIO SPTEs.')).toEqual(['changed-spte-mmio-only']);
    expect(clues('are MMIO SPTEs, or the new SPTE is')).toEqual([]);
    expect(clues('kvm: Unexpected SPTE change! Nonpresent SPTEs')).toEqual(['printk-kvm-prefix']);
    expect(clues('Invalid SPTE change: cannot replace a present leaf')).toEqual(['printk-no-prefix']);
  });

  it('dates the WARNs', () => {
    expect(clues('kvm: MMU-writable SPTE is not Host-writable: 1')).toEqual(['writable-invariant-warn']);
    // Literal "kvm: " (5.19-6.2) and KBUILD_MODNAME (later) print the same: no prefix clue.
    expect(clues('kvm: Writable SPTE is not MMU-writable: 1')).toEqual(['writable-invariant-warn']);
    expect(clues('kvm: Writable SPTE is not locklessly dirty-trackable')).toEqual(['lockless-writable-warn']);
    expect(clues('kvm: Access Tracking saved bit locations are not zero')).toEqual([
      'access-track-warn-prefixed',
    ]);
    expect(clues('[ 1.0] Access Tracking saved bit locations are not zero')).toEqual([
      'access-track-warn-bare',
    ]);
    expect(clues('spte = 0x1, level = 1, rsvd bits = 0x2')).toEqual(['make-spte-rsvd-warn']);
  });

  it('dates tracepoints and notices out-of-tree flag columns', () => {
    expect(
      clues('  qemu-1 [003] 1.2: kvm_tdp_mmu_spte_changed: as id 0 gfn 1 level 1 old_spte 0 new_spte 1'),
    ).toEqual(['tdp-mmu-spte-changed-tracepoint']);
    expect(clues('kvm_mmu_split_huge_page: gfn 1 spte 2 level 2 errno 0')).toEqual([
      'split-huge-page-tracepoint',
    ]);
    expect(clues('kvm_mmu_set_spte: gfn 1 spte 2 (rwxuX) level 1 at 3')).toEqual(['set-spte-five-flags']);
    expect(clues('kvm_mmu_set_spte: gfn 1 spte 2 (rwxu) level 1 at 3')).toEqual([]);
  });

  it('dates the old vmx EPT-misconfiguration dump', () => {
    expect(clues('Mar 7 13:38:04 h kernel: EPT: Misconfiguration.')).toEqual(['ept-misconfig-inspect']);
    expect(clues('ept_misconfig_inspect_spte: spte 0x84c236107 level 4')).toEqual(['ept-misconfig-inspect']);
  });

  it('returns nothing for unrelated or hostile input', () => {
    expect(eraHintsFromLine('usb 1-1: new high-speed USB device')).toEqual([]);
    expect(eraHintsFromLine(undefined as unknown as string)).toEqual([]);
    expect(eraHintsFromLine('kvm_mmu_set_spte:' + ' ('.repeat(50_000))).toEqual([]);
  });
});
