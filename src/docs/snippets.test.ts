import { expect, test } from 'vitest';
import { buildUrls, classicSnippet, elementMarkup, frameUrl, iframeSnippet, moduleSnippet } from './snippets';

test('script URLs follow the page, under any base path', () => {
  expect(buildUrls('https://x.example/tools/spte/embed.html')).toEqual({
    esm: 'https://x.example/tools/spte/embed/spte-inspector.js',
    iife: 'https://x.example/tools/spte/embed/spte-inspector.iife.js',
    app: 'https://x.example/tools/spte/index.html',
    origin: 'https://x.example',
  });
});

test('element markup: boolean attributes bare, JSON in single quotes, long ones one per line', () => {
  expect(elementMarkup({ value: '0x1', compact: true })).toBe(
    '<spte-inspector value="0x1" compact></spte-inspector>',
  );
  expect(elementMarkup({ config: '{"params":{}}' })).toBe(
    `<spte-inspector config='{"params":{}}'></spte-inspector>`,
  );
  const long = elementMarkup({
    value: '0x8600000123456b77',
    preset: 'ept-ad',
    level: '1',
    readonly: true,
    compact: true,
  });
  expect(long.split('\n')).toEqual([
    '<spte-inspector',
    '  value="0x8600000123456b77"',
    '  preset="ept-ad"',
    '  level="1"',
    '  readonly',
    '  compact',
    '></spte-inspector>',
  ]);
});

test('snippets load the right script kind', () => {
  expect(moduleSnippet('https://a/e.js', { value: '0x1' })).toMatch(
    /^<script type="module" src="https:\/\/a\/e.js"><\/script>/,
  );
  expect(classicSnippet('https://a/e.iife.js', { value: '0x1' })).toMatch(
    /^<script src="https:\/\/a\/e.iife.js" defer>/,
  );
});

test('iframe: settings in the query, state in the hash; the listener checks the origin', () => {
  const src = frameUrl('https://app.example/index.html', '#v=0x1&preset=npt', {
    origin: 'https://docs.example',
  });
  expect(src).toBe('https://app.example/index.html?embed=1&origin=https://docs.example#v=0x1&preset=npt');
  const s = iframeSnippet(src, 'https://app.example');
  expect(s).toContain(`src="${src}"`);
  expect(s).toContain(
    "if (origin !== 'https://app.example' || data?.type !== 'spte-inspector:height') return;",
  );
  expect(iframeSnippet(src, 'https://app.example', 'Frozen "NPT"')).toContain(
    'title="Frozen &quot;NPT&quot;"',
  );
});

test('element snippets carry a spte svg picture as the no-JavaScript fallback', () => {
  const s = classicSnippet('https://a/e.iife.js', {
    value: '0x5a0',
    preset: 'npt',
    kernel: '5.15',
    compact: true,
  });
  expect(s).toContain('npx spte-inspector svg --preset npt --kernel 5.15 0x5a0 > spte-0x5a0.svg');
  expect(s).toContain(
    '<spte-inspector value="0x5a0" preset="npt" kernel="5.15" compact>\n  <img src="spte-0x5a0.svg"',
  );
  expect(s.trimEnd()).toMatch(/<\/spte-inspector>$/);
  expect(moduleSnippet('https://a/e.js', { value: '0x1' })).toContain('<img src="spte-0x1.svg"');
});
