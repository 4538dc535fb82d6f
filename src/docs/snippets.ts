/**
 * The snippets the embed page shows and copies. The live examples are built from the
 * same functions, so what you copy is exactly what runs on the page.
 */

/** An element's attributes: a string value, or `true` for a boolean attribute. */
export type Attrs = Readonly<Record<string, string | true>>;

export const ESM_FILE = 'embed/spte-inspector.js';
export const IIFE_FILE = 'embed/spte-inspector.iife.js';

/** Where this build's files are, from the page's own address (works under any base path). */
export function buildUrls(base: string) {
  return {
    esm: new URL(ESM_FILE, base).href,
    iife: new URL(IIFE_FILE, base).href,
    app: new URL('index.html', base).href,
    origin: new URL(base).origin,
  };
}

function attr(name: string, value: string | true): string {
  if (value === true) return name;
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

export function elementMarkup(attrs: Attrs): string {
  const list = Object.entries(attrs).map(([k, v]) => attr(k, v));
  const oneLine = `<spte-inspector ${list.join(' ')}></spte-inspector>`;
  if (oneLine.length <= 90) return oneLine;
  return `<spte-inspector\n${list.map((a) => `  ${a}`).join('\n')}\n></spte-inspector>`;
}

/**
 * The element with a picture inside: what readers without JavaScript see (the element's
 * shadow root replaces it otherwise). The picture comes from `spte svg`.
 */
export function elementWithFallback(attrs: Attrs): string {
  const value = typeof attrs.value === 'string' ? attrs.value : '0x0';
  const file = `spte-${value}.svg`;
  const flags = [
    typeof attrs.preset === 'string' ? `--preset ${attrs.preset}` : '',
    typeof attrs.kernel === 'string' ? `--kernel ${attrs.kernel}` : '',
    typeof attrs.level === 'string' ? `--level ${attrs.level}` : '',
  ].filter(Boolean);
  const open = elementMarkup(attrs).replace(/<\/spte-inspector>$/, '');
  return `<!-- Without JavaScript the picture shows: npx spte-inspector svg ${[...flags, value].join(' ')} > ${file} -->
${open}
  <img src="${file}" alt="SPTE ${value} decoded">
</spte-inspector>`;
}

export function moduleSnippet(scriptUrl: string, attrs: Attrs): string {
  return `<script type="module" src="${scriptUrl}"></script>\n\n${elementWithFallback(attrs)}`;
}

export function classicSnippet(scriptUrl: string, attrs: Attrs): string {
  return `<script src="${scriptUrl}" defer></script>\n\n${elementWithFallback(attrs)}`;
}

/** The iframe's address: settings in the query, the inspector's state in the hash. */
export function frameUrl(appUrl: string, state: string, settings: Readonly<Record<string, string>>): string {
  const url = new URL(appUrl);
  url.searchParams.set('embed', '1');
  for (const [k, v] of Object.entries(settings)) url.searchParams.set(k, v);
  url.hash = state;
  // Keep ':' and '/' readable in origin=… (both are allowed in a query).
  return url.href.replaceAll('%3A', ':').replaceAll('%2F', '/');
}

export function iframeSnippet(src: string, appOrigin: string, title = 'SPTE Inspector'): string {
  return `<!-- origin= names the page that holds the frame: put your site's origin there. -->
<iframe
  src="${src}"
  title="${title.replaceAll('"', '&quot;')}"
  style="display: block; width: 100%; height: 480px; border: 0"
  loading="lazy"
></iframe>

<script>
  // Fit each inspector frame to its content. Trust only the inspector's origin,
  // and resize only the frame that sent the message.
  addEventListener('message', ({ origin, source, data }) => {
    if (origin !== '${appOrigin}' || data?.type !== 'spte-inspector:height') return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === source) frame.style.height = \`\${data.height}px\`;
  });
</script>`;
}

export const LIBRARY_SNIPPET = `// npm install spte-inspector
import { decode, hostFromPreset, parseSpte } from 'spte-inspector/core';

const parsed = parseSpte('0x8600000123456b75');
if (!parsed.ok) throw new Error(parsed.error.message);
// A preset, and optionally the kernel the value came from (undefined: unknown preset).
const host = hostFromPreset('ept-ad', { kernel: '6.6' });
if (!host) throw new Error('unknown preset');

const d = decode(host, parsed.value, 1);
console.log(d.cls.kind, d.findings.map((f) => f.id)); // leaf [ 'SPTE-W003' ]`;
