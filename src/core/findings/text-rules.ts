/**
 * Findings about a whole pasted text rather than one value: they compare what the lines
 * say (wording, a dump's address) with what the SPTEs in them say. They sit in the same
 * catalogue as the value rules (stable ids, `spte findings`, examples), but checkFindings
 * never runs them (appliesTo.input 'text'); the text readers in src/core/infer do.
 */

import type { FindingRule } from './types';

/** A text rule has nothing to check on one value. */
const NEVER_ON_A_VALUE = (): null => null;

export const TEXT_RULES: readonly FindingRule[] = [
  {
    id: 'SPTE-K001',
    severity: 'warning',
    title: 'Wording and values point to different kernels',
    kernel: 'printk and tracepoint wording',
    summary:
      'The messages of a pasted text date it to some releases, but its SPTE values fit only others: a kernel between releases (a backport, a vendor or development tree). The values decide the layout.',
    appliesTo: { kinds: [], flavours: ['ept', 'x86'], kernels: 'all', input: 'text' },
    // The pre-2021 dump wording around a value with bit 63 in shadow_present_mask (6.10+).
    example: {
      value: 0x8600000123456b77n,
      preset: 'ept-ad',
      kernel: '7.1',
      level: 1,
      text:
        'get_mmio_spte: detect reserved bits on spte, addr 0xfe00d000, dump hierarchy:\n' +
        '------ spte 0x8600000123456b77 level 1.',
    },
    check: NEVER_ON_A_VALUE,
  },
  {
    id: 'SPTE-K002',
    severity: 'warning',
    title: 'MMIO GFN and printed address disagree: another MAXPHYADDR fits',
    kernel: 'get_mmio_spte_gfn',
    summary:
      "An MMIO SPTE's GFN, read with the chosen host's L1TF guard bits, differs from the address its dump prints (or the GFN handle_mmio_page_fault traced); the MAXPHYADDR that makes them agree is named, with the flags to use it.",
    appliesTo: { kinds: ['mmio'], flavours: ['ept', 'x86'], kernels: 'all', input: 'text' },
    // A 5.10 dump from an L1TF-affected Westmere-EP Xeon (EPT without A/D, MAXPHYADDR 40):
    // the MMIO SPTE at its end carries the guard bits 35–39. Dumps of that wording still
    // printed the walk's terminal entry; later ones stop at the last present SPTE.
    example: {
      value: 0x3000f8fed00036n,
      preset: 'ept-noad',
      kernel: '5.10',
      level: 1,
      text:
        'get_mmio_spte: detect reserved bits on spte, addr 0xfed00000, dump hierarchy:\n' +
        '------ spte 0xbadc0007 level 4.\n' +
        '------ spte 0x4000bad0007 level 3.\n' +
        '------ spte 0xbaddf007 level 2.\n' +
        '------ spte 0x3000f8fed00036 level 1.',
    },
    check: NEVER_ON_A_VALUE,
  },
];
