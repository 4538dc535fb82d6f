import { describe, expect, it } from 'vitest';
import { extractSptes } from './index';

/**
 * A mail reply quoting a host's journal and a trace-cmd excerpt, the way such reports
 * reach a mailing list: two quote depths, a line re-wrapped by the replier's client,
 * boot noise, a WARN with its stack, guest-walk tracepoints and MMIO bookkeeping that
 * must be skipped.
 */
const LOG = String.raw`On Mon, Nov 30, 2026, Some One wrote:
> On Sat, Nov 28, 2026, Reporter wrote:
> > Host is a Sapphire Rapids box, guest hangs after a few minutes. dmesg:
> >
> > [    0.000000] Linux version 6.12.63 (builder@host) (gcc 14.2.0) #1 SMP PREEMPT_DYNAMIC
> > [    2.345678] kvm_intel: VMX supported
> > [  812.113201] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:
> > [  812.113210] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0
> > [  812.113214] kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0
> > [  812.113217] kvm: ------ spte = 0x8000000102a40907 level = 2, rsvd bits = 0x0
> > [  812.113221] kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits = 0x10000000000000
> > [  812.113230] ------------[ cut here ]------------
> > [  812.113231] WARNING: CPU: 5 PID: 4567 at arch/x86/kvm/mmu/mmu.c:4382 kvm_mmu_page_fault+0x2f1/0x6a0 [kvm]
> > [  812.113300] RIP: 0010:kvm_mmu_page_fault+0x2f1/0x6a0 [kvm]
> > [  812.113301] RAX: 0000000000000000 RBX: ffff888101234560 RCX: 86000001234b77
> > [  812.113400] ---[ end trace 0000000000000000 ]---
> > [  813.000100] kvm: Invalid SPTE change: cannot replace a present leaf
> > [  813.000100] SPTE with another present leaf SPTE mapping a
> > [  813.000100] different PFN!
> > [  813.000100] as_id: 0 gfn: 7f3a1 old_spte: 860000012345fb77 new_spte:
> > 86000009abcdeb77 level: 1
> >
> > And from trace-cmd:
> >
> >   CPU 5/KVM-4567  [005] d..1.   812.110001: kvm_mmu_spte_requested: gfn fe00d pfn 12345f level 1
> >   CPU 5/KVM-4567  [005] d..1.   812.110002: kvm_mmu_set_spte:     gfn fe00d spte 80100000fe00db77 (rwxu) level 1 at 102a40068
> >   CPU 5/KVM-4567  [005] d..1.   812.110003: kvm_tdp_mmu_spte_changed: as id 0 gfn fe00d level 1 old_spte 8000000000000000 new_spte 80100000fe00db77
> >   CPU 5/KVM-4567  [005] .....   812.110004: kvm_mmu_paging_element: pte 80000000fe00d063 level 1
> >   CPU 5/KVM-4567  [005] .....   812.110005: mark_mmio_spte: sptep:00000000c0ffee00 gfn fe00e access 6 gen 3
> >   CPU 5/KVM-4567  [005] .....   812.110006: handle_mmio_page_fault: addr:fe00e000 gfn fe00e access 6
> >   CPU 5/KVM-4567  [005] .....   812.110007: check_mmio_spte: spte 8000fe00e0000676 kvm_gen 3 spte-gen 3 valid 1
> >   CPU 5/KVM-4567  [005] .....   812.110008: fast_page_fault: vcpu 5 gva 7f3a1000 error_code P|W sptep 00000000c0ffee08 old 0x860000012345fb75 new 860000012345fb77 spurious 0 fixed 1
>
> Bit 52 in the leaf looks like the culprit. Can you also check the journal?
> Nov 30 09:12:01 host kernel: kvm: Writable SPTE is not MMU-writable: 82000001234b77

Here it is, after the patch:

Nov 30 10:00:00 host kernel: [ 1200.000001] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0
Thanks!
`;

describe('a realistic mixed log', () => {
  const got = extractSptes(LOG);
  const rows = got.map((e) => [e.line, e.role, e.value.toString(16), e.level, e.format, e.walk, e.pair]);

  it('finds exactly the SPTEs, in order, with their context', () => {
    expect(rows).toEqual([
      [8, 'spte', '8000000102a3e907', 4, 'walk_entry', 0, null],
      [9, 'spte', '8000000102a3f907', 3, 'walk_entry', 0, null],
      [10, 'spte', '8000000102a40907', 2, 'walk_entry', 0, null],
      [11, 'spte', '80100000fe00db77', 1, 'walk_entry', 0, null],
      [20, 'old', '860000012345fb77', 1, 'handle_changed_spte_warn', null, 0],
      [20, 'new', '86000009abcdeb77', 1, 'handle_changed_spte_warn', null, 0],
      [26, 'spte', '80100000fe00db77', 1, 'kvm_mmu_set_spte', null, null],
      [27, 'old', '8000000000000000', 1, 'kvm_tdp_mmu_spte_changed', null, 1],
      [27, 'new', '80100000fe00db77', 1, 'kvm_tdp_mmu_spte_changed', null, 1],
      [31, 'spte', '8000fe00e0000676', null, 'check_mmio_spte', null, null],
      [32, 'old', '860000012345fb75', null, 'fast_page_fault', null, 2],
      [32, 'new', '860000012345fb77', null, 'fast_page_fault', null, 2],
      [35, 'spte', '82000001234b77', null, 'writable_invariant_warn', null, null],
      [39, 'spte', '8000000102a3e907', 4, 'walk_entry', 1, null],
    ]);
  });

  it('gives display text without prefixes, quotes or wrapping', () => {
    const byLine = new Map(got.map((e) => [e.line, e.text]));
    expect(byLine.get(20)).toBe(
      'as_id: 0 gfn: 7f3a1 old_spte: 860000012345fb77 new_spte: 86000009abcdeb77 level: 1',
    );
    expect(byLine.get(26)).toBe(
      'kvm_mmu_set_spte:     gfn fe00d spte 80100000fe00db77 (rwxu) level 1 at 102a40068',
    );
    expect(byLine.get(35)).toBe('kvm: Writable SPTE is not MMU-writable: 82000001234b77');
    expect(byLine.get(39)).toBe('kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0');
  });

  it('never reports the gfns, pfns, addresses, masks, pointers or register values around them', () => {
    const values = new Set(got.map((e) => e.value.toString(16)));
    for (const n of [
      'fe00d000',
      'fe00d',
      '12345f',
      '102a40068',
      '80000000fe00d063',
      '10000000000000',
      'c0ffee08',
      '7f3a1000',
    ])
      expect(values.has(n), n).toBe(false);
    // The RAX..RCX register dump happens to hold an SPTE-looking value: not a format, not reported.
    expect(got.some((e) => e.value === 0x86000001234b77n)).toBe(false);
  });
});
