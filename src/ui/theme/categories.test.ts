import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, PRESETS, layoutFor, makeHost, type FieldCategory } from '../../core';
import { CATEGORY_STYLES } from './categories';
import { VISIONS, ciede2000, difference, parseOklch, type Rgb, type Vision } from './colorMath';

// Tailwind's own colour values, so the test checks what the page really paints.
const themeCss = readFileSync(createRequire(import.meta.url).resolve('tailwindcss/theme.css'), 'utf8');
const tailwind = (name: string): Rgb => {
  const m = new RegExp(`--color-${name}:\\s*([^;]+);`).exec(themeCss);
  if (!m) throw new Error(`no Tailwind colour ${name}`);
  return parseOklch(m[1]!);
};

/** The identity colour of a category in a theme, read from its lane classes. */
function laneColour(c: FieldCategory, theme: 'light' | 'dark'): Rgb {
  const m = /^bg-([a-z]+-\d+) dark:bg-([a-z]+-\d+)$/.exec(CATEGORY_STYLES[c].lane);
  if (!m) throw new Error(`lane of ${c} is not "bg-x dark:bg-y": ${CATEGORY_STYLES[c].lane}`);
  return tailwind(theme === 'light' ? m[1]! : m[2]!);
}

/** Pairs of named categories that appear together in some layout (unused bits are hatched instead). */
const pairs = (() => {
  const out = new Map<string, [FieldCategory, FieldCategory]>();
  for (const p of PRESETS)
    for (const kernel of [undefined, '5.10', '5.15', '6.1']) {
      const host = kernel ? makeHost(p.params, { kernel }) : makeHost(p.params);
      for (const kind of ALL_KINDS) {
        const cats = [...new Set(layoutFor(host, kind).fields.map((f) => f.category))]
          .filter((c): c is FieldCategory => c !== 'unused')
          .sort();
        for (let i = 0; i < cats.length; i++)
          for (let j = i + 1; j < cats.length; j++) out.set(`${cats[i]}|${cats[j]}`, [cats[i]!, cats[j]!]);
      }
    }
  return [...out.values()];
})();

const KNOWN: readonly FieldCategory[] = ['ad-type', 'saved-rx', 'writable-tracking', 'mmio-gen', 'bit63'];

function worst(list: readonly [FieldCategory, FieldCategory][], theme: 'light' | 'dark') {
  let min = { d: Infinity, what: '' };
  for (const [a, b] of list)
    for (const v of VISIONS) {
      const d = difference(laneColour(a, theme), laneColour(b, theme), v as Vision);
      if (d < min.d) min = { d, what: `${a} / ${b} (${v})` };
    }
  return min;
}

describe('category colours', () => {
  it('computes CIEDE2000 like the published test data (Sharma et al. 2005, pair 1)', () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  });

  it('has pairs to check (the layouts were read)', () => {
    expect(pairs.length).toBeGreaterThan(40);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every two categories of one layout apart in ${theme}, for normal, deuteran and protan vision`, () => {
      const w = worst(pairs, theme);
      expect(w.d, w.what).toBeGreaterThanOrEqual(8);
    });

    it(`makes the five known categories the most distinct in ${theme}`, () => {
      const known = pairs.filter(([a, b]) => KNOWN.includes(a) && KNOWN.includes(b));
      expect(known.length).toBeGreaterThan(3);
      const w = worst(known, theme);
      expect(w.d, w.what).toBeGreaterThanOrEqual(12);
      expect(w.d).toBeGreaterThan(worst(pairs, theme).d);
    });
  }
});
