/**
 * Colours for the static SVG, per field category, in the same hues as the page's grid
 * (Tailwind's 50/300 shades for light, 950/700 for dark). Plain hex values: an SVG file
 * must carry its colours itself, with no stylesheet to lean on.
 */

import type { FieldCategory } from '../layout/types';

export interface CellColours {
  /** Cell holding a 0. */
  clear: string;
  /** Cell holding a 1. */
  set: string;
  stroke: string;
  /** Text on either fill. */
  text: string;
}

export interface SvgPalette {
  background: string;
  text: string;
  muted: string;
  rule: string;
  error: string;
  warning: string;
  info: string;
  categories: Readonly<Record<FieldCategory, CellColours>>;
}

/** Tailwind hue → [50, 300, 600, 900] (light) and [950, 700, 300, 100] (dark); stone's set shade is 400, as on the page. */
const HUES = {
  emerald: ['#ecfdf5', '#6ee7b7', '#059669', '#064e3b', '#022c22', '#047857', '#6ee7b7', '#d1fae5'],
  amber: ['#fffbeb', '#fcd34d', '#d97706', '#78350f', '#451a03', '#b45309', '#fcd34d', '#fef3c7'],
  indigo: ['#eef2ff', '#a5b4fc', '#4f46e5', '#312e81', '#1e1b4b', '#4338ca', '#a5b4fc', '#e0e7ff'],
  violet: ['#f5f3ff', '#c4b5fd', '#7c3aed', '#4c1d95', '#2e1065', '#6d28d9', '#c4b5fd', '#ede9fe'],
  teal: ['#f0fdfa', '#5eead4', '#0d9488', '#134e4a', '#042f2e', '#0f766e', '#5eead4', '#ccfbf1'],
  rose: ['#fff1f2', '#fda4af', '#e11d48', '#881337', '#4c0519', '#be123c', '#fda4af', '#ffe4e6'],
  cyan: ['#ecfeff', '#67e8f9', '#0891b2', '#164e63', '#083344', '#0e7490', '#67e8f9', '#cffafe'],
  green: ['#f0fdf4', '#86efac', '#16a34a', '#14532d', '#052e16', '#15803d', '#86efac', '#dcfce7'],
  fuchsia: ['#fdf4ff', '#f0abfc', '#c026d3', '#701a75', '#4a044e', '#a21caf', '#f0abfc', '#fae8ff'],
  orange: ['#fff7ed', '#fdba74', '#ea580c', '#7c2d12', '#431407', '#c2410c', '#fdba74', '#ffedd5'],
  red: ['#fef2f2', '#fca5a5', '#dc2626', '#7f1d1d', '#450a0a', '#b91c1c', '#fca5a5', '#fee2e2'],
  lime: ['#f7fee7', '#bef264', '#65a30d', '#365314', '#1a2e05', '#4d7c0f', '#bef264', '#ecfccb'],
  pink: ['#fdf2f8', '#f9a8d4', '#db2777', '#831843', '#500724', '#be185d', '#f9a8d4', '#fce7f3'],
  blue: ['#eff6ff', '#93c5fd', '#2563eb', '#1e3a8a', '#172554', '#1d4ed8', '#93c5fd', '#dbeafe'],
  yellow: ['#fefce8', '#fde047', '#ca8a04', '#713f12', '#422006', '#a16207', '#fde047', '#fef9c3'],
  purple: ['#faf5ff', '#d8b4fe', '#9333ea', '#581c87', '#3b0764', '#7e22ce', '#d8b4fe', '#f3e8ff'],
  stone: ['#fafaf9', '#a8a29e', '#57534e', '#1c1917', '#0c0a09', '#44403c', '#a8a29e', '#e7e5e4'],
  slate: ['#f8fafc', '#cbd5e1', '#475569', '#0f172a', '#020617', '#334155', '#94a3b8', '#e2e8f0'],
} as const;

type Hue = keyof typeof HUES;

const CATEGORY_HUES: Readonly<Record<FieldCategory, Hue>> = {
  permission: 'emerald',
  memtype: 'amber',
  'accessed-dirty': 'indigo',
  'ad-type': 'violet',
  'saved-rx': 'teal',
  'writable-tracking': 'rose',
  'mmu-present': 'cyan',
  address: 'blue',
  encryption: 'pink',
  'page-size': 'lime',
  bit63: 'orange',
  'mmio-marker': 'red',
  'mmio-gen': 'purple',
  'mmio-access': 'green',
  'l1tf-guard': 'yellow',
  'frozen-marker': 'fuchsia',
  reserved: 'stone',
  unused: 'slate',
};

function categories(dark: boolean): Record<FieldCategory, CellColours> {
  const out = {} as Record<FieldCategory, CellColours>;
  for (const [cat, hue] of Object.entries(CATEGORY_HUES) as [FieldCategory, Hue][]) {
    const h = HUES[hue];
    out[cat] = dark
      ? { clear: h[4], set: h[5], stroke: h[6], text: h[7] }
      : { clear: h[0], set: h[1], stroke: h[2], text: h[3] };
  }
  return out;
}

export const LIGHT_PALETTE: SvgPalette = {
  background: '#ffffff',
  text: '#111827',
  muted: '#4b5563',
  rule: '#9ca3af',
  error: '#b91c1c',
  warning: '#a16207',
  info: '#1d4ed8',
  categories: categories(false),
};

export const DARK_PALETTE: SvgPalette = {
  background: '#0b1120',
  text: '#f3f4f6',
  muted: '#9ca3af',
  rule: '#4b5563',
  error: '#f87171',
  warning: '#facc15',
  info: '#93c5fd',
  categories: categories(true),
};
