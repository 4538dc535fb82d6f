/**
 * Whether the app was opened as the iframe widget (`?embed=1`, or `#embed=1`), and the
 * address with the widget's settings moved to the query. A module of its own, apart from
 * the settings' parsers (embedUrl.ts, options.ts), because the full page runs it before
 * anything else and should not download the parsers to learn that it is not an embed.
 */

/** Query keys of the iframe mode; everything else in the hash is inspector state. */
const SETTING_KEYS = ['embed', 'origin', 'theme', 'readonly', 'fields', 'kernel', 'label'] as const;

/** A boolean attribute or query flag: present means on, unless it says false, 0, off or no. */
export function parseFlag(text: string | null): boolean {
  if (text === null) return false;
  return !['false', '0', 'off', 'no'].includes(text.trim().toLowerCase());
}

/** Whether `key` is present in `q` and not switched off. */
export const hasFlag = (q: URLSearchParams, key: string) => q.has(key) && parseFlag(q.get(key));

/** True when the address asks for the embed (in the query or in the hash). */
export function isEmbedUrl(href: string): boolean {
  const url = new URL(href);
  return hasFlag(url.searchParams, 'embed') || hasFlag(new URLSearchParams(url.hash.slice(1)), 'embed');
}

/** The same address with the settings in the query and only inspector state in the hash. */
export function normaliseEmbedUrl(href: string): string {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.slice(1));
  for (const key of SETTING_KEYS) {
    const v = hash.get(key);
    if (v === null) continue;
    if (!url.searchParams.has(key)) url.searchParams.set(key, v);
    hash.delete(key);
  }
  const rest = hash.toString();
  url.hash = rest ? `#${rest}` : '';
  return url.toString();
}
