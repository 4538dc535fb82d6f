/**
 * Footer links: the sections of the SPTE facts specification, each pointing at the kernel
 * source it was derived from. Point SPEC_SOURCE elsewhere to link a published copy instead.
 */

const KVM_MMU = 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/arch/x86/kvm/mmu';

export const SPEC_SOURCE = KVM_MMU;

export const SPEC_LINKS: readonly { label: string; href: string }[] = [
  { label: '§1 Constants', href: `${KVM_MMU}/spte.h` },
  { label: '§3 Bit layouts', href: `${KVM_MMU}/spte.h` },
  { label: '§4 Predicates', href: `${KVM_MMU}/spte.h` },
  { label: '§5 Writable state', href: `${KVM_MMU}/spte.h` },
  { label: '§6 Access tracking', href: `${KVM_MMU}/spte.c` },
  { label: '§7 MMIO SPTEs', href: `${KVM_MMU}/spte.c` },
  { label: '§8 TLB flushes', href: `${KVM_MMU}/tdp_mmu.c` },
  { label: '§9 Reserved bits', href: `${KVM_MMU}/mmu.c` },
];
