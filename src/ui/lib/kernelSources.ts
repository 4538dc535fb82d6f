/**
 * Footer links to the kernel sources the decoding follows, at the release being decoded
 * for: a version's tag in the stable tree (which carries mainline's tags too), or
 * mainline's head for the current layout and for distribution kernels with no upstream tag.
 */

const MAINLINE = 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/';
const STABLE = 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/';

const FILES: readonly { label: string; path: string; what: string }[] = [
  { label: 'spte.h', path: 'arch/x86/kvm/mmu/spte.h', what: 'bit layout, masks and predicates' },
  { label: 'spte.c', path: 'arch/x86/kvm/mmu/spte.c', what: 'mask set-up, make_spte, access tracking' },
  { label: 'mmu.c', path: 'arch/x86/kvm/mmu/mmu.c', what: 'shadow MMU, reserved-bit checks, MMIO faults' },
  { label: 'tdp_mmu.c', path: 'arch/x86/kvm/mmu/tdp_mmu.c', what: 'TDP MMU changes and flushes' },
  { label: 'mmutrace.h', path: 'arch/x86/kvm/mmu/mmutrace.h', what: 'tracepoint formats' },
  { label: 'asm/vmx.h', path: 'arch/x86/include/asm/vmx.h', what: 'EPT bit definitions' },
];

export interface SourceLink {
  label: string;
  href: string;
  /** What the file holds, for the link's title. */
  what: string;
}

/** The upstream tag for a kernel choice ("6.1" → "v6.1"), or null (current, distribution kernels). */
export function kernelTag(kernel: string): string | null {
  return /^\d+\.\d+(?:\.\d+)?$/.test(kernel) ? `v${kernel}` : null;
}

export function kernelSourceLinks(kernel: string): SourceLink[] {
  const tag = kernelTag(kernel);
  return FILES.map((f) => ({
    label: f.label,
    what: f.what,
    href: tag === null ? MAINLINE + f.path : `${STABLE}${f.path}?h=${tag}`,
  }));
}
