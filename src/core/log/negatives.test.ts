import { describe, expect, it } from 'vitest';
import { createLogExtractor, extractSptes } from './index';

const values = (text: string): string[] => extractSptes(text).map((e) => e.value.toString(16));

describe('lines that carry no SPTE yield nothing', () => {
  it.each([
    ['guest PTE during the guest walk', 'kvm_mmu_paging_element: pte 8000000012345067 level 1'],
    [
      'guest PTE, trace-cmd',
      '  qemu-system-x86-1234  [003]  5678.123456: kvm_mmu_paging_element: pte 3d8a067 level 4',
    ],
    ['target pfn', 'kvm_mmu_spte_requested: gfn 1234 pfn 86000001234 level 1'],
    [
      'MMIO SPTE creation (gfn/access/gen only)',
      'mark_mmio_spte: sptep:000000003c1a9b7e gfn fe00d access 6 gen a',
    ],
    ['MMIO page fault (addr/gfn/access)', 'handle_mmio_page_fault: addr:fe00d000 gfn fe00d access 6'],
    ['shadow page role', 'kvm_mmu_get_page: sp gen 0 gfn 0 l4 8-byte q0 direct wux nxe ad root 0 sync new'],
    [
      'dump header (addr is a GPA)',
      'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0x86000001234b77, hierarchy:',
    ],
    ['old dump header', 'get_mmio_spte: detect reserved bits on spte, addr 0xfe00d000, dump hierarchy:'],
    ['old EPT header', 'EPT: Misconfiguration.'],
    ['old EPT GPA', 'EPT: GPA: 0x86000001234b77'],
    ['old EPT reserved-bit mask', 'ept_misconfig_inspect_spte: rsvd_bits = 0x86000001234b77'],
    ['old EPT memtype', 'ept_misconfig_inspect_spte: ept_mem_type=0x2'],
    ['WARN intro line', 'kvm: Invalid SPTE change: cannot replace a present leaf'],
    ['WARN intro line 2', 'Unexpected SPTE change! Nonpresent SPTEs'],
    ['WARN middle line', 'SPTE with another present leaf SPTE mapping a'],
    ['lockless WARN (no value)', 'kvm: Writable SPTE is not locklessly dirty-trackable'],
    ['access-track WARN (no value)', 'Access Tracking saved bit locations are not zero'],
    [
      'VM exit',
      '  qemu-system-x86-1234  [003]  5678.123456: kvm_exit: reason EPT_MISCONFIG rip 0xffffffff81000000 info 0 0',
    ],
    ['page fault', 'kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x86000001234000 error_code 0x181'],
    ['cut here', '------------[ cut here ]------------'],
    [
      'kernel WARNING',
      'WARNING: CPU: 1 PID: 355 at arch/x86/kvm/mmu/mmu.c:4210 kvm_mmu_page_fault+0x42/0x4f [kvm]',
    ],
    ['register dump', 'RAX: 86000001234b77 RBX: ffff888101234560 RCX: 0000000000000000'],
    ['a word containing spte', 'kvm: sptep points nowhere; spte is bogus'],
  ])('%s', (_name, line) => {
    expect(extractSptes(line)).toEqual([]);
  });
});

describe('numbers around an SPTE are never returned', () => {
  it('kvm_mmu_set_spte: gfn and the `at` address', () => {
    expect(values('kvm_mmu_set_spte: gfn 111111 spte 86000001234b77 (rwxu) level 1 at 222222')).toEqual([
      '86000001234b77',
    ]);
  });

  it('kvm_tdp_mmu_spte_changed: gfn and as id', () => {
    expect(values('kvm_tdp_mmu_spte_changed: as id 1 gfn 333333 level 2 old_spte 0 new_spte 5a0')).toEqual([
      '0',
      '5a0',
    ]);
  });

  it('fast_page_fault: gva, error code and the %p pointer', () => {
    expect(
      values(
        'fast_page_fault: vcpu 7 gva 444444 error_code P|W|U sptep ffff888101234560 old 0 new 86000001234b77 spurious 0 fixed 1',
      ),
    ).toEqual(['0', '86000001234b77']);
  });

  it('check_mmio_spte: generations', () => {
    expect(values('check_mmio_spte: spte 8000fe00d000a076 kvm_gen 55 spte-gen 66 valid 0')).toEqual([
      '8000fe00d000a076',
    ]);
  });

  it('walk entries and make_spte WARN: the reserved-bit mask', () => {
    expect(values('kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x777777')).toEqual([
      '8000000102a3e907',
    ]);
    expect(values('spte = 0x860000012345fb77, level = 1, rsvd bits = 0x888888')).toEqual([
      '860000012345fb77',
    ]);
  });

  it('handle_changed_spte: gfn and as_id', () => {
    expect(
      values('as_id: 1 gfn: 999999 old_spte: 86000001234b77 new_spte: 80000000000005a0 level: 1'),
    ).toEqual(['86000001234b77', '80000000000005a0']);
  });

  it('audit: pfn and hpa', () => {
    expect(
      values('audit: (pre page fault) error: levels 4 pfn 121212 hpa 121212000 ent 86000001234b77n'),
    ).toEqual(['86000001234b77']);
  });
});

