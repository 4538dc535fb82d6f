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
    // An L1TF-affected MAXPHYADDR-36 EPT host: guard bits 31–35 set, GPA bit 31 copied to 36.
    example: {
      value: 0x1ffed00036n,
      preset: 'ept-ad',
      kernel: '5.15',
      level: 1,
      text:
        'get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfed00000, hierarchy:\n' +
        '------ spte = 0x00000000badc0907 level = 4, rsvd bits = 0x0\n' +
        '------ spte = 0x0000010000bad907 level = 3, rsvd bits = 0x10000000000\n' +
        '------ spte = 0x00000000baddf907 level = 2, rsvd bits = 0x0\n' +
        '------ spte = 0x0000001ffed00036 level = 1, rsvd bits = 0x0',
    },
    check: NEVER_ON_A_VALUE,
  },
];
