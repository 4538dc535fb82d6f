/**
 * renderSvg(): one decoded SPTE as a static SVG picture, for READMEs, PDFs, slides and
 * kernel Documentation/. Field lanes over the 64 bits in the style of WaveDrom's bitfield
 * diagrams: two lanes of 32 bits (63 on the left, as on the page), bit numbers above,
 * 0/1 in the cells, field names and readings below, and a caption naming the value, the
 * kernel, the host and the findings.
 *
 * Pure string building: no DOM, no scripts, no foreignObject, colours as attributes (no
 * stylesheet) and no ids (many pictures can share one page; <title> names each one), so it survives rsvg-convert, Inkscape, browsers and printers alike.
 */

import { hex16 } from '../bits';
import { decode, type Decoded } from '../decode';
import { hostLabel, kernelLabel } from '../format';
import type { Host } from '../host';
import type { Severity } from '../findings/types';
import { KIND_LABELS, type FieldDef } from '../layout/types';
import { DARK_PALETTE, LIGHT_PALETTE, type SvgPalette } from './palette';

export type SvgTheme = 'light' | 'dark';

export interface SvgOptions {
  /** Page-table level 1–5 (default 1). */
  level?: number;
  /** Light (default; what prints well) or dark colours. */
  theme?: SvgTheme;
  /** Leave out the caption (kernel, host, findings): the picture of the bits only. */
  compact?: boolean;
}

const CELL = 26;
const LANE_BITS = 32;
const MARGIN = 16;
const WIDTH = MARGIN * 2 + CELL * LANE_BITS;
const FONT = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
/** Width of one character of FONT per pixel of font size (monospace: about 0.6). */
const CHAR = 0.6;
/** Longest field label drawn across narrow fields (vertical text), in characters. */
const MAX_VERTICAL = 24;

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fits = (text: string, size: number, width: number): boolean => text.length * size * CHAR <= width - 4;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Segment {
  def: FieldDef;
  text: string;
  /** Highest and lowest bit of the field inside this lane. */
  hi: number;
  lo: number;
}

/** Left edge of a bit's cell within a lane whose top bit is `top`. */
const cellX = (bit: number, top: number): number => MARGIN + (top - bit) * CELL;

function segments(d: Decoded, top: number): Segment[] {
  const bottom = top - LANE_BITS + 1;
  return d.fields
    .filter((f) => f.def.hi >= bottom && f.def.lo <= top)
    .map((f) => ({ def: f.def, text: f.text, hi: Math.min(f.def.hi, top), lo: Math.max(f.def.lo, bottom) }));
}

