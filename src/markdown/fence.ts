/**
 * The ```spte fence, shared by the markdown-it and remark plugins: parse the fence body
 * (`0x… preset=… level=… kernel=… compact readonly`) and render it as a
 * <spte-inspector> element holding the static SVG as its no-JavaScript fallback.
 *
 * Only attributes on the allow-list reach the HTML, every value is escaped, and a fence
 * that cannot be read renders as an error block that keeps the author's text.
 */

import { findPreset, hostFromPreset, parseSpte, renderSvg, type SvgTheme } from '../core';

export interface SpteFenceOptions {
  /** Emit only the static SVG (no element, no script needed): for PDF, LaTeX, GitHub. */
  svgOnly?: boolean;
  /** Colours of the static picture (default light, which prints well). */
  svgTheme?: SvgTheme;
}

/** Attributes a fence may set on <spte-inspector>; anything else is refused. */
export const FENCE_ATTRIBUTES = ['preset', 'level', 'kernel', 'theme', 'label', 'fields'] as const;
export const FENCE_FLAGS = ['compact', 'readonly'] as const;

type FenceAttribute = (typeof FENCE_ATTRIBUTES)[number];
type FenceFlag = (typeof FENCE_FLAGS)[number];

export interface ParsedFence {
  value: string;
  attributes: Partial<Record<FenceAttribute, string>>;
  flags: FenceFlag[];
}

export type FenceResult = { ok: true; fence: ParsedFence } | { ok: false; message: string };

const isAttribute = (k: string): k is FenceAttribute => (FENCE_ATTRIBUTES as readonly string[]).includes(k);
const isFlag = (k: string): k is FenceFlag => (FENCE_FLAGS as readonly string[]).includes(k);

/** Splits on blanks; `key="a b"` and `key='a b'` keep their blanks. */
function tokens(text: string): string[] {
  return [...text.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((m) => m[0]);
}

const unquote = (s: string): string => s.replace(/^(["'])(.*)\1$/s, '$2');

/** Reads a fence body (the fence's info string after "spte" may hold options too). */
export function parseFence(body: string): FenceResult {
  let value: string | null = null;
  const attributes: ParsedFence['attributes'] = {};
  const flags: FenceFlag[] = [];
  for (const t of tokens(body)) {
    const eq = t.indexOf('=');
    if (eq < 0) {
      if (isFlag(t)) {
        if (!flags.includes(t)) flags.push(t);
      } else if (value === null && parseSpte(t).ok) value = t;
      else if (value === null) {
        const r = parseSpte(t);
        return {
          ok: false,
          message: r.ok ? 'unexpected value' : `value ${JSON.stringify(t)}: ${r.error.message}`,
        };
      } else
        return {
          ok: false,
          message: `unknown word ${JSON.stringify(t)}: options are ${FENCE_FLAGS.join(', ')} and key=value with the keys ${FENCE_ATTRIBUTES.join(', ')}`,
        };
      continue;
    }
    const key = t.slice(0, eq);
    const v = unquote(t.slice(eq + 1));
    if (key === 'value') {
      if (!parseSpte(v).ok) return { ok: false, message: `value ${JSON.stringify(v)} is not an SPTE value` };
      value = v;
    } else if (isAttribute(key)) attributes[key] = v;
    else
      return {
        ok: false,
        message: `attribute ${JSON.stringify(key)} is not allowed (allowed: value, ${FENCE_ATTRIBUTES.join(', ')}, ${FENCE_FLAGS.join(', ')})`,
      };
  }
  if (value === null)
    return { ok: false, message: 'no value: write the SPTE first, e.g. 0x8600000123456b77' };
  return { ok: true, fence: { value, attributes, flags } };
}

/** HTML-escapes text and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function errorBlock(source: string, message: string): string {
  return `<pre class="spte-fence-error" role="alert"><strong>spte fence: ${escapeHtml(message)}</strong>\n${escapeHtml(source)}</pre>\n`;
}

/** The static picture for a fence, or an error message. */
function staticSvg(
  f: ParsedFence,
  theme: SvgTheme,
): { ok: true; svg: string } | { ok: false; message: string } {
  const presetId = f.attributes.preset ?? 'ept-ad';
  if (!findPreset(presetId)) return { ok: false, message: `unknown preset ${JSON.stringify(presetId)}` };
  const level = f.attributes.level === undefined ? 1 : Number(f.attributes.level);
  if (!Number.isInteger(level) || level < 1 || level > 5)
    return { ok: false, message: `level must be 1 to 5, got ${JSON.stringify(f.attributes.level)}` };
  let host;
  try {
    host = hostFromPreset(presetId, f.attributes.kernel ? { kernel: f.attributes.kernel } : {});
  } catch (e) {
    return { ok: false, message: `kernel ${JSON.stringify(f.attributes.kernel)}: ${(e as Error).message}` };
  }
  if (!host) return { ok: false, message: `unknown preset ${JSON.stringify(presetId)}` };
  const parsed = parseSpte(f.value);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const svgTheme = f.attributes.theme === 'dark' ? 'dark' : f.attributes.theme === 'light' ? 'light' : theme;
  return { ok: true, svg: renderSvg(host, parsed.value, { level, theme: svgTheme }) };
}

/** A fence body as HTML: <spte-inspector …><svg…/></spte-inspector>, or an error block. */
export function renderFence(body: string, options: SpteFenceOptions = {}): string {
  const r = parseFence(body);
  if (!r.ok) return errorBlock(body, r.message);
  const pic = staticSvg(r.fence, options.svgTheme ?? 'light');
  if (!pic.ok) return errorBlock(body, pic.message);
  if (options.svgOnly) return `<div class="spte-static">${pic.svg}</div>\n`;
  const attrs = [
    `value="${escapeHtml(r.fence.value)}"`,
    ...FENCE_ATTRIBUTES.flatMap((k) => {
      const v = r.fence.attributes[k];
      return v === undefined ? [] : [`${k}="${escapeHtml(v)}"`];
    }),
    ...r.fence.flags,
  ];
  return `<spte-inspector ${attrs.join(' ')}>${pic.svg}</spte-inspector>\n`;
}
