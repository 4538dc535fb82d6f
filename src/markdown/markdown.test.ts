// @vitest-environment jsdom
// The ```spte fence through real markdown-it and remark pipelines: fence → HTML, escaping
// of hostile input, the attribute allow-list, the SVG-only option.
import MarkdownIt from 'markdown-it';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { describe, expect, it } from 'vitest';
import spteMarkdownIt from './markdown-it';
import remarkSpte from './remark';
import type { SpteFenceOptions } from './fence';

const viaMarkdownIt = (src: string, o?: SpteFenceOptions, html = false) =>
  new MarkdownIt({ html }).use(spteMarkdownIt, o).render(src);
const viaRemark = (src: string, o?: SpteFenceOptions) =>
  String(remark().use(remarkSpte, o).use(remarkHtml, { sanitize: false }).processSync(src));

const fence = (body: string, info = 'spte') => `Before\n\n\`\`\`${info}\n${body}\n\`\`\`\n\nAfter\n`;

const parse = (html: string) => {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
};

describe.each([
  ['markdown-it', viaMarkdownIt],
  ['remark', viaRemark],
] as const)('%s plugin', (_name, render) => {
  it('turns a fence into <spte-inspector> with the static SVG inside', () => {
    const doc = parse(render(fence('0x8600000123456b77 preset=ept-ad level=1 kernel=6.6 compact readonly')));
    const el = doc.querySelector('spte-inspector')!;
    expect(el).not.toBeNull();
    expect(Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))).toEqual({
      value: '0x8600000123456b77',
      preset: 'ept-ad',
      level: '1',
      kernel: '6.6',
      compact: '',
      readonly: '',
    });
    const svg = el.querySelector('svg')!;
    expect(svg.querySelector('title')!.textContent).toContain('0x8600000123456b77');
    expect(svg.textContent).toContain('kernel 6.6');
    expect(doc.body.textContent).toContain('Before');
    expect(doc.body.textContent).toContain('After');
  });

  it('options in the info string work as in the body', () => {
    const el = parse(render(fence('0x5a0', 'spte preset=npt compact'))).querySelector('spte-inspector')!;
    expect(el.getAttribute('preset')).toBe('npt');
    expect(el.hasAttribute('compact')).toBe(true);
  });

  it('leaves other fences alone', () => {
    const doc = parse(render(fence('0x5a0', 'c')));
    expect(doc.querySelector('spte-inspector')).toBeNull();
    expect(doc.querySelector('pre code')!.textContent).toContain('0x5a0');
  });

  it('emits only the SVG with svgOnly', () => {
    const doc = parse(render(fence('0x5a0 preset=npt'), { svgOnly: true }));
    expect(doc.querySelector('spte-inspector')).toBeNull();
    expect(doc.querySelectorAll('svg')).toHaveLength(1);
  });

  it('refuses attributes off the allow-list and keeps the text', () => {
    const doc = parse(render(fence('0x5a0 onclick=alert(1) style=x')));
    expect(doc.querySelector('spte-inspector')).toBeNull();
    const err = doc.querySelector('pre.spte-fence-error')!;
    expect(err.textContent).toContain('"onclick" is not allowed');
    expect(err.textContent).toContain('0x5a0 onclick=alert(1) style=x');
    expect(doc.querySelector('[onclick], [style]')).toBeNull();
  });

  it('escapes hostile values inside allowed attributes', () => {
    const doc = parse(render(fence(`0x5a0 label='"><img src=x onerror=alert(1)>' kernel=6.6`)));
    const el = doc.querySelector('spte-inspector')!;
    expect(el.getAttribute('label')).toBe('"><img src=x onerror=alert(1)>');
    expect(doc.querySelector('img, [onerror]')).toBeNull();
  });

  it('escapes a hostile body that does not parse', () => {
    const doc = parse(render(fence('<script>alert(1)</script>')));
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('pre.spte-fence-error')!.textContent).toContain('<script>alert(1)</script>');
  });

  it('reports a bad preset, level or kernel without losing the text', () => {
    for (const bad of ['0x5a0 preset=nope', '0x5a0 level=9', '0x5a0 kernel=2.6']) {
      const doc = parse(render(fence(bad)));
      expect(doc.querySelector('spte-inspector')).toBeNull();
      expect(doc.querySelector('pre.spte-fence-error')!.textContent).toContain(bad);
    }
  });
});

it('markdown-it with html: false still renders the element (the plugin makes the HTML)', () => {
  const doc = parse(viaMarkdownIt(fence('0x5a0') + '\n<b>raw</b>\n', {}, false));
  expect(doc.querySelector('spte-inspector')).not.toBeNull();
  expect(doc.querySelector('b')).toBeNull();
});
