import { describe, expect, it, test } from 'vitest';
import { findPreset, hostFromPreset, predicates, makeHost } from '../index';
import { changedBits, changedBitsText, classifyTransition, flushRows } from '../transitions';

const ad = hostFromPreset('ept-ad', { kernel: '7.1' })!;
const noad = hostFromPreset('ept-noad', { kernel: '7.1' })!;
const old510 = makeHost(findPreset('ept-ad')!.params, { kernel: '5.10' });
const LEAF = 0x8600000123456b77n;
const id = (h: typeof ad, o: bigint, n: bigint) => classifyTransition(h, o, n).id;

describe('classifyTransition', () => {
  test('known changes of a present leaf (EPT with A/D)', () => {
    expect(id(ad, LEAF, LEAF)).toBe('none');
    expect(classifyTransition(ad, LEAF, 0x8600000123456a77n).name).toBe('Age: Accessed cleared');
    expect(id(ad, LEAF, 0x8600000123456977n)).toBe('clear-dirty');
    expect(classifyTransition(ad, LEAF, 0x8600000123456b75n).name).toBe(
      'Write-protect for dirty logging: W cleared, MMU-writable kept',
    );
    expect(classifyTransition(ad, LEAF, 0x8200000123456b75n).name).toBe(
      'Write-protect for shadowing: W and MMU-writable cleared',
    );
    expect(classifyTransition(ad, 0x8600000123456b75n, LEAF).name).toBe('Make writable: W set');
    expect(classifyTransition(ad, 0x8600000123456975n, LEAF).name).toBe('Make writable: W and Dirty set');
  });

  test('zap, freeze and map use the kernel’s names for the placeholders', () => {
    expect(classifyTransition(ad, LEAF, 0x8000000000000000n).name).toBe(
      'Zap: present → SHADOW_NONPRESENT_VALUE',
    );
    expect(classifyTransition(ad, LEAF, 0x80000000000005a0n).name).toBe('Freeze: → FROZEN_SPTE');
    expect(classifyTransition(ad, 0x8000000000000000n, LEAF)).toMatchObject({ id: 'map' });
    expect(classifyTransition(ad, 0x80000000000005a0n, LEAF).detail).toMatch(/over FROZEN_SPTE/);
    const v15 = makeHost(findPreset('ept-ad')!.params, { kernel: '5.15' });
    expect(classifyTransition(v15, 0x0600000123456b77n, 0x5a0n).name).toBe('Freeze: → REMOVED_SPTE');
    expect(classifyTransition(old510, 0x0000000123456f77n, 0n).name).toBe('Zap: present → 0');
  });

  test('access tracking without A/D bits: mark, then restore', () => {
    const present = 0x8610000123456b05n; // A/D type 01 (disabled), R-X
    const marked = predicates.mark_spte_for_access_track(noad, present).value;
    expect(marked).not.toBe(present);
    expect(classifyTransition(noad, present, marked).name).toBe('Mark for access tracking');
    expect(classifyTransition(noad, marked, present).name).toBe('Restore access: access-tracked → restored');
    // Tracking drops W; the fast page fault can restore and make writable in one step.
    const writable = present | 2n;
    const tracked = predicates.mark_spte_for_access_track(noad, writable).value;
    expect(classifyTransition(noad, tracked, writable).name).toBe(
      'Restore access: access-tracked → restored, and made writable',
    );
  });

  test('anything else is unrecognised, with a reason when there is one', () => {
    expect(classifyTransition(ad, LEAF, 0x86000009abcdeb77n)).toMatchObject({
      id: 'unrecognised',
      name: 'Unrecognised change',
      detail: expect.stringMatching(/PFN changed/),
    });
    expect(id(ad, LEAF, LEAF ^ (1n << 2n))).toBe('unrecognised');
    expect(id(ad, 0n, 0x8000000000000000n)).toBe('unrecognised');
  });

  test('changed bits, high to low, as text', () => {
    expect(changedBits(LEAF, 0x8200000123456b75n)).toEqual([58, 1]);
    expect(changedBitsText([58, 1])).toBe('changed bits: 58, 1');
    expect(changedBitsText([])).toBe('no bits changed');
  });
});

