import { describe, expect, test, vi } from 'vitest';
import { PRESETS, findPreset, hex16 } from '../../core';
import { DEFAULT_VALUE, createInspectorStore } from './createInspectorStore';
import { selectDecoded, selectParamProblems, selectPresetId, selectParseError } from './selectors';

// The store is framework-free: it must work without React (zustand's vanilla core).
vi.mock('react', () => ({}));

const LEAF = 0x8600000123456b77n;

describe('createInspectorStore', () => {
  test('starts from a writable EPT leaf on the default preset', () => {
    const s = createInspectorStore().getState();
    expect(s.lastValidValue).toBe(DEFAULT_VALUE);
    // The 7.2 layout (mainline): M at 55, H at 53, XU at 10.
    expect(s.text).toBe('0x80a0000123456f77');
    expect(selectDecoded(s).findings.map((f) => f.severity)).toEqual(['info']);
    expect(selectPresetId(s)).toBe('ept-ad');
    expect(s.level).toBe(1);
  });

  test('every instance is independent', () => {
    const a = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    const b = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    a.getState().toggleBit(0);
    expect(a.getState().lastValidValue).toBe(LEAF ^ 1n);
    expect(b.getState().lastValidValue).toBe(LEAF);
  });

  test('typing decodes as you go and keeps invalid text with the last valid value', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setText('0x8000000000000000');
    expect(store.getState().lastValidValue).toBe(1n << 63n);
    store.getState().setText('0x80000000000000zz');
    const s = store.getState();
    expect(s.text).toBe('0x80000000000000zz');
    expect(s.lastValidValue).toBe(1n << 63n);
    expect(selectParseError(s)).toMatch(/Not a hex digit: 'z' at column 17/);
  });

  test('a typing session is one undo entry and one commit; a paste is its own', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    const c0 = store.getState().commit;
    for (const t of ['0x1', '0x12', '0x123']) store.getState().setText(t);
    expect(store.getState().commit).toBe(c0 + 1);
    expect(store.getState().past).toHaveLength(1);
    store.getState().setText('0x5', 'paste');
    expect(store.getState().commit).toBe(c0 + 2);
    store.getState().setText('0x56');
    expect(store.getState().commit).toBe(c0 + 3);
    store.getState().endTyping();
    store.getState().setText('0x567');
    expect(store.getState().commit).toBe(c0 + 4);
  });

  test('toggles undo and redo, and undo brings back text that did not parse', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setText('0x12zz');
    store.getState().toggleBit(63);
    expect(store.getState().text).toBe(hex16(LEAF ^ (1n << 63n)));
    store.getState().toggleBit(0);
    store.getState().undo();
    expect(store.getState().lastValidValue).toBe(LEAF ^ (1n << 63n));
    store.getState().undo();
    expect(store.getState().text).toBe('0x12zz');
    expect(store.getState().lastValidValue).toBe(LEAF);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().lastValidValue).toBe(LEAF ^ (1n << 63n) ^ 1n);
    expect(store.getState().future).toHaveLength(0);
  });

  test('a new edit after undo drops the redo stack', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().toggleBit(1);
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().toggleBit(2);
    expect(store.getState().future).toHaveLength(0);
  });

  test('field edits write back into the value; bad input changes nothing', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    expect(store.getState().editField('pfn', '0xabc')).toEqual({ ok: true });
    expect(store.getState().lastValidValue).toBe(0x8600000000abcb77n);
    const bad = store.getState().editField('pfn', '0x1_0000_0000_0');
    expect(bad.ok).toBe(false);
    expect(store.getState().lastValidValue).toBe(0x8600000000abcb77n);
    store.getState().editField('memtype', '0');
    expect(selectDecoded(store.getState()).fields.find((f) => f.def.id === 'memtype')?.raw).toBe(0n);
  });

  test('parameters: a valid edit applies (Custom), a matching one selects the preset', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setParam('maxphyaddr_cpuid', 48);
    // x86_phys_bits 46 < MAXPHYADDR 48 is a real host shape: applied as custom.
    expect(selectPresetId(store.getState())).toBe('custom');
    store.getState().setParam('maxphyaddr_cpuid', 46);
    expect(selectPresetId(store.getState())).toBe('ept-ad');
  });

  test('parameters: an invalid combination is explained and not applied', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setParam('x86_phys_bits', 50);
    const s = store.getState();
    expect(selectPresetId(s)).toBe('ept-ad');
    expect(selectParamProblems(s).map((p) => p.message)).toEqual([
      'x86_phys_bits (50) cannot exceed MAXPHYADDR (46).',
      'x86_cache_bits (46) cannot be below x86_phys_bits (50).',
    ]);
    store.getState().setParam('maxphyaddr_cpuid', 50);
    // The draft accumulates: only the cache-bits problem is left.
    expect(selectParamProblems(store.getState()).map((p) => p.keys)).toEqual([
      ['x86_cache_bits', 'x86_phys_bits'],
    ]);
    store.getState().setParam('x86_cache_bits', 50);
    expect(selectParamProblems(store.getState())).toEqual([]);
    expect(selectPresetId(store.getState())).toBe('custom');
  });

  test('selecting a preset drops a rejected draft', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setParam('c_bit', 99);
    expect(store.getState().paramDraft).not.toBeNull();
    store.getState().selectPreset('npt');
    expect(store.getState().paramDraft).toBeNull();
    expect(selectPresetId(store.getState())).toBe('npt');
  });

  test('levels outside 1-5 and unknown presets are ignored', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setLevel(6);
    store.getState().selectPreset('nope');
    expect(store.getState().level).toBe(1);
    expect(selectPresetId(store.getState())).toBe('ept-ad');
  });

  test('restore applies a permalink state without an undo entry', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().restore({ value: 5n, params: findPreset('shadow')!.params, level: 2 });
    const s = store.getState();
    expect([s.text, s.level, selectPresetId(s), s.past.length]).toEqual([
      '0x0000000000000005',
      2,
      'shadow',
      0,
    ]);
  });

  test('initial custom parameters that equal a preset show that preset', () => {
    const npt = PRESETS.find((p) => p.id === 'npt')!;
    const s = createInspectorStore({ kernel: '7.1', params: { ...npt.params } }).getState();
    expect(selectPresetId(s)).toBe('npt');
  });

  test('hover and pinned highlights', () => {
    const store = createInspectorStore({ kernel: '7.1', value: 0x8600000123456b77n });
    store.getState().setHover({ kind: 'field', id: 'pfn' });
    store.getState().clearHover({ kind: 'field', id: 'x' });
    expect(store.getState().hover).toEqual({ kind: 'field', id: 'pfn' });
    store.getState().clearHover({ kind: 'field', id: 'pfn' });
    expect(store.getState().hover).toBeNull();
    store.getState().togglePin({ kind: 'finding', id: 'SPTE-W003' });
    expect(store.getState().pinned).toEqual({ kind: 'finding', id: 'SPTE-W003' });
    store.getState().togglePin({ kind: 'finding', id: 'SPTE-W003' });
    expect(store.getState().pinned).toBeNull();
  });
});