/** The label under a field segment: horizontal when it fits, else read downwards. */
function label(s: Segment): { lines: string[]; vertical: boolean } {
  const width = (s.hi - s.lo + 1) * CELL;
  const flag = s.def.hi === s.def.lo;
  const whole = s.hi === s.def.hi && s.lo === s.def.lo;
  const name = whole ? s.def.name : `${s.def.name} [${s.hi - s.def.lo}:${s.lo - s.def.lo}]`;
  if (fits(name, 11, width)) return { lines: flag ? [name] : [name, s.text], vertical: false };
  return { lines: [clip(flag ? name : `${name}: ${s.text}`, MAX_VERTICAL)], vertical: true };
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

function lane(
  d: Decoded,
  top: number,
  y: number,
  p: SvgPalette,
  marked: Map<number, Severity>,
): { svg: string; height: number } {
  const out: string[] = [];
  const cellsY = y + 14;
  // Bit numbers.
  for (let b = top; b > top - LANE_BITS; b--)
    out.push(
      `<text x="${cellX(b, top) + CELL / 2}" y="${y + 9}" font-size="9" text-anchor="middle" fill="${p.muted}">${b}</text>`,
    );
  const segs = segments(d, top);
  // Cells: fill by category and bit, the bit's value inside.
  for (const s of segs) {
    const c = p.categories[s.def.category];
    for (let b = s.hi; b >= s.lo; b--) {
      const set = ((d.value >> BigInt(b)) & 1n) === 1n;
      const x = cellX(b, top);
      out.push(
        `<rect x="${x}" y="${cellsY}" width="${CELL}" height="${CELL}" fill="${set ? c.set : c.clear}" stroke="${c.stroke}" stroke-width="0.5"/>`,
        `<text x="${x + CELL / 2}" y="${cellsY + 17}" font-size="13" text-anchor="middle" fill="${c.text}"${set ? ' font-weight="bold"' : ''}>${set ? 1 : 0}</text>`,
      );
    }
  }
  // Bits a finding names: a thick frame in the finding's colour.
  for (let b = top; b > top - LANE_BITS; b--) {
    const sev = marked.get(b);
    if (sev)
      out.push(
        `<rect x="${cellX(b, top) + 1.5}" y="${cellsY + 1.5}" width="${CELL - 3}" height="${CELL - 3}" fill="none" stroke="${p[sev]}" stroke-width="3"/>`,
      );
  }
  // Field frames and labels.
  let below = 0;
  const labelsY = cellsY + CELL + 4;
  for (const s of segs) {
    const x = cellX(s.hi, top);
    const w = (s.hi - s.lo + 1) * CELL;
    out.push(
      `<rect x="${x}" y="${cellsY}" width="${w}" height="${CELL}" fill="none" stroke="${p.text}" stroke-width="1.5"/>`,
      `<path d="M${x + 1} ${labelsY} v4 h${w - 2} v-4" fill="none" stroke="${p.rule}"/>`,
    );
    const l = label(s);
    if (l.vertical) {
      const tx = x + w / 2 + 4;
      const ty = labelsY + 8;
      out.push(
        `<text x="${tx}" y="${ty}" font-size="11" fill="${p.text}" transform="rotate(90 ${tx} ${ty})">${esc(l.lines[0]!)}</text>`,
      );
      below = Math.max(below, 8 + l.lines[0]!.length * 11 * CHAR + 4);
    } else {
      l.lines.forEach((t, i) => {
        const size = i === 0 ? 11 : 10;
        const shown = fits(t, size, w) ? t : clip(t, Math.max(1, Math.floor((w - 4) / (size * CHAR))));
        out.push(
          `<text x="${x + w / 2}" y="${labelsY + 18 + i * 13}" font-size="${size}" text-anchor="middle" fill="${i === 0 ? p.text : p.muted}">${esc(shown)}</text>`,
        );
      });
      below = Math.max(below, 22 + (l.lines.length - 1) * 13);
    }
  }
  return { svg: out.join('\n'), height: labelsY + below + 12 - y };
}

/** The findings' bits, each with the most severe finding that names it. */
function markedBits(d: Decoded): Map<number, Severity> {
  const m = new Map<number, Severity>();
  for (const sev of SEVERITY_ORDER)
    for (const f of d.findings)
      if (f.severity === sev)
        for (let b = 0; b < 64; b++) if (((f.bits >> BigInt(b)) & 1n) === 1n && !m.has(b)) m.set(b, sev);
  return m;
}

/** A decoded value as a self-contained SVG document (a string). */
export function renderSvg(host: Host, value: bigint, options: SvgOptions = {}): string {
  const d = decode(host, value, options.level ?? 1);
  const p = options.theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
  const title = `${hex16(d.value)} · ${KIND_LABELS[d.cls.kind]} · level ${d.level}`;
  const body: string[] = [
    `<text x="${MARGIN}" y="24" font-size="15" font-weight="bold" fill="${p.text}">${esc(title)}</text>`,
  ];
  const marked = markedBits(d);
  let y = 36;
  for (const top of [63, 31]) {
    const l = lane(d, top, y, p, marked);
    body.push(`<g>\n${l.svg}\n</g>`);
    y += l.height;
  }
  const caption: string[] = [];
  if (!options.compact) {
    caption.push(
      `${kernelLabel(host)}; ${d.layout.flavour === 'ept' ? 'EPT' : 'x86'} layout`,
      `host: ${hostLabel(host)}`,
    );
    for (const f of d.findings) caption.push(`${f.id} (${f.severity}): ${f.title}`);
    if (d.findings.length === 0) caption.push('no findings');
  }
  caption.forEach((t, i) => {
    const f = d.findings[i - 2];
    const colour = f ? p[f.severity] : p.muted;
    body.push(
      `<text x="${MARGIN}" y="${y + 4 + i * 16}" font-size="12" fill="${colour}">${esc(clip(t, 118))}</text>`,
    );
  });
  const height = Math.ceil(y + caption.length * 16 + (caption.length ? 8 : 0));
  const desc = [
    title,
    ...caption,
    ...d.fields.map((f) => `${f.def.name} [${f.def.hi}:${f.def.lo}] = ${f.text}`),
  ].join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" font-family="${esc(FONT)}">`,
    `<title>${esc(`SPTE ${title}`)}</title>`,
    `<desc>${esc(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="${p.background}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
