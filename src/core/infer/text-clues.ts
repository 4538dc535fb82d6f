/**
 * Clues a pasted text gives about its kernel and host, apart from the SPTE values:
 * message wording and tracepoint names (via the log module's era rules), a kernel
 * version string (an Oops "Not tainted 6.9.0 #2" line, "Linux version …"), vendor traces
 * in stack dumps (vmx_/svm_/tdx_, kvm_intel/kvm_amd) and MMU role lines (`direct`, `!ad`,
 * `4-byte`). Each distinct clue counts once, however many lines repeat it.
 */

import { eraHintsFromLine } from '../log/era';
import { releaseNumber } from '../eras/table';
import { parseKernelVersion } from '../eras/version';
import { erasBetween } from './candidates';
import type { TextClue } from './types';

const EPT_HOSTS = ['ept-ad', 'ept-noad', 'ept-l2-pml', 'tdx-td'] as const;
const AMD_HOSTS = ['npt', 'npt-sme', 'shadow'] as const;
const TDP_HOSTS = ['ept-ad', 'ept-noad', 'npt', 'npt-sme', 'tdx-td'] as const;
const INDIRECT_HOSTS = ['shadow', 'ept-l2-pml'] as const;

/** Lines that can carry any clue; everything else is skipped with one test. */
const PREFILTER =
  /spte|SPTE|kvm|vmx|svm|tdx|TDX|EPT|NPT|AMD|Intel|EPYC|Xeon|SME|SEV|snp|tainted|Tainted|Linux version|sp gen|Access Tracking|#VE/;

