import { describe, expect, it } from 'vitest';
import { ERA_IDS } from '../eras/table';
import { scanText } from './text-clues';

const one = (line: string, id: string) => scanText([line]).find((c) => c.id === id);

describe('text clues', () => {
  it('old reserved-bit dump wording allows only eras up to 5.12', () => {
    const c = one(
      'get_mmio_spte: detect reserved bits on spte, addr 0xfe00d000, dump hierarchy:',
      'wording:walk-wording-old',
    );
    expect(c?.eras).toEqual(['special-type']);
  });
  it('"temporary frozen SPTE" wording allows 6.11 and later only', () => {
    const c = one(
      'kvm: are MMIO SPTEs, or the new SPTE is a temporary frozen SPTE.',
      'wording:changed-spte-frozen',
    );
    expect(c?.eras).not.toContain('mmu-writable');
    expect(c?.eras).toContain('nonpresent-bit63');
  });
  it('a kernel version in an Oops line pins its era', () => {
    const c = one('CPU: 88 PID: 856806 Comm: qemu Kdump: loaded Not tainted 5.15.115 #1', 'version');
    expect(c).toMatchObject({ eras: ['mmu-present-lockless'], version: '5.15.115', weight: 8 });
    const tainted = one(
      'CPU: 1 PID: 2 Comm: x Tainted: G        W          6.1.0-13-amd64 #1 Debian',
      'version',
    );
    expect(tainted?.eras).toEqual(['mmu-writable']);
    // A vendor tree dates the text less firmly.
    expect(one('Not tainted 6.9.0-rc7-snp-host-05b10142ac6a #2', 'version')?.weight).toBeLessThan(8);
  });
  it('Intel and AMD traces point to their vendor’s hosts', () => {
    expect(one(' vmx_handle_exit+0x12/0x40 [kvm_intel]', 'vendor:intel')?.hosts).toContain('ept-ad');
    expect(one(' vmx_handle_exit+0x12/0x40 [kvm_intel]', 'vendor:intel')?.hosts).not.toContain('npt');
    expect(one(' svm_vcpu_run+0x1/0x2 [kvm_amd]', 'vendor:amd')?.hosts).toEqual(['npt', 'npt-sme', 'shadow']);
    expect(one('Comm: qemu Not tainted 6.9.0-rc7-snp-host-05b1 #2', 'vendor:amd')).toBeDefined();
    expect(one('tdx_handle_exit+0x10/0x20 [kvm_intel]', 'vendor:tdx')?.hosts).toEqual(['tdx-td']);
    // "NOPTI" is not NPT.
    expect(one('invalid opcode: 0000 [#1] SMP NOPTI', 'vendor:amd')).toBeUndefined();
  });
  it('TDP MMU functions in a stack rule out shadow paging', () => {
    expect(one(' kvm_tdp_mmu_zap_invalidated_roots+0x50/0xa0', 'mmu:tdp')?.hosts).not.toContain('shadow');
  });
  it('the #VE dump is Intel EPT from 6.10', () => {
    const c = one('kvm: #VE 65dbc7f8, spte[4] = 0x8010000418c52807', 'log:ve');
    expect(c?.hosts).toContain('ept-ad');
    expect(c?.hosts).not.toContain('npt');
    expect(c?.eras).toEqual(ERA_IDS.slice(ERA_IDS.indexOf('nonpresent-bit63')));
  });
  it('MMU role lines: direct → TDP, indirect → shadowed, !ad → A/D off', () => {
    const direct = scanText(['kvm_mmu_get_page: sp gen 0 gfn 0 l4 8-byte q0 direct wux nxe ad root 0 sync']);
    expect(direct.find((c) => c.id === 'role:direct')?.hosts).not.toContain('shadow');
    const ind = scanText(['kvm_mmu_get_page: sp gen 0 gfn 1000 l2 4-byte q0 wux !nxe !ad root 0 sync']);
    expect(ind.find((c) => c.id === 'role:indirect')?.hosts).toContain('shadow');
    expect(ind.find((c) => c.id === 'role:4-byte')?.hosts).toEqual(['shadow']);
    expect(ind.find((c) => c.id === 'role:!ad')?.hosts).toContain('ept-noad');
  });
  it('counts each clue once however many lines repeat it', () => {
    const lines = Array.from({ length: 50 }, () => ' svm_vcpu_run+0x1/0x2 [kvm_amd]');
    expect(scanText(lines).filter((c) => c.id === 'vendor:amd')).toHaveLength(1);
  });
  it('finds nothing in unrelated text', () => {
    expect(scanText(['hello world', 'RAX: 0000000000000000 RBX: ffff89581a1f6000'])).toEqual([]);
  });
});
