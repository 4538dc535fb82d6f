import { describe, expect, it } from 'vitest';
import { extractSptes } from './index';

const walkRows = (text: string) =>
  extractSptes(text).map((e) => [e.line, e.value.toString(16), e.level, e.walk]);

describe('hierarchy dumps', () => {
  it('reads a #VE walk from a quoted-printable mail, wrapped mid-list, with dmesg -d deltas', () => {
    const text = [
      '[  +0.000151] kvm: #VE 65dbc7f8',
      '[  +0.000154] kvm: #VE 65dbc7f8, spte[4] =3D 0x8010000418c52807, spte[3] =3D',
      '0x801000045b676807, spte[2] =3D 0x86100023d0000bf7',
    ].join('\n');
    expect(walkRows(text)).toEqual([
      [2, '8010000418c52807', 4, 0],
      [2, '801000045b676807', 3, 0],
      [2, '86100023d0000bf7', 2, 0],
    ]);
  });

  it('a line cut after a comma that does not go on keeps what it matched', () => {
    const text = ['kvm: #VE 65dbc7f8, spte[4] = 0x8010000418c52807,', 'kvm: unrelated line'].join('\n');
    expect(walkRows(text)).toEqual([[1, '8010000418c52807', 4, 0]]);
  });

  it('numbers the entries of one dump with one walk index, root to leaf', () => {
    const text = [
      '[  101.000001] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:',
      '[  101.000002] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
      '[  101.000003] kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0',
      '[  101.000004] kvm: ------ spte = 0x8000000102a40907 level = 2, rsvd bits = 0x0',
      '[  101.000005] kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits = 0x10000000000000',
      '[  101.000006] ------------[ cut here ]------------',
      '[  101.000007] WARNING: CPU: 1 PID: 355 at arch/x86/kvm/mmu/mmu.c:4210 kvm_mmu_page_fault+0x42/0x4f [kvm]',
      '[  102.000001] kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00e000, hierarchy:',
      '[  102.000002] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
      '[  102.000003] kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0',
    ].join('\n');
    expect(walkRows(text)).toEqual([
      [2, '8000000102a3e907', 4, 0],
      [3, '8000000102a3f907', 3, 0],
      [4, '8000000102a40907', 2, 0],
      [5, '80100000fe00db77', 1, 0],
      [9, '8000000102a3e907', 4, 1],
      [10, '8000000102a3f907', 3, 1],
    ]);
    for (const e of extractSptes(text)) expect(e.format).toBe('walk_entry');
  });

  it('reads the pre-2021 wording (as quoted in a bug report, with a wrapped header)', () => {
    const text = [
      '> kernel get_mmio_spte: detect reserved bits on spte, addr 0xfe013000, dump',
      '> hierarchy:',
      '> kernel        ------ spte 0x80000b0e level 3.',
      '> kernel        ------ spte 0x49c0027 level 2.',
      '> kernel        ------ spte 0x38001ffe0134d7 level 1.',
    ].join('\n');
    expect(walkRows(text)).toEqual([
      [3, '80000b0e', 3, 0],
      [4, '49c0027', 2, 0],
      [5, '38001ffe0134d7', 1, 0],
    ]);
    for (const e of extractSptes(text)) expect(e.format).toBe('walk_entry_old');
  });

  it('reads a 5-level dump from the old function name', () => {
    const text = [
      ' walk_shadow_page_get_mmio_spte: detect reserved bits on spte, addr 0xb80a0, dump hierarchy:',
      ' ------ spte 0xb80a0 level 5.',
      ' ------ spte 0xfcd210107 level 4.',
      ' ------ spte 0x1004c40107 level 3.',
      ' ------ spte 0x1004c41107 level 2.',
      ' ------ spte 0x1db00000000b83b6 level 1.',
    ].join('\n');
    const got = walkRows(text);
    expect(got.map((r) => r[2])).toEqual([5, 4, 3, 2, 1]);
    expect(new Set(got.map((r) => r[3]))).toEqual(new Set([0]));
  });

  it('splits consecutive dumps without headers where the level goes back up', () => {
    const text = [
      '------ spte 0x1344a0827 level 4.',
      '------ spte 0x134499827 level 3.',
      '------ spte 0x1344a0827 level 4.',
      '------ spte 0xff800ffc12817 level 3.',
    ].join('\n');
    expect(walkRows(text).map((r) => r[3])).toEqual([0, 0, 1, 1]);
  });

  it('keeps a dump together across unrelated interleaved lines', () => {
    const text = [
      'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x1000, hierarchy:',
      'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
      'usb 1-1: new high-speed USB device number 3 using xhci_hcd',
      'kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0',
    ].join('\n');
    expect(walkRows(text).map((r) => r[3])).toEqual([0, 0]);
  });

  it('does not spend a walk index on a header that has no entries', () => {
    const text = [
      'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x1000, hierarchy:',
      'something else',
      'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x2000, hierarchy:',
      'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
    ].join('\n');
    expect(walkRows(text).map((r) => r[3])).toEqual([0]);
  });

  it('groups the old vmx EPT-misconfiguration dump, stack traces in between', () => {
    const trace = Array.from(
      { length: 40 },
      (_, i) => `Mar 7 13:38:04 host kernel:  [<ffffffff8106${i}>] ? warn_slowpath_common+0x${i}/0xc0`,
    );
    const text = [
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: EPT: Misconfiguration.',
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: EPT: GPA: 0x108ba4538',
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: spte 0x84c236107 level 4',
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: spte 0x10515c7107 level 3',
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: spte 0xde4657107 level 2',
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: spte 0x1028125d77 level 1',
      'Mar 7 13:38:04 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: rsvd_bits = 0x38',
      ...trace,
      'Mar 7 13:39:00 xg-app-zstack-118 kernel: EPT: Misconfiguration.',
      'Mar 7 13:39:00 xg-app-zstack-118 kernel: EPT: GPA: 0x108ba4538',
      'Mar 7 13:39:00 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: spte 0x84c236107 level 4',
      ...trace,
      'Mar 7 13:39:00 xg-app-zstack-118 kernel: ept_misconfig_inspect_spte: spte 0x10515c7107 level 3',
    ].join('\n');
    const got = extractSptes(text);
    expect(got.map((e) => [e.value.toString(16), e.level, e.walk, e.format])).toEqual([
      ['84c236107', 4, 0, 'ept_misconfig'],
      ['10515c7107', 3, 0, 'ept_misconfig'],
      ['de4657107', 2, 0, 'ept_misconfig'],
      ['1028125d77', 1, 0, 'ept_misconfig'],
      ['84c236107', 4, 1, 'ept_misconfig'],
      ['10515c7107', 3, 1, 'ept_misconfig'],
    ]);
  });

  it('reads the 6.10+ #VE line as one walk, root to leaf, with levels (kvm_mmu_print_sptes)', () => {
    const text = [
      '[ 9.1] WARNING: CPU: 1 PID: 2 at arch/x86/kvm/vmx/vmx.c:5250 Unexpected #VE on VM-Exit reason 0x30',
      '[ 9.2] kvm: #VE 1234000, spte[4] = 0x8000000102a3e907, spte[3] = 0x8000000102a3f907, spte[2] = 0x8000000102a40907, spte[1] = 0x8600000123456b77',
      '[ 9.3] kvm: #VE 5678000, spte[4] = 0x8000000102a3e907, spte[3] = 0x8000000102a3f907',
    ].join('\n');
    const got = extractSptes(text).map((e) => [e.line, e.format, e.level, e.walk, e.value]);
    expect(got).toEqual([
      [2, 've_entry', 4, 0, 0x8000000102a3e907n],
      [2, 've_entry', 3, 0, 0x8000000102a3f907n],
      [2, 've_entry', 2, 0, 0x8000000102a40907n],
      [2, 've_entry', 1, 0, 0x8600000123456b77n],
      [3, 've_entry', 4, 1, 0x8000000102a3e907n],
      [3, 've_entry', 3, 1, 0x8000000102a3f907n],
    ]);
  });

  it('leaves non-dump entries outside walks, even inside a dump region', () => {
    const text = [
      'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x1000, hierarchy:',
      'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
      'spte = 0x860000012345fb77, level = 1, rsvd bits = 0x10000000000000',
      'kvm: ------ spte = 0x8000000102a3f907 level = 3, rsvd bits = 0x0',
    ].join('\n');
    expect(extractSptes(text).map((e) => [e.format, e.walk])).toEqual([
      ['walk_entry', 0],
      ['make_spte_rsvd_warn', null],
      ['walk_entry', 0],
    ]);
  });
});
