/**
 * The one colour table for field categories. Class strings are complete literals so
 * Tailwind can see them. Each category has an identity colour (the lane bar over its
 * cells and its legend swatch) and a clear (bit = 0) and set (bit = 1) cell style in the
 * same hue, in light and dark; cell text meets WCAG AA (4.5:1). The identity colours
 * were chosen so that every two categories that can appear in one layout differ by at
 * least CIEDE2000 8 in light and in dark, also under simulated deuteranopia and
 * protanopia, and the five the product is known for (A/D type, saved R/X, Host-/
 * MMU-writable, MMIO generation, bit 63) by at least 12 (categories.test.ts). Colour is
 * never the only signal: lanes name the fields, unused bits are hatched, cells show 0/1.
 */

import type { FieldCategory } from '../../core';

export interface CategoryStyle {
  /** Cell holding a 0. */
  clear: string;
  /** Cell holding a 1: a stronger shade, so set bits read like lit keys. */
  set: string;
  /** Legend swatch and the field list's category bar. */
  swatch: string;
  /** The lane bar over the category's cells: its identity colour. */
  lane: string;
}

export const CATEGORY_STYLES: Readonly<Record<FieldCategory, CategoryStyle>> = {
  permission: {
    clear:
      'bg-violet-50 text-violet-900 border-violet-200 dark:bg-violet-950 dark:text-violet-100 dark:border-violet-800',
    set: 'bg-violet-300 text-violet-950 border-violet-600 dark:bg-violet-700 dark:text-white dark:border-violet-300',
    swatch: 'bg-violet-600 border-violet-950 dark:bg-violet-400 dark:border-violet-100',
    lane: 'bg-violet-600 dark:bg-violet-400',
  },
  memtype: {
    clear:
      'bg-cyan-50 text-cyan-900 border-cyan-200 dark:bg-cyan-950 dark:text-cyan-100 dark:border-cyan-800',
    set: 'bg-cyan-300 text-cyan-950 border-cyan-600 dark:bg-cyan-700 dark:text-white dark:border-cyan-300',
    swatch: 'bg-cyan-600 border-cyan-950 dark:bg-cyan-200 dark:border-cyan-100',
    lane: 'bg-cyan-600 dark:bg-cyan-200',
  },
  'accessed-dirty': {
    clear:
      'bg-indigo-50 text-indigo-900 border-indigo-200 dark:bg-indigo-950 dark:text-indigo-100 dark:border-indigo-800',
    set: 'bg-indigo-300 text-indigo-950 border-indigo-600 dark:bg-indigo-700 dark:text-white dark:border-indigo-300',
    swatch: 'bg-indigo-900 border-indigo-950 dark:bg-indigo-500 dark:border-indigo-100',
    lane: 'bg-indigo-900 dark:bg-indigo-500',
  },
  'ad-type': {
    clear:
      'bg-yellow-50 text-yellow-900 border-yellow-200 dark:bg-yellow-950 dark:text-yellow-100 dark:border-yellow-800',
    set: 'bg-yellow-300 text-yellow-950 border-yellow-600 dark:bg-yellow-800 dark:text-white dark:border-yellow-300',
    swatch: 'bg-yellow-400 border-yellow-950 dark:bg-yellow-300 dark:border-yellow-100',
    lane: 'bg-yellow-400 dark:bg-yellow-300',
  },
  'saved-rx': {
    clear:
      'bg-rose-50 text-rose-900 border-rose-200 dark:bg-rose-950 dark:text-rose-100 dark:border-rose-800',
    set: 'bg-rose-300 text-rose-950 border-rose-600 dark:bg-rose-700 dark:text-white dark:border-rose-300',
    swatch: 'bg-rose-600 border-rose-950 dark:bg-rose-300 dark:border-rose-100',
    lane: 'bg-rose-600 dark:bg-rose-300',
  },
  'writable-tracking': {
    clear:
      'bg-teal-50 text-teal-900 border-teal-200 dark:bg-teal-950 dark:text-teal-100 dark:border-teal-800',
    set: 'bg-teal-300 text-teal-950 border-teal-600 dark:bg-teal-700 dark:text-white dark:border-teal-300',
    swatch: 'bg-teal-400 border-teal-950 dark:bg-teal-300 dark:border-teal-100',
    lane: 'bg-teal-400 dark:bg-teal-300',
  },
  'mmu-present': {
    clear:
      'bg-green-50 text-green-900 border-green-200 dark:bg-green-950 dark:text-green-100 dark:border-green-800',
    set: 'bg-green-300 text-green-950 border-green-600 dark:bg-green-700 dark:text-white dark:border-green-300',
    swatch: 'bg-green-700 border-green-950 dark:bg-green-400 dark:border-green-100',
    lane: 'bg-green-700 dark:bg-green-400',
  },
  address: {
    clear:
      'bg-emerald-50 text-emerald-900 border-emerald-200 dark:bg-emerald-950 dark:text-emerald-100 dark:border-emerald-800',
    set: 'bg-emerald-300 text-emerald-950 border-emerald-600 dark:bg-emerald-700 dark:text-white dark:border-emerald-300',
    swatch: 'bg-emerald-600 border-emerald-950 dark:bg-emerald-500 dark:border-emerald-100',
    lane: 'bg-emerald-600 dark:bg-emerald-500',
  },
  encryption: {
    clear:
      'bg-pink-50 text-pink-900 border-pink-200 dark:bg-pink-950 dark:text-pink-100 dark:border-pink-800',
    set: 'bg-pink-300 text-pink-950 border-pink-600 dark:bg-pink-700 dark:text-white dark:border-pink-300',
    swatch: 'bg-pink-800 border-pink-950 dark:bg-pink-500 dark:border-pink-100',
    lane: 'bg-pink-800 dark:bg-pink-500',
  },
  'page-size': {
    clear: 'bg-sky-50 text-sky-900 border-sky-200 dark:bg-sky-950 dark:text-sky-100 dark:border-sky-800',
    set: 'bg-sky-300 text-sky-950 border-sky-600 dark:bg-sky-700 dark:text-white dark:border-sky-300',
    swatch: 'bg-sky-700 border-sky-950 dark:bg-sky-300 dark:border-sky-100',
    lane: 'bg-sky-700 dark:bg-sky-300',
  },
  bit63: {
    clear: 'bg-red-50 text-red-900 border-red-200 dark:bg-red-950 dark:text-red-100 dark:border-red-800',
    set: 'bg-red-300 text-red-950 border-red-600 dark:bg-red-700 dark:text-white dark:border-red-300',
    swatch: 'bg-red-800 border-red-950 dark:bg-red-500 dark:border-red-100',
    lane: 'bg-red-800 dark:bg-red-500',
  },
  'mmio-marker': {
    clear:
      'bg-blue-50 text-blue-900 border-blue-200 dark:bg-blue-950 dark:text-blue-100 dark:border-blue-800',
    set: 'bg-blue-300 text-blue-950 border-blue-600 dark:bg-blue-700 dark:text-white dark:border-blue-300',
    swatch: 'bg-blue-700 border-blue-950 dark:bg-blue-500 dark:border-blue-100',
    lane: 'bg-blue-700 dark:bg-blue-500',
  },
  'mmio-gen': {
    clear: 'bg-red-50 text-red-900 border-red-200 dark:bg-red-950 dark:text-red-100 dark:border-red-800',
    set: 'bg-red-300 text-red-950 border-red-600 dark:bg-red-700 dark:text-white dark:border-red-300',
    swatch: 'bg-red-700 border-red-950 dark:bg-red-500 dark:border-red-100',
    lane: 'bg-red-700 dark:bg-red-500',
  },
  'mmio-access': {
    clear: 'bg-sky-50 text-sky-900 border-sky-200 dark:bg-sky-950 dark:text-sky-100 dark:border-sky-800',
    set: 'bg-sky-300 text-sky-950 border-sky-600 dark:bg-sky-700 dark:text-white dark:border-sky-300',
    swatch: 'bg-sky-400 border-sky-950 dark:bg-sky-500 dark:border-sky-100',
    lane: 'bg-sky-400 dark:bg-sky-500',
  },
  'l1tf-guard': {
    clear:
      'bg-teal-50 text-teal-900 border-teal-200 dark:bg-teal-950 dark:text-teal-100 dark:border-teal-800',
    set: 'bg-teal-300 text-teal-950 border-teal-600 dark:bg-teal-700 dark:text-white dark:border-teal-300',
    swatch: 'bg-teal-600 border-teal-950 dark:bg-teal-300 dark:border-teal-100',
    lane: 'bg-teal-600 dark:bg-teal-300',
  },
  'frozen-marker': {
    clear:
      'bg-blue-50 text-blue-900 border-blue-200 dark:bg-blue-950 dark:text-blue-100 dark:border-blue-800',
    set: 'bg-blue-300 text-blue-950 border-blue-600 dark:bg-blue-700 dark:text-white dark:border-blue-300',
    swatch: 'bg-blue-700 border-blue-950 dark:bg-blue-400 dark:border-blue-100',
    lane: 'bg-blue-700 dark:bg-blue-400',
  },
  reserved: {
    clear:
      'bg-stone-50 text-stone-900 border-stone-200 dark:bg-stone-950 dark:text-stone-100 dark:border-stone-800',
    set: 'bg-stone-300 text-stone-950 border-stone-600 dark:bg-stone-700 dark:text-white dark:border-stone-300',
    swatch: 'bg-stone-400 border-stone-950 dark:bg-stone-500 dark:border-stone-100',
    lane: 'bg-stone-400 dark:bg-stone-500',
  },
  unused: {
    clear:
      'bg-white text-slate-700 border-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:border-slate-700',
    set: 'bg-slate-300 text-slate-950 border-slate-600 dark:bg-slate-700 dark:text-white dark:border-slate-300',
    swatch: 'bg-white border-slate-400 dark:bg-slate-900 dark:border-slate-400',
    lane: 'bg-slate-300 dark:bg-slate-600',
  },
};

/** Finding severities: text label plus a style; info reads as an explanation, not an error. */
export const SEVERITY_STYLES = {
  error: {
    card: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/60',
    badge: 'bg-red-700 text-white dark:bg-red-300 dark:text-red-950',
  },
  warning: {
    card: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/60',
    badge: 'bg-amber-300 text-amber-950 dark:bg-amber-300 dark:text-amber-950',
  },
  info: {
    card: 'border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/60',
    badge: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  },
} as const;
