import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLogExtractor, eraHintsFromLine, extractSptes, LOG_FORMATS, type LogEntry } from './index';

const SEED = 20261128;

/** What must hold for any input: nothing thrown, nothing invented, sane fields. */
function checkInvariants(text: string, entries: LogEntry[]): void {
  const lower = text.toLowerCase();
  const lines = text.split(/\r\n|\n|\r/).length;
  for (const e of entries) {
    expect(e.value >= 0n && e.value < 1n << 64n).toBe(true);
    // Every value is printed somewhere in the input (tokens are never split or glued).
    expect(lower.includes(e.value.toString(16))).toBe(true);
    expect(e.line >= 1 && e.line <= lines).toBe(true);
    expect(e.level === null || (Number.isInteger(e.level) && e.level >= 0 && e.level <= 999)).toBe(true);
    expect((e.pair === null) === (e.role === 'spte')).toBe(true);
  }
}

const fragments = fc.constantFrom(
  ...LOG_FORMATS.map((f) => f.example),
  ...LOG_FORMATS.map((f) => f.template),
  'kvm_mmu_set_spte:',
  'kvm_tdp_mmu_spte_changed:',
  'fast_page_fault:',
  '------ spte',
  'spte = ',
  'as_id:',
  'old_spte',
  'new_spte',
  ' level ',
  '0x',
  '86000001234b77',
  'ffffffffffffffffff',
  '(rwxu)',
  '> ',
  '>>',
  '[  123.456789] ',
  'Nov 28 10:00:00 host kernel: ',
  '  qemu-system-x86-1234  [003] d..1.  5678.123456: ',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '.',
  ',',
  ':',
  '=',
  '(',
  ')',
  '\u0000',
  '\uffff',
  '\ud800',
);

describe('never throws, never invents values (fast-check, fixed seed)', () => {
  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const got = extractSptes(text);
        checkInvariants(text, got);
        eraHintsFromLine(text);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('text assembled from format fragments', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fragments,
            fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), maxLength: 20 }),
            fc.nat().map(String),
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const text = parts.join('');
          const got = extractSptes(text);
          checkInvariants(text, got);
          for (const line of text.split('\n')) eraHintsFromLine(line);
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('real lines with random edits, quoting and wrapping', () => {
    const example = fc.constantFrom(...LOG_FORMATS.map((f) => f.example));
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 5 }),
      insert: fc.oneof(fc.constantFrom('', ' ', '\n', '\n> ', 'x', '0', '>'), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(
        fc.array(example, { minLength: 1, maxLength: 8 }),
        fc.array(edit, { maxLength: 6 }),
        (lines, edits) => {
          let text = lines.join('\n');
          for (const { at, cut, insert } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + cut);
          }
          const whole = extractSptes(text);
          checkInvariants(text, whole);
          // Streaming gives the same as whole-text extraction.
          const x = createLogExtractor();
          const streamed = [...text.split(/\r\n|\n|\r/).flatMap((l) => x.push(l)), ...x.end()];
          expect(streamed).toEqual(whole);
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('unedited real lines always come out, whatever is around them', () => {
    const entryFormats = LOG_FORMATS.filter((f) => f.kind === 'entry' || f.kind === 'walk-entry');
    fc.assert(
      fc.property(
        fc.constantFrom(...entryFormats),
        fc.constantFrom('', '> ', '> > ', '[  1.000000] ', 'Nov 28 10:00:00 host kernel: '),
        fc.string({ maxLength: 40 }).filter((s) => !s.includes('\n') && !s.includes('\r')),
        (f, prefix, noise) => {
          const text = `${noise}\n${prefix}${f.example}\n[  2.0] ${noise}`;
          const got = extractSptes(text).filter((e) => e.line === 2);
          expect(got.map((e) => e.role)).toEqual(f.roles);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