describe('malformed values', () => {
  it('ignores values wider than 64 bits, keeping the other side of a pair', () => {
    expect(extractSptes('check_mmio_spte: spte 186000001234b7700 kvm_gen a spte-gen a valid 1')).toEqual([]);
    const got = extractSptes(
      'kvm_tdp_mmu_spte_changed: as id 0 gfn 1 level 1 old_spte 1ffffffffffffffff new_spte 86000001234b77',
    );
    expect(got.map((e) => [e.role, e.value.toString(16)])).toEqual([['new', '86000001234b77']]);
    expect(got[0]?.pair).toBe(0);
  });

  it('accepts leading zeros up to any width when the value fits in 64 bits', () => {
    expect(values('check_mmio_spte: spte 000000008000fe00d000a076 kvm_gen a spte-gen a valid 1')).toEqual([
      '8000fe00d000a076',
    ]);
  });

  it('accepts the largest 64-bit value and zero', () => {
    expect(values('kvm: Writable SPTE is not MMU-writable: ffffffffffffffff')).toEqual(['ffffffffffffffff']);
    expect(values('kvm: Writable SPTE is not MMU-writable: 0')).toEqual(['0']);
  });

  it('does not read a number that runs on into letters', () => {
    expect(extractSptes('kvm: Writable SPTE is not MMU-writable: 82000001234b77xyz')).toEqual([]);
    expect(extractSptes('kvm_mmu_set_spte: gfn 1 spte 86g0 (rwxu) level 1 at 2')).toEqual([]);
  });

  it('accepts upper-case hex as pasted by people', () => {
    expect(values('kvm: Writable SPTE is not MMU-writable: 82000001234B77')).toEqual(['82000001234b77']);
  });

  it('reports an absurd level as null rather than a huge number', () => {
    const [e] = extractSptes('kvm_mmu_set_spte: gfn 1 spte 86000001234b77 (rwxu) level 12345 at 2');
    expect(e?.level).toBeNull();
  });
});

describe('robustness', () => {
  it('ignores empty and whitespace-only input', () => {
    expect(extractSptes('')).toEqual([]);
    expect(extractSptes('\n\n   \n\t\r\n')).toEqual([]);
  });

  it('copes with very long hostile lines', () => {
    const hostile = [
      'kvm_mmu_set_spte: gfn ' + '1 '.repeat(50_000),
      '> '.repeat(20_000) + 'kvm_tdp_mmu_spte_changed:',
      'fast_page_fault: vcpu 0 gva 0 error_code ' + 'P'.repeat(100_000),
      '------ spte = 0x' + 'f'.repeat(100_000),
      '[' + ' '.repeat(100_000),
      'spte = '.repeat(20_000),
      'Nov 28 10:00:00 ' + 'a'.repeat(100_000),
      'x-1 [003] '.repeat(10_000),
    ];
    for (const h of hostile) expect(() => extractSptes(h + '\n' + h)).not.toThrow();
  });

  it('never throws on non-string input from untyped callers', () => {
    const x = createLogExtractor();
    expect(() => x.push(undefined as unknown as string)).not.toThrow();
    expect(() => x.push(Symbol('s') as unknown as string)).not.toThrow();
    expect(() =>
      x.push({ toString: () => 'kvm: Writable SPTE is not MMU-writable: 1' } as unknown as string),
    ).not.toThrow();
    expect(() => x.end()).not.toThrow();
    expect(extractSptes(null as unknown as string)).toEqual([]);
  });
});
