import { describe, expect, it } from 'vitest';
import { kernelSourceLinks, kernelTag } from './kernelSources';

describe('kernel source links', () => {
  it('point at the tag of the version decoded for', () => {
    expect(kernelTag('6.1')).toBe('v6.1');
    expect(kernelTag('5.15.135')).toBe('v5.15.135');
    const spte = kernelSourceLinks('5.15.135').find((l) => l.label === 'spte.h')!;
    expect(spte.href).toBe(
      'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git/tree/arch/x86/kvm/mmu/spte.h?h=v5.15.135',
    );
  });
  it('point at mainline for the current layout and for distribution kernels', () => {
    expect(kernelTag('current')).toBeNull();
    expect(kernelTag('4.18.0-305.el8')).toBeNull();
    for (const k of ['current', '4.18.0-305.el8'])
      expect(kernelSourceLinks(k).every((l) => l.href.includes('/torvalds/linux.git/tree/arch/x86/'))).toBe(
        true,
      );
  });
});
