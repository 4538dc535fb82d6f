import { describe, expect, test } from 'vitest';
import { createInspectorStore } from './createInspectorStore';
import {
  selectDecoded,
  selectFieldRows,
  selectFindings,
  selectGrid,
  selectHoverBits,
  selectHoverField,
  selectKind,
  selectParamValues,
  selectPinnedBits,
  selectWritable,
} from './selectors';
import { selectPredicateRows } from '../lib/predicateRows';

// Values below use the 6.13 – 7.1 layout, so the store is set to 7.1.
describe('selectors', () => {
  test('derived views keep their identity until an input changes', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    const before = store.getState();
    const views = [selectDecoded, selectGrid, selectFieldRows, selectPredicateRows, selectFindings] as const;
    const first = views.map((v) => v(before));
    store.getState().setHover({ kind: 'field', id: 'pfn' });
    const after = store.getState();
    expect(after).not.toBe(before);
    views.forEach((v, i) => expect(v(after)).toBe(first[i]));
    store.getState().toggleBit(0);
    expect(selectDecoded(store.getState())).not.toBe(first[0]);
  });

  test('two inspectors showing the same value share one decode', () => {
    const a = createInspectorStore({ kernel: '7.1', value: 0x8000000123456907n, level: 2 });
    const b = createInspectorStore({ kernel: '7.1', value: 0x8000000123456907n, level: 2 });
    expect(selectDecoded(a.getState())).toBe(selectDecoded(b.getState()));
  });

  test('undo returns the very same decode object (cached)', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    const d = selectDecoded(store.getState());
    store.getState().toggleBit(5);
    store.getState().undo();
    expect(selectDecoded(store.getState())).toBe(d);
  });

  test('the grid has 64 cells, bit 63 first, named "Bit N, Field"', () => {
    const grid = selectGrid(createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n }).getState());
    const cells = grid.flatMap((b) => b.cells);
    expect(cells.map((c) => c.bit)).toEqual(Array.from({ length: 64 }, (_, i) => 63 - i));
    expect(grid.map((b) => b.index)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(cells.find((c) => c.bit === 58)).toMatchObject({
      label: 'Bit 58, MMU-writable',
      set: true,
      category: 'writable-tracking',
    });
  });

  test('hovering a field highlights all its bits; a pinned finding highlights its bits', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setHover({ kind: 'field', id: 'memtype' });
    expect([...selectHoverBits(store.getState())].sort()).toEqual([3, 4, 5]);
    expect(selectHoverField(store.getState())?.name).toBe('Memory type');
    store.getState().togglePin({ kind: 'finding', id: 'SPTE-W003' });
    expect([...selectPinnedBits(store.getState())].sort((x, y) => x - y)).toEqual([1, 57, 58]);
  });

  test('field rows carry range, raw, text, symbol and the right editor', () => {
    const rows = selectFieldRows(
      createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n }).getState(),
    );
    expect(rows.find((r) => r.id === 'pfn')).toMatchObject({
      range: '45–12',
      raw: '0x123456',
      text: 'pfn 0x123456',
      symbol: 'SPTE_BASE_ADDR_MASK',
      editor: 'hex',
    });
    expect(rows.find((r) => r.id === 'memtype')).toMatchObject({ editor: 'memtype', editValue: '6' });
    expect(rows.find((r) => r.id === 'memtype')?.options).toHaveLength(8);
    expect(rows.find((r) => r.id === 'ad_type')?.options).toHaveLength(4);
    expect(rows.find((r) => r.id === 'mmu_writable')).toMatchObject({ raw: '1', text: 'set', editor: null });
  });

  test('an MMIO SPTE offers one generation editor and a GFN editor', () => {
    const rows = selectFieldRows(
      createInspectorStore({ kernel: '7.1', value: 0x0000000012345006n }).getState(),
    );
    expect(rows.filter((r) => r.editor === 'generation')).toHaveLength(1);
    expect(rows.find((r) => r.id === 'gen_low')?.editorElsewhere).toBe('Generation [18:8]');
    expect(rows.find((r) => r.id === 'gfn')).toMatchObject({ editor: 'gfn', editValue: '0x12345' });
  });

  test('kind names both MMIO and present when both hold', () => {
    expect(selectKind(createInspectorStore({ kernel: '7.1', value: 0x12345806n }).getState()).summary).toBe(
      'MMIO SPTE, also MMU-present (bit 11 set): both MMIO and present',
    );
    expect(
      selectKind(createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n }).getState()).label,
    ).toBe('shadow-present leaf');
    // The placeholder under the name its kernel gives it.
    const old = selectKind(createInspectorStore({ value: 0x5a0n, kernel: '6.6' }).getState());
    expect(old.summary).toBe('frozen, REMOVED_SPTE, as this kernel names it');
    expect(old.flags).toContainEqual({ name: 'removed', value: true });
    const now = selectKind(createInspectorStore({ kernel: '7.1', value: 0x80000000000005a0n }).getState());
    expect(now.flags).toContainEqual({ name: 'frozen', value: true });
  });

  test('predicates say when a precondition does not hold', () => {
    const rows = selectPredicateRows(createInspectorStore({ kernel: '7.1', value: 1n << 63n }).getState());
    const ad = rows.find((r) => r.name === 'spte_ad_enabled')!;
    expect(ad.precondition).toBe(false);
    expect(ad.note).toMatch(/^Precondition does not hold: not shadow-present/);
    expect(rows.find((r) => r.name === 'is_shadow_present_pte')).toMatchObject({
      result: 'false',
      note: null,
    });
  });

  test('writable view: legal row, violation, or not applicable', () => {
    expect(
      selectWritable(createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n }).getState()),
    ).toMatchObject({
      row: 0,
      violation: null,
    });
    expect(
      selectWritable(createInspectorStore({ kernel: '7.1', value: 0x8200000123456b77n }).getState()),
    ).toMatchObject({
      row: null,
      violation: 'Writable without MMU-writable (SPTE-W002)',
    });
    expect(selectWritable(createInspectorStore({ kernel: '7.1', value: 1n << 63n }).getState()).applies).toBe(
      false,
    );
  });

  test('finding views list their bits high to low', () => {
    const f = selectFindings(createInspectorStore({ kernel: '7.1', value: 0x8200000123456b77n }).getState());
    expect(f[0]).toMatchObject({ id: 'SPTE-W002', severityLabel: 'Error', bitsLabel: 'bits 58, 1' });
  });

  test('parameter values show a rejected draft over the applied parameters', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    const applied = selectParamValues(store.getState());
    store.getState().setParam('maxphyaddr_cpuid', 20);
    const shown = selectParamValues(store.getState());
    expect(shown.maxphyaddr_cpuid).toBe(20);
    expect(applied.maxphyaddr_cpuid).toBe(46);
    store.getState().setHover(null);
    expect(selectParamValues(store.getState())).toBe(shown);
  });
});
