/**
 * Which kernels could have printed a line, judged from its wording alone
 * (kernel-versions.md §9, spte-semantics.md §10-§11). Versions are upstream releases;
 * enterprise kernels backport KVM and can print newer wordings under older numbers.
 *
 * The `kvm: ` prefix of mmu.c/spte.c/tdp_mmu.c printk lines comes from the pr_fmt added
 * in 6.3; a literal "kvm: " in a format string (5.19-6.2 writable-invariant WARNs) and
 * KBUILD_MODNAME (later) print the same text, so those WARNs tell nothing by prefix.
 */

import { WARN, warnPattern } from '../warns';
import { stripPrefixes } from './prefixes';
import type { EraClue, EraHint } from './types';

interface Rule {
  clue: EraClue;
  re: RegExp;
  from: string | null;
  until: string | null;
  note: string;
}

const RULES: readonly Rule[] = [
  {
    clue: 'walk-wording-old',
    re: /detect reserved bits on spte|^(?:kvm: )?------ spte 0x[0-9a-fA-F]+ level \d+\.?$/,
    from: null,
    until: '5.12',
    note: 'Old get_mmio_spte() reserved-bit dump wording ("detect reserved bits", "spte 0x… level N."), replaced early in 2021.',
  },
  {
    clue: 'walk-wording-current',
    re: /reserved bits set on MMU-present spte|------ spte = /,
    from: '5.13',
    until: null,
    note: 'Current reserved-bit dump wording; verified from 5.14 (5.13 not checked).',
  },
  {
    clue: 'walk-fn-old-name',
    re: /walk_shadow_page_get_mmio_spte:/,
    from: null,
    until: '5.9',
    note: 'The dump function was still called walk_shadow_page_get_mmio_spte (5.10 prints get_mmio_spte).',
  },
  {
    clue: 'make-spte-rsvd-warn',
    re: /(?:^|[^\w-])spte = 0x[0-9a-fA-F]+, level = \d+, rsvd bits = /,
    from: '5.13',
    until: null,
    note: 'make_spte() reserved-bit WARN: absent up to 5.12, present from 5.14 (5.13 not checked).',
  },
  {
    clue: 'writable-invariant-warn',
    re: new RegExp(
      `${warnPattern(WARN.mmuWritableNotHostWritable)}|${warnPattern(WARN.writableNotMmuWritable)}`,
    ),
    from: '5.18',
    until: null,
    note: 'check_spte_writable_invariants() exists from 5.18 (5.18.12 has it, 5.17.0 not); its "kvm: " prefix is the same in every version.',
  },
  {
    clue: 'lockless-writable-warn',
    re: new RegExp(warnPattern(WARN.notLocklesslyDirtyTrackable)),
    from: null,
    until: '5.17',
    note: 'mark_spte_for_access_track() lockless-writable WARN, dropped in 5.18.',
  },
  {
    clue: 'access-track-warn-prefixed',
    re: new RegExp(`^kvm: ${warnPattern(WARN.savedBitsNotZero)}`),
    from: null,
    until: '6.2',
    note: 'Access-tracking WARN with its literal "kvm: " prefix (removed in 6.3).',
  },
  {
    clue: 'access-track-warn-bare',
    re: new RegExp(`^${warnPattern(WARN.savedBitsNotZero)}`),
    from: '6.3',
    until: null,
    note: 'Access-tracking WARN without prefix (6.3 and later).',
  },
  {
    clue: 'changed-spte-mmio-only',
    re: /^(?:kvm: )?are MMIO SPTEs\.$/,
    from: '5.10',
    until: '5.11',
    note: 'handle_changed_spte() message ending "unless one or both are MMIO SPTEs." (5.10 – 5.11; 5.12 added the removed-SPTE clause).',
  },
  {
    clue: 'changed-spte-removed',
    re: /temporary removed SPTE/,
    from: '5.12',
    until: '6.10',
    note: 'handle_changed_spte() "temporary removed SPTE" wording (5.12 – 6.10); 6.11 renamed it frozen.',
  },
  {
    clue: 'changed-spte-frozen',
    re: /temporary frozen SPTE/,
    from: '6.11',
    until: null,
    note: 'handle_changed_spte() "temporary frozen SPTE" wording, 6.11 and later.',
  },
  {
    clue: 'tdp-mmu-spte-changed-tracepoint',
    re: /(?:^|[^\w])kvm_tdp_mmu_spte_changed:/,
    from: '5.11',
    until: null,
    note: 'The kvm_tdp_mmu_spte_changed tracepoint exists from 5.11 (not in 5.10).',
  },
  {
    clue: 'split-huge-page-tracepoint',
    re: /(?:^|[^\w])kvm_mmu_split_huge_page:/,
    from: '5.18',
    until: null,
    note: 'kvm_mmu_split_huge_page tracepoint: absent in 5.17, present from 5.18.',
  },
  {
    clue: 'set-spte-five-flags',
    re: /kvm_mmu_set_spte:.* \([^()\s]{5}\) level /,
    from: null,
    until: null,
    note: 'Five access flags in kvm_mmu_set_spte: an out-of-tree MBEC branch (mainline prints four).',
  },
  {
    clue: 've-walk',
    re: /#VE [0-9a-fA-F]+, spte\[\d\] = /,
    from: '6.10',
    until: null,
    note: 'kvm_mmu_print_sptes() after an unexpected #VE: exists from 6.10 (is_ept_ve_possible).',
  },
  {
    clue: 'ept-misconfig-inspect',
    re: /ept_misconfig_inspect_spte:|EPT: Misconfiguration\./,
    from: null,
    until: '4.2',
    note: 'vmx.c printed EPT misconfigurations itself before the reserved-bit dump moved into mmu.c (≈ 4.3; boundary not verified against a tree).',
  },
];

/** Lines of mmu.c/tdp_mmu.c that got the "kvm: " pr_fmt prefix in 6.3 (message starts). */
const PR_FMT_MESSAGE =
  /^(?:kvm: )?(?:(?:walk_shadow_page_)?get_mmio_spte: |------ spte |Invalid SPTE change|Unexpected SPTE change)/;

/**
 * Era clues in one line (quotes and log prefixes are removed first). Returns an empty
 * list for lines that say nothing about the kernel version.
 */
export function eraHintsFromLine(text: string): EraHint[] {
  const hints: EraHint[] = [];
  try {
    const { rest } = stripPrefixes(typeof text === 'string' ? text.slice(0, 4096) : '');
    for (const r of RULES) {
      if (r.re.test(rest)) hints.push({ clue: r.clue, from: r.from, until: r.until, note: r.note });
    }
    const m = PR_FMT_MESSAGE.exec(rest);
    if (m) {
      if (rest.startsWith('kvm: ')) {
        hints.push({
          clue: 'printk-kvm-prefix',
          from: '6.3',
          until: null,
          note: 'mmu.c/tdp_mmu.c messages carry the "kvm: " pr_fmt prefix from 6.3.',
        });
      } else {
        hints.push({
          clue: 'printk-no-prefix',
          from: null,
          until: '6.2',
          note: 'mmu.c/tdp_mmu.c messages had no "kvm: " prefix before 6.3 (assuming the paste kept the whole message).',
        });
      }
    }
  } catch {
    return [];
  }
  return hints;
}
