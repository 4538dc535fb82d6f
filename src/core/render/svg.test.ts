// @vitest-environment jsdom
// Golden SVGs (text, checked in under __golden__/): one per flavour and kernel era, plus
// the dark theme, an MMIO value and a compact picture. A change to the picture shows up as
// a reviewable text diff; `npx vitest run -u src/core/render` rewrites them on purpose.
import { describe, expect, it } from 'vitest';
import { hostFromPreset, renderSvg, type SvgOptions } from '..';

const LEAF = 0x8600000123456b77n;
/** The same writable leaf in the 7.2 layout (H 53, M 55, XU 10). */
const LEAF_72 = 0x80a0000123456f77n;
const ERA_KERNELS = ['5.10', '5.15', '6.6', '6.12', '7.1', 'current'] as const;

type Case = [name: string, preset: string, kernel: string, value: bigint, options: SvgOptions];
const cases: Case[] = [
  ...ERA_KERNELS.flatMap((k) => [
    [`ept-ad-${k}`, 'ept-ad', k, k === 'current' ? LEAF_72 : LEAF, {}] satisfies Case,
    [`npt-${k}`, 'npt', k, 0x8000000123456867n, {}] satisfies Case,
  ]),
  ['shadow-current', 'shadow', 'current', 0x8000000123456867n, {}],
  ['ept-ad-current-dark', 'ept-ad', 'current', LEAF_72, { theme: 'dark' }],
  ['ept-ad-current-mmio', 'ept-ad', 'current', 0x0018000000001007n, {}],
  ['npt-current-compact-l2', 'npt', 'current', 0x00000001234000e7n, { compact: true, level: 2 }],
];

function svgFor(preset: string, kernel: string, value: bigint, options: SvgOptions): string {
  const host = hostFromPreset(preset, { kernel });
  if (!host) throw new Error(`no host for ${preset} ${kernel}`);
  return renderSvg(host, value, options);
}

describe('renderSvg golden pictures', () => {
  it.each(cases)('%s', async (name, preset, kernel, value, options) => {
    await expect(svgFor(preset, kernel, value, options)).toMatchFileSnapshot(`__golden__/${name}.svg`);
  });
});

describe('renderSvg output is a self-contained, valid SVG', () => {
  it.each(cases)('%s parses as XML and carries no script', (_name, preset, kernel, value, options) => {
    const text = svgFor(preset, kernel, value, options);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    for (const banned of ['script', 'foreignObject', 'image', 'style'])
      expect(root.getElementsByTagName(banned)).toHaveLength(0);
    expect(text).not.toMatch(/\bon\w+=|href=|url\(/);
    // 64 cells, each showing its bit; the same bits the value has.
    const cells = [...root.querySelectorAll('g > text[font-size="13"]')].map((t) => t.textContent);
    expect(cells).toHaveLength(64);
    expect(cells.join('')).toBe(value.toString(2).padStart(64, '0'));
  });

  it('names the kernel, the host and every finding in the caption', () => {
    const host = hostFromPreset('ept-ad', { kernel: '6.6' })!;
    const text = renderSvg(host, 0x8600000123456b75n);
    expect(text).toContain('kernel 6.6');
    expect(text).toContain('preset ept-ad');
    expect(text).toContain('SPTE-W003');
    expect(renderSvg(host, 0x8600000123456b75n, { compact: true })).not.toContain('SPTE-W003 (');
  });

  it('light and dark differ only in colours', () => {
    const host = hostFromPreset('npt')!;
    const strip = (s: string) => s.replace(/#[0-9a-f]{6}/g, '#');
    const light = renderSvg(host, 0x8000000123456867n);
    const dark = renderSvg(host, 0x8000000123456867n, { theme: 'dark' });
    expect(light).not.toBe(dark);
    expect(strip(light)).toBe(strip(dark));
  });
});
