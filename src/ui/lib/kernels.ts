/**
 * The kernel version setting: parsing what someone typed into a stored choice, the
 * suggestions the version field offers (eras labelled with the kernels people know,
 * kernel-versions.md §10), and how a host's kernel reads in one line. Pure.
 */

import {
  ERAS,
  eraInfo,
  makeHost,
  parseKernelVersion,
  type Host,
  type HostParams,
  type KernelEra,
} from '../../core';
import { MAX_KERNEL_TEXT, tooLong } from '../../core/echo';

/** The default choice: current mainline (what a host without a kernel option decodes). */
export const CURRENT_KERNEL = 'current';

export type KernelChoiceResult = { ok: true; kernel: string } | { ok: false; message: string };

/** "v6.1" → "6.1", "mainline" / "latest" → "current"; the parser's message when unusable. */
export function parseKernelChoice(text: string): KernelChoiceResult {
  // Checked before parsing: the parser's messages quote the text whole.
  const long = tooLong('The kernel version', text, MAX_KERNEL_TEXT);
  if (long !== null) return { ok: false, message: long };
  const r = parseKernelVersion(text);
  if (!r.ok) return r;
  return { ok: true, kernel: r.version === 'mainline' ? CURRENT_KERNEL : r.version };
}

/**
 * The host for parameters and a stored kernel choice. Current mainline is makeHost without
 * options, so the default host is exactly the one every other front end decodes with.
 * Throws on a choice parseKernelChoice rejects (stored choices never are).
 */
export function hostFor(params: HostParams, kernel: string): Host {
  return kernel === CURRENT_KERNEL ? makeHost(params) : makeHost(params, { kernel });
}

/** The version an era's "Use …" button applies: the release the era is modelled on. */
export function eraVersion(era: KernelEra): string {
  const v = eraInfo(era).modelledOn;
  return v === 'mainline' ? CURRENT_KERNEL : v;
}

export interface KernelOption {
  value: string;
  /** "5.19 – 6.9 · 6.1 LTS (Debian 12), 6.6 LTS, 6.8 (Ubuntu 24.04)" */
  label: string;
}

/** LTS and distribution kernels offered besides each era's own model release. */
const EXTRA_VERSIONS: readonly { value: string; what: string }[] = [
  { value: '6.18', what: '6.18 LTS' },
  { value: '6.8', what: '6.8 (Ubuntu 24.04)' },
  { value: '6.6', what: '6.6 LTS' },
];

/** Newest first: each era under the version it is modelled on, then a few LTS kernels. */
export const KERNEL_OPTIONS: readonly KernelOption[] = (() => {
  const out: KernelOption[] = [];
  for (const e of [...ERAS].reverse())
    out.push({ value: eraVersion(e.id), label: `${e.label} · ${e.examples.join(', ')}` });
  for (const x of EXTRA_VERSIONS) {
    const r = parseKernelVersion(x.value);
    if (r.ok) out.push({ value: x.value, label: `${eraInfo(r.era).label} · ${x.what}` });
  }
  return out;
})();

export interface KernelSummary {
  /** "6.1", "current mainline", or the era's label when decoding an era default. */
  version: string;
  era: KernelEra;
  /** "5.19 – 6.9" */
  eraLabel: string;
  /** Vendor/backport caveat from the version parser, if any. */
  note: string | null;
}

export function kernelSummary(host: Host): KernelSummary {
  const k = host.kernel;
  const info = eraInfo(k.era);
  const version =
    k.version === null
      ? k.basis === 'mainline'
        ? 'current mainline'
        : info.label
      : k.version === 'mainline'
        ? 'current mainline'
        : k.version;
  return { version, era: k.era, eraLabel: info.label, note: k.note };
}
