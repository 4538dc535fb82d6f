/** A short mixed log for the "Load an example" button: a reserved-bit walk, trace events, a WARN. */
export const SAMPLE_LOG = String.raw`[  812.113201] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:
[  812.113210] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0
[  812.113214] kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0
[  812.113217] kvm: ------ spte = 0x8000000102a40907 level = 2, rsvd bits = 0x0
[  812.113221] kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits = 0x10000000000000
  CPU 5/KVM-4567  [005] d..1.   812.110001: kvm_mmu_spte_requested: gfn fe00d pfn 12345f level 1
  CPU 5/KVM-4567  [005] d..1.   812.110003: kvm_tdp_mmu_spte_changed: as id 0 gfn fe00d level 1 old_spte 8000000000000000 new_spte 8600000123456b77
  CPU 5/KVM-4567  [005] .....   812.110004: kvm_mmu_paging_element: pte 80000000fe00d063 level 1
  CPU 2/KVM-4567  [002] d..1.   812.210001: kvm_tdp_mmu_spte_changed: as id 0 gfn 7f3a1 level 1 old_spte 8600000123456b77 new_spte 8600000123456b75
  CPU 2/KVM-4567  [002] d..1.   812.310001: kvm_tdp_mmu_spte_changed: as id 0 gfn 7f3a1 level 1 old_spte 8600000123456b77 new_spte 8200000123456b75
  CPU 5/KVM-4567  [005] .....   812.110008: fast_page_fault: vcpu 5 gva 7f3a1000 error_code P|W sptep 00000000c0ffee08 old 0x8600000123456b75 new 8600000123456b77 spurious 0 fixed 1
Nov 30 09:12:01 host kernel: kvm: Writable SPTE is not MMU-writable: 82000001234b77
`;
