import { describe, expect, it } from 'vitest';
import { createLogExtractor } from './index';

/**
 * The CLI streams whole trace files through the extractor: a long mixed stream must yield
 * exactly the entries its lines carry. (Speed is measured in `npm run bench`, not here.)
 */
describe('long streams', () => {
  it('streams 200,000 mixed lines and finds every entry', () => {
    const templates: ((i: number) => string)[] = [
      (i) =>
        `  qemu-system-x86-1234  [003] d..1.  ${i}.123456: kvm_mmu_set_spte:     gfn ${i.toString(16)} spte 86000001${(i & 0xfffff).toString(16)}b77 (rwxu) level 1 at 10a3c0f28`,
      (i) =>
        `   CPU 1/KVM-4567    [002] d..2.  ${i}.456789: kvm_tdp_mmu_spte_changed: as id 0 gfn ${i.toString(16)} level 1 old_spte 8000000000000000 new_spte 86000001234b77`,
      (i) =>
        `  qemu-system-x86-1234  [003]  ${i}.123456: kvm_exit: reason EPT_VIOLATION rip 0xffffffff81000000 info 181 0`,
      (i) => `[  ${i}.456789] usb 1-1: new high-speed USB device number ${i & 127} using xhci_hcd`,
      (i) =>
        `Nov 28 10:00:00 host kernel: [  ${i}.1] EXT4-fs (sda1): mounted filesystem with ordered data mode`,
      (i) => `> [  ${i}.2] kvm: ------ spte = 0x8000000102a3e907 level = ${4 - (i % 4)}, rsvd bits = 0x0`,
    ];
    /** Entries each template yields. */
    const yields = [1, 2, 0, 0, 0, 1];
    const x = createLogExtractor();
    let entries = 0;
    let expected = 0;
    for (let i = 0; i < 200_000; i++) {
      entries += x.push(templates[i % templates.length]!(i)).length;
      expected += yields[i % yields.length]!;
    }
    entries += x.end().length;
    expect(entries).toBe(expected);
  });
});
