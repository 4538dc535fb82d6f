/**
 * The app's iframe mode: `index.html?embed=1&origin=https://docs.example#v=…&preset=…&level=1`.
 * The query holds the embed's settings, the hash the inspector's state (the same
 * permalink as the full page, kept up to date by useHashSync). Settings written in the
 * hash (`#embed=1&theme=dark&v=…`) are accepted too and moved to the query.
 */

import { hasFlag as has } from './embedMode';
import {
  COMPACT_PANELS,
  parseFields,
  parseKernel,
  parseLabel,
  parseTheme,
  type KernelChoice,
} from './options';
import type { ThemeChoice } from '../ui/store';

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

// The page's own check (before anything else loads) lives in embedMode.ts.
export { isEmbedUrl, normaliseEmbedUrl } from './embedMode';

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
