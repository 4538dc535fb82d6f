/**
 * The app's iframe mode: `index.html?embed=1&origin=https://docs.example#v=…&preset=…&level=1`.
 * The query holds the embed's settings, the hash the inspector's state (the same
 * permalink as the full page, kept up to date by useHashSync). Settings written in the
 * hash (`#embed=1&theme=dark&v=…`) are accepted too and moved to the query.
 */

import {
  COMPACT_PANELS,
  parseFields,
  parseFlag,
  parseKernel,
  parseLabel,
  parseTheme,
  type KernelChoice,
} from './options';
import type { ThemeChoice } from '../ui/store';

/** Query keys of the iframe mode; everything else in the hash is inspector state. */
const SETTING_KEYS = ['embed', 'origin', 'theme', 'readonly', 'fields', 'kernel', 'label'] as const;

/** The message the iframe posts to its parent whenever its content changes height. */
export const HEIGHT_MESSAGE = 'spte-inspector:height';
/** The message posted when the reader changes the value, level or host. */
export const CHANGE_MESSAGE = 'spte-inspector:change';

export interface EmbedSettings {
  /** Accessible name of the widget (`label=`), default "SPTE Inspector". */
  name: string;
  /** Where to post messages: an origin, or '*' (any); null when `origin` was unusable. */
  targetOrigin: string | null;
  theme: ThemeChoice;
  readonly: boolean;
  panels: readonly string[];
  kernel: KernelChoice | null;
  problems: string[];
}

const has = (q: URLSearchParams, key: string) => q.has(key) && parseFlag(q.get(key));

/** True when the address asks for the embed (in the query or in the hash). */
export function isEmbedUrl(href: string): boolean {
  const url = new URL(href);
  return has(url.searchParams, 'embed') || has(new URLSearchParams(url.hash.slice(1)), 'embed');
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

/** 'https://docs.example' (or '*'); anything else is a problem, and nothing is posted. */
export function parseOrigin(text: string | null): { origin: string | null; problem: string | null } {
  if (text === null || text.trim() === '' || text.trim() === '*') return { origin: '*', problem: null };
  try {
    const u = new URL(text.trim());
    if (u.origin !== 'null') return { origin: u.origin, problem: null };
  } catch {
    // reported below
  }
  return {
    origin: null,
    problem: `origin="${text}" is not an origin like https://docs.example.org; the height is not sent to the page.`,
  };
}

export function readEmbedSettings(href: string): EmbedSettings {
  const q = new URL(href).searchParams;
  const problems: string[] = [];
  const { origin, problem } = parseOrigin(q.get('origin'));
  if (problem) problems.push(problem);

  let theme: ThemeChoice = 'system';
  const themeText = q.get('theme');
  if (themeText !== null) {
    const r = parseTheme(themeText);
    if (r.ok) theme = r.value;
    else problems.push(`theme="${themeText}": ${r.message}`);
  }

  let panels = COMPACT_PANELS;
  const fieldsText = q.get('fields');
  if (fieldsText !== null) {
    const r = parseFields(fieldsText);
    if (r.panels) panels = r.panels;
    if (r.message) problems.push(`fields="${fieldsText}": ${r.message}`);
  }

  let kernel: KernelChoice | null = null;
  const kernelText = q.get('kernel');
  if (kernelText !== null && kernelText.trim() !== '') {
    const r = parseKernel(kernelText);
    if (r.ok) kernel = r.value;
    else problems.push(`kernel="${kernelText}": ${r.message}`);
  }

  return {
    name: parseLabel(q.get('label')) ?? 'SPTE Inspector',
    targetOrigin: origin,
    theme,
    readonly: has(q, 'readonly'),
    panels,
    kernel,
    problems,
  };
}