describe('flushRows', () => {
  test('current kernel: the three decisions, with reasons', () => {
    const rows = flushRows(ad, LEAF, 0x8200000123456b75n, 1);
    expect(rows.map((r) => [r.name, r.value, r.precondition])).toEqual([
      ['leaf_spte_change_needs_tlb_flush', true, true],
      ['tdp_map_flush', true, true],
      ['mmu_spte_update_flush', true, true],
    ]);
    expect(rows[0]!.reason).toBe('flush: MMU-writable cleared: a writable translation may still be cached.');
    const dirtyLog = flushRows(ad, LEAF, 0x8600000123456b75n, 1);
    expect(dirtyLog.every((r) => !r.value)).toBe(true);
    expect(dirtyLog[0]!.reason).toMatch(/MMU-writable kept/);
  });

  test('preconditions: old not present, new not present', () => {
    const map = flushRows(ad, 0x8000000000000000n, LEAF, 1);
    expect(map[0]).toMatchObject({ value: false, precondition: false });
    expect(map[0]!.reason).toMatch(/precondition does not hold/);
    expect(map[2]!.reason).toMatch(/not present, so the new one is just set/);
    const zap = flushRows(ad, LEAF, 0x8000000000000000n, 1);
    expect(zap[2]).toMatchObject({ precondition: false });
  });

  test('only the decisions the kernel makes: 5.10 has mmu_spte_update only, with its W/A/D rule', () => {
    const rows = flushRows(old510, 0x0000000123456f77n, 0x0000000123456e77n, 1);
    expect(rows.map((r) => r.name)).toEqual(['mmu_spte_update_flush']);
    expect(rows[0]!.reason).toMatch(/Accessed lost/);
    const v61 = makeHost(findPreset('ept-ad')!.params, { kernel: '6.1' });
    expect(flushRows(v61, 0x0600000123456b77n, 0x0600000123456b77n, 2).map((r) => r.name)).toEqual([
      'tdp_map_flush',
      'mmu_spte_update_flush',
    ]);
    const table = flushRows(v61, 0x0600000123456907n, 0x06000001234568f7n, 2);
    expect(table[0]).toMatchObject({ name: 'tdp_map_flush', value: true });
    expect(table[0]!.reason).toMatch(/table at level 2, replaced by a huge page/);
  });
});

describe('transitions that know the level', () => {
  const ept = makeHost(findPreset('ept-ad')!.params);
  const old515 = makeHost(findPreset('ept-ad')!.params, { era: 'mmu-writable' });
  const table = 0x8000000102a3e907n; // level-2 table entry (bit 7 clear)
  const huge = 0x8600000140000bf7n; // level-2 2M leaf (bit 7 set)
  it('a table replaced by a huge leaf is a collapse, the reverse a split', () => {
    expect(classifyTransition(ept, table, huge, 2)).toMatchObject({
      id: 'collapse',
      name: 'Collapse: page table → huge leaf',
    });
    expect(classifyTransition(ept, huge, table, 2)).toMatchObject({
      id: 'split',
      name: 'Split: huge leaf → page table',
    });
    // Without the level the table looks like a leaf: the old answer stands.
    expect(classifyTransition(ept, table, huge).id).toBe('unrecognised');
  });
  it('zapping a table names the era’s non-present value and the subtree', () => {
    expect(classifyTransition(ept, table, 1n << 63n, 2)).toMatchObject({
      id: 'zap-table',
      name: 'Zap of a page table: table → SHADOW_NONPRESENT_VALUE',
    });
    expect(classifyTransition(old515, 0x0000000102a3e907n, 0n, 2).name).toBe(
      'Zap of a page table: table → 0',
    );
  });
  it('freezes of a teardown and the end of an atomic zap are named', () => {
    // FROZEN_SPTE of the 7.2 layout (bit 10 taken out of 0x5a0).
    expect(classifyTransition(ept, table, 0x80000000000001a0n, 2).name).toBe(
      'Freeze a page table: → FROZEN_SPTE',
    );
    expect(classifyTransition(ept, 0x80a0000123456f77n, 0x80000000000001a0n, 1).detail).toMatch(/torn down/);
    expect(classifyTransition(old515, 0x5a0n, 0n, 1)).toMatchObject({
      id: 'unfreeze',
      name: 'Zap completed: REMOVED_SPTE → 0',
    });
  });
});
