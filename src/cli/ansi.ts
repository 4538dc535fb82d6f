/** ANSI colours per field category (terminal rendering only). */

import type { FieldCategory } from '../core';

const CODES: Record<FieldCategory, string> = {
  permission: '32',
  memtype: '36',
  'accessed-dirty': '33',
  'ad-type': '35',
  'saved-rx': '95',
  'writable-tracking': '34',
  'mmu-present': '1;32',
  address: '37',
  encryption: '96',
  'page-size': '93',
  bit63: '1;31',
  'mmio-marker': '1;35',
  'mmio-gen': '94',
  'mmio-access': '92',
  'l1tf-guard': '91',
  'frozen-marker': '1;36',
  reserved: '31',
  unused: '90',
};

export type Paint = (
  category: FieldCategory | 'error' | 'warning' | 'info' | 'dim' | 'bold',
  text: string,
) => string;

const EXTRA = { error: '1;31', warning: '1;33', info: '36', dim: '2', bold: '1' } as const;

export function makePaint(enabled: boolean): Paint {
  if (!enabled) return (_c, t) => t;
  return (c, t) =>
    `\x1b[${c in EXTRA ? EXTRA[c as keyof typeof EXTRA] : CODES[c as FieldCategory]}m${t}\x1b[0m`;
}