const VERSION_RES: readonly RegExp[] = [
  /(?:Not tainted|Tainted: [A-Z ]*?)\s+(\d+\.\d+[^\s#]*)\s+#/,
  /Linux version (\d+\.\d+\S*)/,
];

interface VendorRule {
  id: string;
  /** Releases that print it, when the clue also dates the text. */
  from?: string;
  re: RegExp;
  hosts: readonly string[];
  weight: number;
  text: string;
}

const VENDOR_RULES: readonly VendorRule[] = [
  {
    id: 'vendor:intel',
    re: /\b(?:vmx_\w+|kvm_intel|kvm-intel|handle_ept_\w+|ept_\w+|VMX|Xeon|GenuineIntel)\b|\bIntel\b/,
    hosts: [...EPT_HOSTS, 'shadow'],
    weight: 5,
    text: 'Intel traces (vmx_/kvm_intel/EPT)',
  },
  {
    id: 'vendor:amd',
    re: /\b(?:svm_\w+|kvm_amd|kvm-amd|npf_interception|SVM|NPT|EPYC|Ryzen|AuthenticAMD|SEV|SNP)\b|\bAMD\b|-snp|-sev/,
    hosts: AMD_HOSTS,
    weight: 5,
    text: 'AMD traces (svm_/kvm_amd/SEV)',
  },
  {
    id: 'vendor:tdx',
    re: /\btdx_\w+|\bTDX\b|-tdx\b/,
    hosts: ['tdx-td'],
    weight: 3,
    text: 'TDX traces (tdx_)',
  },
  {
    id: 'vendor:sme',
    re: /\bSME\b|\bmem_encrypt=on\b/,
    hosts: ['npt-sme'],
    weight: 1,
    text: 'host memory encryption (SME)',
  },
  {
    id: 'mmu:tdp',
    re: /\btdp_mmu|kvm_tdp_mmu_\w+|\bkvm_tdp_\w+/,
    hosts: TDP_HOSTS,
    weight: 2,
    text: 'TDP MMU functions in the trace',
  },
  {
    id: 'log:ve',
    re: /(?:^|\s)(?:kvm: )?#VE [0-9a-fA-F]+/,
    from: '6.10',
    hosts: EPT_HOSTS,
    weight: 6,
    text: 'the #VE SPTE dump (Intel EPT, 6.10 and later)',
  },
];

/** MMU role print of kvm_mmu_get_page and friends: "sp gen 0 gfn 1000 l4 8-byte q0 direct wux nxe ad root 0 sync". */
const ROLE_LINE =
  /\bsp gen \d+ gfn [0-9a-fA-F]+ l\d+ (\d)-byte q\d+( direct)?(?: \S+)?(?: invalid)? (!?)nxe (!?)ad\b/;

export interface ClueScanner {
  push(line: string): void;
  clues(): TextClue[];
}

/**
 * Lines that differ only in numbers (timestamps, pids, gfns, SPTEs) give the same wording
 * and vendor clues: the scanner remembers the shapes it has read, so a long trace costs one
 * replace per line. Version lines are never cached (the number is the clue).
 */
const MAX_SHAPES = 4096;

/**
 * A line's shape: an FNV-1a hash of its characters other than hex digits, so timestamps,
 * pids, gfns and SPTEs do not count. Two clue-bearing messages differ in other letters too.
 */
function shapeOf(line: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export function createClueScanner(): ClueScanner {
  const found = new Map<string, TextClue>();
  const shapes = new Set<number>();
  let direct = 0;
  let indirect = 0;
  const add = (c: TextClue) => {
    if (!found.has(c.id)) found.set(c.id, c);
  };
  return {
    push(raw: string) {
      if (!PREFILTER.test(raw)) return;
      const line = raw.length > 4096 ? raw.slice(0, 4096) : raw;
      const versioned = line.includes('ainted') || line.includes('Linux version');
      if (!versioned) {
        const shape = shapeOf(line);
        if (shapes.has(shape)) return;
        if (shapes.size < MAX_SHAPES) shapes.add(shape);
      }
      for (const h of eraHintsFromLine(line)) {
        const eras = erasBetween(h.from, h.until, releaseNumber);
        add({ id: `wording:${h.clue}`, text: h.note, eras, weight: h.clue === 'printk-no-prefix' ? 1 : 6 });
      }
      for (const re of VERSION_RES) {
        const m = re.exec(line);
        if (!m) continue;
        const r = parseKernelVersion(m[1]!);
        if (r.ok)
          add({
            id: 'version',
            text: `kernel ${m[1]} in the text${r.note ? ' (vendor tree: its KVM may differ from upstream)' : ''}`,
            eras: [r.era],
            weight: r.note ? 3 : 8,
            version: m[1]!,
          });
      }
      for (const v of VENDOR_RULES)
        if (v.re.test(line))
          add({
            id: v.id,
            text: v.text,
            hosts: v.hosts,
            weight: v.weight,
            ...(v.from ? { eras: erasBetween(v.from, null, releaseNumber) } : {}),
          });
      const role = ROLE_LINE.exec(line);
      if (role) {
        if (role[2]) direct++;
        else indirect++;
        if (role[1] === '4')
          add({
            id: 'role:4-byte',
            text: 'a 4-byte guest PTE role (32-bit guest, shadowed)',
            hosts: ['shadow'],
            weight: 2,
          });
        if (role[4] === '!')
          add({
            id: 'role:!ad',
            text: 'roles say A/D disabled (!ad)',
            hosts: ['ept-noad', 'ept-l2-pml', 'shadow'],
            weight: 3,
          });
      }
    },
    clues() {
      const out = [...found.values()];
      if (direct + indirect > 0)
        out.push(
          direct >= indirect
            ? { id: 'role:direct', text: 'MMU roles are direct (TDP)', hosts: TDP_HOSTS, weight: 2 }
            : {
                id: 'role:indirect',
                text: 'MMU roles are indirect (shadowed guest tables)',
                hosts: INDIRECT_HOSTS,
                weight: 2,
              },
        );
      return out;
    },
  };
}

export function scanText(lines: Iterable<string>): TextClue[] {
  const s = createClueScanner();
  for (const l of lines) s.push(l);
  return s.clues();
}
