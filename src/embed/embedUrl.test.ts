import { describe, expect, test } from 'vitest';
import { isEmbedUrl, normaliseEmbedUrl, parseOrigin, readEmbedSettings } from './embedUrl';
import { COMPACT_PANELS } from './options';

const BASE = 'https://app.example/spte/index.html';

describe('iframe mode URL', () => {
  test('the flag may be in the query or the hash', () => {
    expect(isEmbedUrl(`${BASE}?embed=1#v=0x1`)).toBe(true);
    expect(isEmbedUrl(`${BASE}?embed#v=0x1`)).toBe(true);
    expect(isEmbedUrl(`${BASE}#embed=1&v=0x1`)).toBe(true);
    expect(isEmbedUrl(`${BASE}?embed=0#v=0x1`)).toBe(false);
    expect(isEmbedUrl(`${BASE}#v=0x1&preset=npt`)).toBe(false);
  });

  test('settings move from the hash to the query; the hash keeps only state', () => {
    expect(normaliseEmbedUrl(`${BASE}#embed=1&theme=dark&v=0x1&preset=npt&level=2`)).toBe(
      `${BASE}?embed=1&theme=dark#v=0x1&preset=npt&level=2`,
    );
    expect(normaliseEmbedUrl(`${BASE}?embed=1#v=0x1`)).toBe(`${BASE}?embed=1#v=0x1`);
  });

  test('origin: an origin or *; anything else is reported and nothing is posted', () => {
    expect(parseOrigin(null)).toEqual({ origin: '*', problem: null });
    expect(parseOrigin('https://docs.example/page')).toEqual({
      origin: 'https://docs.example',
      problem: null,
    });
    const bad = parseOrigin('docs.example');
    expect(bad.origin).toBeNull();
    expect(bad.problem).toMatch(/origin="docs.example"/);
  });

  test('settings: compact panels by default; bad ones become problems', () => {
    const s = readEmbedSettings(`${BASE}?embed=1`);
    expect(s).toMatchObject({
      targetOrigin: '*',
      theme: 'system',
      readonly: false,
      kernel: null,
      problems: [],
    });
    expect(s.panels).toBe(COMPACT_PANELS);
    const t = readEmbedSettings(`${BASE}?embed=1&theme=neon&readonly&fields=grid,nope&kernel=2.4&origin=x`);
    expect(t.readonly).toBe(true);
    expect(t.panels).toEqual(['grid']);
    expect(t.targetOrigin).toBeNull();
    expect(t.problems).toHaveLength(4);
  });
});
