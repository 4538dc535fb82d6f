/**
 * Reading the embed's settings: the attributes of <spte-inspector> and the query of the
 * iframe mode share these parsers. Pure and total: every bad input becomes a message for
 * the widget's inline alert, never an exception.
 */

import {
  LEVELS,
  PRESETS,
  checkParams,
  findPreset,
  parseKernelVersion,
  parseSpte,
  type HostParams,
  type KernelEra,
} from '../core';
import { ALL_PANELS } from '../ui/inspectorOptions';
import type { ThemeChoice } from '../ui/store';
import { ECHO_ITEMS, MAX_KERNEL_TEXT, clip, listSome, tooLong } from '../core/echo';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Every attribute the element reads (also the iframe query keys, where they apply). */
export const EMBED_ATTRIBUTES = [
  'value',
  'preset',
  'config',
  'level',
  'readonly',
  'compact',
  'theme',
  'fields',
  'kernel',
  'label',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** The panels of the compact widget: the bit grid, the kind and the findings. */
export const COMPACT_PANELS: readonly string[] = ['grid', 'kind', 'findings'];

/** Friendlier names accepted in `fields`, next to the Inspector's own panel names. */
const PANEL_ALIASES: Readonly<Record<string, string>> = {
  value: 'input',
  host: 'config',
  level: 'config',
  undo: 'history',
  bits: 'grid',
  verdicts: 'predicates',
};

const quote = (s: string): string => `“${s.length > 60 ? s.slice(0, 60) + '…' : s}”`;

export function parseValue(text: string): Parsed<bigint> {
  const r = parseSpte(text);
  return r.ok ? { ok: true, value: r.value } : { ok: false, message: r.error.message };
}

export function parsePreset(text: string): Parsed<string> {
  const id = text.trim();
  if (findPreset(id)) return { ok: true, value: id };
  return {
    ok: false,
    message: `Unknown preset ${quote(id)}: use one of ${PRESETS.map((p) => p.id).join(', ')}.`,
  };
}

/** A host parameters object, or one entry of configs.json (only its `params` is read). */
/** A host configuration is a few hundred characters; far more is refused unparsed. */
const MAX_CONFIG_TEXT = 64 * 1024;

export function parseConfig(text: string): Parsed<HostParams> {
  const long = tooLong('The configuration', text, MAX_CONFIG_TEXT);
  if (long !== null) return { ok: false, message: long };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `Not valid JSON (${clip((e as Error).message)}).` };
  }
  const raw =
    typeof json === 'object' && json !== null && !Array.isArray(json) && 'params' in json
      ? (json as { params: unknown }).params
      : json;
  const r = checkParams(raw);
  return r.ok
    ? { ok: true, value: r.params }
    : {
        ok: false,
        message: listSome(
          r.problems.map((p) => p.message),
          ECHO_ITEMS,
          ' ',
        ),
      };
}

export function parseLevel(text: string): Parsed<number> {
  const t = text.trim();
  const n = Number(t);
  if (/^\d$/.test(t) && (LEVELS as readonly number[]).includes(n)) return { ok: true, value: n };
  return { ok: false, message: `Level ${quote(text)} is not a page-table level: use 1 to 5.` };
}

export { parseFlag } from './embedMode';

/** light, dark, or auto (follow the reader's system setting; "system" is accepted too). */
export function parseTheme(text: string): Parsed<ThemeChoice> {
  const t = text.trim().toLowerCase();
  if (t === 'light' || t === 'dark') return { ok: true, value: t };
  if (t === 'auto' || t === 'system' || t === '') return { ok: true, value: 'system' };
  return { ok: false, message: `Theme ${quote(text)} is not light, dark or auto.` };
}

/**
 * A comma (or space) separated list of panels, in ALL_PANELS names or their aliases.
 * Unknown names are reported; the known ones still apply.
 */
export function parseFields(text: string): { panels: readonly string[] | null; message: string | null } {
  const names = text
    .split(/[\s,]+/)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const panels: string[] = [];
  const unknown: string[] = [];
  for (const n of names) {
    const p = PANEL_ALIASES[n] ?? n;
    if (ALL_PANELS.includes(p)) {
      if (!panels.includes(p)) panels.push(p);
    } else unknown.push(n);
  }
  const valid = `use ${ALL_PANELS.join(', ')}`;
  if (names.length === 0) return { panels: null, message: `No panels named: ${valid}.` };
  const message =
    unknown.length === 0
      ? null
      : `Unknown panel${unknown.length > 1 ? 's' : ''} ${unknown.map(quote).join(', ')}: ${valid}.`;
  // Page order, whatever order the list was written in.
  return { panels: panels.length ? ALL_PANELS.filter((p) => panels.includes(p)) : null, message };
}

export interface KernelChoice {
  /** What the attribute said. */
  input: string;
  /** Normalised version ("5.10", "mainline"). */
  version: string;
  era: KernelEra;
  note?: string;
}

export function parseKernel(text: string): Parsed<KernelChoice> {
  const long = tooLong('The kernel version', text, MAX_KERNEL_TEXT);
  if (long !== null) return { ok: false, message: long };
  const r = parseKernelVersion(text);
  if (!r.ok) return { ok: false, message: r.message };
  const choice: KernelChoice = { input: text.trim(), version: r.version, era: r.era };
  if (r.note !== undefined) choice.note = r.note;
  return { ok: true, value: choice };
}

/** The widget's accessible name (its landmarks are named after it); blank → null. */
export function parseLabel(text: string | null): string | null {
  const t = text?.trim().replace(/\s+/g, ' ') ?? '';
  return t === '' ? null : t.slice(0, 80);
}

/** The panels to show: `fields` when given, else the compact set or everything. */
export function panelsFor(compact: boolean, fields: readonly string[] | null): readonly string[] {
  return fields ?? (compact ? COMPACT_PANELS : ALL_PANELS);
}
