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
    }
  | { ok: false; message: string };

const EXAMPLES = 'e.g. 6.1, 5.15.135, v6.6, 4.18.0-305.el8 or "current"';
const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:([-+_~.])(.*))?$/;
/** Release suffixes of vendor kernels that carry KVM backports. */
const ENTERPRISE = /(?:^|[.\-_+])(el\d+|uek|sles?\d*|suse|default|azure|aws|gcp|oracle|anolis|an\d+|oe\d+)/i;

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
  if (major < 5 || (major === 5 && minor < 10))
    return fail(
      text,
      `is older than 5.10: the SPTE code of those kernels lived in mmu.c with layouts the facts do not cover, so it is not modelled (5.10 – 5.12 is the oldest era; RHEL 8 "4.18.0-…el8" kernels are accepted because they carry 5.10-era KVM).`,
    );
  if (major === 5 && minor > 19) return fail(text, 'does not exist: 5.19 was the last 5.x release.');
  const era = eraOfRelease(release);
  if (era === null) return fail(text, 'is not modelled.');
  const info = eraInfo(era);
  const base = { ok: true as const, version, era, basis: release };
  if (ENTERPRISE.test(suffix))
    return {
      ...base,
      note: `Vendor kernel: decoded as upstream ${release} (${info.label}, era ${era}); enterprise kernels backport KVM changes, so the real layout may be newer — check with "detect from value".`,
    };
  return base;
}
