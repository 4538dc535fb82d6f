/**
 * The one colour table for field categories. Class strings are complete literals so
 * Tailwind can see them. Each category has a clear (bit = 0) and a set (bit = 1) cell
 * style in light and dark, chosen so the text on them meets WCAG AA (4.5:1); colour is
 * never the only signal (cells show 0/1, the legend and field list name categories).
 */

import type { FieldCategory } from '../../core';

export interface CategoryStyle {
  /** Cell holding a 0. */
  clear: string;
  /** Cell holding a 1: a stronger shade, so set bits read like lit keys. */
  set: string;
  /** Legend swatch and the field list's category bar. */
  swatch: string;
}

export const CATEGORY_STYLES: Readonly<Record<FieldCategory, CategoryStyle>> = {
  permission: {
    clear:
      'bg-emerald-50 text-emerald-900 border-emerald-200 dark:bg-emerald-950 dark:text-emerald-100 dark:border-emerald-800',
    set: 'bg-emerald-300 text-emerald-950 border-emerald-600 dark:bg-emerald-700 dark:text-white dark:border-emerald-300',
    swatch: 'bg-emerald-400 border-emerald-700 dark:bg-emerald-500 dark:border-emerald-200',
  },
  memtype: {
    clear:
      'bg-amber-50 text-amber-900 border-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:border-amber-800',
    set: 'bg-amber-300 text-amber-950 border-amber-600 dark:bg-amber-700 dark:text-white dark:border-amber-300',
    swatch: 'bg-amber-400 border-amber-700 dark:bg-amber-500 dark:border-amber-200',
  },
  'accessed-dirty': {
    clear:
      'bg-indigo-50 text-indigo-900 border-indigo-200 dark:bg-indigo-950 dark:text-indigo-100 dark:border-indigo-800',
    set: 'bg-indigo-300 text-indigo-950 border-indigo-600 dark:bg-indigo-700 dark:text-white dark:border-indigo-300',
    swatch: 'bg-indigo-400 border-indigo-700 dark:bg-indigo-500 dark:border-indigo-200',
  },
  'ad-type': {
    clear:
      'bg-violet-50 text-violet-900 border-violet-200 dark:bg-violet-950 dark:text-violet-100 dark:border-violet-800',
    set: 'bg-violet-300 text-violet-950 border-violet-600 dark:bg-violet-700 dark:text-white dark:border-violet-300',
    swatch: 'bg-violet-400 border-violet-700 dark:bg-violet-500 dark:border-violet-200',
  },
  'saved-rx': {
    clear:
      'bg-teal-50 text-teal-900 border-teal-200 dark:bg-teal-950 dark:text-teal-100 dark:border-teal-800',
    set: 'bg-teal-300 text-teal-950 border-teal-600 dark:bg-teal-700 dark:text-white dark:border-teal-300',
    swatch: 'bg-teal-400 border-teal-700 dark:bg-teal-500 dark:border-teal-200',
  },
  'writable-tracking': {
    clear:
      'bg-rose-50 text-rose-900 border-rose-200 dark:bg-rose-950 dark:text-rose-100 dark:border-rose-800',
    set: 'bg-rose-300 text-rose-950 border-rose-600 dark:bg-rose-700 dark:text-white dark:border-rose-300',
    swatch: 'bg-rose-400 border-rose-700 dark:bg-rose-500 dark:border-rose-200',
  },
  'mmu-present': {
    clear:
      'bg-cyan-50 text-cyan-900 border-cyan-200 dark:bg-cyan-950 dark:text-cyan-100 dark:border-cyan-800',
    set: 'bg-cyan-300 text-cyan-950 border-cyan-600 dark:bg-cyan-700 dark:text-white dark:border-cyan-300',
    swatch: 'bg-cyan-400 border-cyan-700 dark:bg-cyan-500 dark:border-cyan-200',
  },
  address: {
    clear:
      'bg-blue-50 text-blue-900 border-blue-200 dark:bg-blue-950 dark:text-blue-100 dark:border-blue-800',
    set: 'bg-blue-300 text-blue-950 border-blue-600 dark:bg-blue-700 dark:text-white dark:border-blue-300',
    swatch: 'bg-blue-400 border-blue-700 dark:bg-blue-500 dark:border-blue-200',
  },
  encryption: {
    clear:
      'bg-pink-50 text-pink-900 border-pink-200 dark:bg-pink-950 dark:text-pink-100 dark:border-pink-800',
    set: 'bg-pink-300 text-pink-950 border-pink-600 dark:bg-pink-700 dark:text-white dark:border-pink-300',
    swatch: 'bg-pink-400 border-pink-700 dark:bg-pink-500 dark:border-pink-200',
  },
  'page-size': {
    clear:
      'bg-lime-50 text-lime-900 border-lime-200 dark:bg-lime-950 dark:text-lime-100 dark:border-lime-800',
    set: 'bg-lime-300 text-lime-950 border-lime-600 dark:bg-lime-700 dark:text-white dark:border-lime-300',
    swatch: 'bg-lime-400 border-lime-700 dark:bg-lime-500 dark:border-lime-200',
  },
  bit63: {
    clear:
      'bg-orange-50 text-orange-900 border-orange-200 dark:bg-orange-950 dark:text-orange-100 dark:border-orange-800',
    set: 'bg-orange-300 text-orange-950 border-orange-600 dark:bg-orange-700 dark:text-white dark:border-orange-300',
    swatch: 'bg-orange-400 border-orange-700 dark:bg-orange-500 dark:border-orange-200',
  },
  'mmio-marker': {
    clear: 'bg-red-50 text-red-900 border-red-200 dark:bg-red-950 dark:text-red-100 dark:border-red-800',
    set: 'bg-red-300 text-red-950 border-red-600 dark:bg-red-700 dark:text-white dark:border-red-300',
    swatch: 'bg-red-400 border-red-700 dark:bg-red-500 dark:border-red-200',
  },
  'mmio-gen': {
    clear:
      'bg-purple-50 text-purple-900 border-purple-200 dark:bg-purple-950 dark:text-purple-100 dark:border-purple-800',
    set: 'bg-purple-300 text-purple-950 border-purple-600 dark:bg-purple-700 dark:text-white dark:border-purple-300',
    swatch: 'bg-purple-400 border-purple-700 dark:bg-purple-500 dark:border-purple-200',
  },
  'mmio-access': {
    clear:
      'bg-green-50 text-green-900 border-green-200 dark:bg-green-950 dark:text-green-100 dark:border-green-800',
    set: 'bg-green-300 text-green-950 border-green-600 dark:bg-green-700 dark:text-white dark:border-green-300',
    swatch: 'bg-green-400 border-green-700 dark:bg-green-500 dark:border-green-200',
  },
  'l1tf-guard': {
    clear:
      'bg-yellow-50 text-yellow-900 border-yellow-200 dark:bg-yellow-950 dark:text-yellow-100 dark:border-yellow-800',
    set: 'bg-yellow-300 text-yellow-950 border-yellow-600 dark:bg-yellow-700 dark:text-white dark:border-yellow-300',
    swatch: 'bg-yellow-400 border-yellow-700 dark:bg-yellow-500 dark:border-yellow-200',
  },
  'frozen-marker': {
    clear:
      'bg-fuchsia-50 text-fuchsia-900 border-fuchsia-200 dark:bg-fuchsia-950 dark:text-fuchsia-100 dark:border-fuchsia-800',
    set: 'bg-fuchsia-300 text-fuchsia-950 border-fuchsia-600 dark:bg-fuchsia-700 dark:text-white dark:border-fuchsia-300',
    swatch: 'bg-fuchsia-400 border-fuchsia-700 dark:bg-fuchsia-500 dark:border-fuchsia-200',
  },
  reserved: {
    clear:
      'bg-stone-100 text-stone-900 border-stone-300 dark:bg-stone-900 dark:text-stone-100 dark:border-stone-700',
    set: 'bg-stone-400 text-stone-950 border-stone-700 dark:bg-stone-600 dark:text-white dark:border-stone-200',
    swatch: 'bg-stone-400 border-stone-700 dark:bg-stone-500 dark:border-stone-200',
  },
  unused: {
    clear:
      'bg-white text-slate-700 border-slate-200 dark:bg-slate-900 dark:text-slate-300 dark:border-slate-700',
    set: 'bg-slate-300 text-slate-950 border-slate-600 dark:bg-slate-700 dark:text-white dark:border-slate-300',
    swatch: 'bg-white border-slate-400 dark:bg-slate-900 dark:border-slate-400',
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
