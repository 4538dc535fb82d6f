import { describe, expect, test } from 'vitest';
import { eraHintsFromLine } from '../../core/log';
import { collectClues, rangeText, summariseClues } from './logEras';

const hintsOf = (lines: string[]) =>
  lines.flatMap((text, i) => eraHintsFromLine(text).map((hint) => ({ hint, line: i + 1 })));

describe('log era clues', () => {
  test('ranges read as people say them', () => {
    expect(rangeText('6.11', null)).toBe('6.11 and later');
    expect(rangeText(null, '5.12')).toBe('up to 5.12');
    expect(rangeText('5.15', '6.10')).toBe('5.15 – 6.10');
    expect(rangeText(null, null)).toBe('any version');
  });

  test('one clue per kind, first line kept; the agreed range picks the eras', () => {
    const clues = collectClues(
      hintsOf([
        'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:',
        'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
        'kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0',
        'a temporary frozen SPTE.',
      ]),
    );
    expect(clues.map((c) => [c.clue, c.line])).toEqual([
      ['walk-wording-current', 1],
      ['printk-kvm-prefix', 1],
      ['changed-spte-frozen', 4],
    ]);
    const s = summariseClues(clues);
    expect(s.agreedText).toBe('6.11 and later');
    expect(s.eras.map((e) => e.label)).toEqual(['6.10 – 6.12', '6.13 – 7.1', '7.2 and later']);
  });

  test('contradicting clues (a backport) agree on nothing and offer no era', () => {
    const s = summariseClues(
      collectClues(
        hintsOf(['detect reserved bits on spte, addr 0x1, dump hierarchy:', 'a temporary frozen SPTE.']),
      ),
    );
    expect(s.agreed).toBeNull();
    expect(s.agreedText).toBe('no single version');
    expect(s.eras).toEqual([]);
  });

  test('clues without a version bound offer nothing', () => {
    expect(summariseClues([]).eras).toEqual([]);
  });
});
