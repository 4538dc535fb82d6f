/**
 * Kernel version strings → era. Accepts what `uname -r` and people write: "5.10",
 * "5.15.135", "v6.1", "6.12.63", "6.8.0-45-generic", "4.18.0-305.3.1.el8", and the words
 * current / mainline / latest.
 */

import { NEWEST_ERA, eraInfo, eraOfRelease } from './table';
import type { KernelEra } from './types';

export type KernelVersionResult =
  | {
      ok: true;
      /** Normalised version: "6.1", "5.15.135", "4.18.0-305.3.1.el8", or "mainline". */
      version: string;
      era: KernelEra;
      /** Upstream release (major.minor) whose facts are used; "mainline" for the newest era. */
      basis: string;
      /** Caveat to show next to the choice (enterprise backports and similar). */
      note?: string;
      /**
       * The number does not pin the layout (an out-of-tree tree such as Intel's TDX host
       * kernels, which carried later MMU changes): let the values choose among `era` and later.
       */
      fromValues?: true;
    }
  | { ok: false; message: string };

const EXAMPLES = 'e.g. 6.1, 5.15.135, v6.6, 4.18.0-305.el8 or "current"';
const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:([-+_~.])(.*))?$/;
/** Release suffixes of vendor kernels that carry KVM backports. */
const ENTERPRISE = /(?:^|[.\-_+])(el\d+|uek|sles?\d*|suse|default|azure|aws|gcp|oracle|anolis|an\d+|oe\d+)/i;
/** Distribution kernels that follow upstream closely (stable updates, few KVM backports). */
const DISTRO = /(?:^|[.\-_+])(generic|lowlatency|pve|deb\d+|bpo|fc\d+|arch\d*|amd64|cloud|virtual|kvm)\b/i;
/** Out-of-tree trees known to carry MMU changes ahead of their base release. */
const TDX_TREE = /(?:^|[.\-_+])tdx/i;
/** Release-candidate and plain stable suffixes: upstream itself. */
const UPSTREAM_SUFFIX = /^(?:rc\d+|\d+)?$/i;

/**
 * What releases before 5.10 did differently (kernel-versions.md §9, §11), for the caveat of
 * a version decoded with the oldest modelled layout.
 */
const BEFORE_5_10 =
  'the SPTE code lived in mmu.c and changed between releases: no TDP MMU (no kvm_tdp_mmu_spte_changed, no removed placeholder), the reserved-bit dump was printed by walk_shadow_page_get_mmio_spte (before ≈ 4.3 by vmx.c as an EPT misconfiguration), and the MMIO generation and A/D-disabled marker sat in bits that moved over time';

function fail(text: string, why: string): KernelVersionResult {
  return { ok: false, message: `"${text}" ${why}` };
}

export function parseKernelVersion(input: string): KernelVersionResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: `Empty kernel version: give one, ${EXAMPLES}.` };
  const lower = text.toLowerCase();
  if (lower === 'current' || lower === 'mainline' || lower === 'latest' || lower === 'master')
    return { ok: true, version: 'mainline', era: NEWEST_ERA, basis: 'mainline' };
  const bare = lower.replace(/^(?:linux[- ]?)?v?/, '');
  const m = VERSION.exec(bare);
  if (!m) return fail(text, `is not a kernel version: expected major.minor[.patch][-suffix], ${EXAMPLES}.`);
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const suffix = m[5] ?? '';
  const release = `${major}.${minor}`;
  const version = bare;

  // RHEL 8: 4.18 by number, but KVM is a backport; 8.3 (-240) and 8.4 (-305) are verified
  // to match the 5.10-era layout (kernel-versions.md §1.2, §10).
  if (major === 4 && minor === 18 && /\bel8/.test(suffix)) {
    const build = Number(/^(\d+)/.exec(m[4] === '-' ? suffix : '')?.[1] ?? NaN);
    const verified = build === 240 || build === 305;
    return {
      ok: true,
      version,
      era: 'special-type',
      basis: '5.10',
      note: verified
        ? `RHEL 8 kernel: its KVM is a backport matching upstream 5.10 – 5.12 (special-type), verified for RHEL 8.3/8.4.`
        : `RHEL 8 kernel: decoded as upstream 5.10 – 5.12 (special-type), which matches RHEL 8.3/8.4; other RHEL 8 releases backport newer KVM code and may differ — check with "detect from value".`,
    };
  }
  if (major < 2 || (major === 2 && (minor < 6 || Number(m[3] ?? 0) < 20)))
    return fail(text, 'is older than KVM itself (merged in 2.6.20).');
  if (major < 5 || (major === 5 && minor < 10))
    return {
      ok: true,
      version,
      era: 'special-type',
      basis: '5.10',
      note: `Kernel ${release} is older than 5.10, the oldest modelled layout: decoded as 5.10 – 5.12 (special-type: H/M at bits 10/11, type 11 = MMIO). Before 5.10 ${BEFORE_5_10}; check field meanings against that release.`,
    };
  if (major === 5 && minor > 19) return fail(text, 'does not exist: 5.19 was the last 5.x release.');
  const era = eraOfRelease(release);
  if (era === null) return fail(text, 'is not modelled.');
  const info = eraInfo(era);
  const base = { ok: true as const, version, era, basis: release };
  if (TDX_TREE.test(suffix))
    return {
      ...base,
      fromValues: true,
      note: `Out-of-tree TDX kernel: not upstream ${release} — those trees carried later MMU changes (bit 63 in non-present SPTEs, TDX's mirror tables) ahead of upstream, so the layout is read from the values, from ${info.label} on.`,
    };
  if (ENTERPRISE.test(suffix))
    return {
      ...base,
      note: `Vendor kernel: decoded as upstream ${release} (${info.label}, era ${era}); enterprise kernels backport KVM changes, so the real layout may be newer — check with "detect from value".`,
    };
  if (DISTRO.test(suffix))
    return {
      ...base,
      note: `Distribution kernel: assumed to have upstream ${release}'s KVM (${info.label}); distributions rarely backport MMU changes.`,
    };
  const tail = (m[4] ?? '') + suffix;
  const plain = suffix.replace(/[+]+$/, '');
  if (tail !== '' && (!UPSTREAM_SUFFIX.test(plain) || tail.endsWith('+')))
    return {
      ...base,
      note: `"${tail}" is not an upstream release suffix (a local or development tree): assumed to have upstream ${release}'s KVM (${info.label}).`,
    };
  return base;
}
