import { describe, expect, test, vi } from 'vitest';
import { findPreset } from '../../core';
import { createInspectorStore } from './createInspectorStore';
import { selectEraHints, selectMaskRows } from './kernelSelectors';
import { selectDecoded, selectHost, selectKernelError, selectKernelSummary } from './selectors';
import { selectPredicateRows } from '../lib/predicateRows';

// The store is framework-free: it must work without React (zustand's vanilla core).
vi.mock('react', () => ({}));

const names = (s: ReturnType<ReturnType<typeof createInspectorStore>['getState']>) =>
  selectPredicateRows(s).map((r) => r.name);

describe('kernel setting', () => {
  test('defaults to current mainline: the same host as makeHost without options', () => {
    const s = createInspectorStore().getState();
    expect([s.kernel, s.kernelText]).toEqual(['current', 'current']);
    expect(selectHost(s).kernel.version).toBeNull();
    expect(selectKernelSummary(s)).toMatchObject({ version: 'current mainline', eraLabel: '7.2 and later' });
  });

  test('a valid version applies as one history entry; the host follows', () => {
    const store = createInspectorStore();
    const c0 = store.getState().commit;
    expect(store.getState().setKernel('v6.1')).toEqual({ ok: true });
    const s = store.getState();
    expect([s.kernel, s.kernelText, s.commit]).toEqual(['6.1', 'v6.1', c0 + 1]);
    expect(selectHost(s).era).toBe('mmu-writable');
    expect(selectKernelSummary(s)).toMatchObject({ version: '6.1', eraLabel: '5.18 – 6.9' });
    // Not an undo entry: undo is for the value.
    expect(s.past).toHaveLength(0);
    store.getState().setKernel('mainline');
    expect(store.getState().kernel).toBe('current');
  });

  test('typing keeps one history entry while versions keep parsing', () => {
    const store = createInspectorStore();
    const c0 = store.getState().commit;
    for (const t of ['6', '6.', '6.1', '6.12']) store.getState().setKernel(t, 'type');
    expect(store.getState().kernel).toBe('6.12');
    expect(store.getState().commit).toBe(c0 + 1);
    store.getState().endTyping();
    store.getState().setKernel('6.6', 'type');
    expect(store.getState().commit).toBe(c0 + 2);
  });

  test('an unusable version keeps its text and message, and is not applied', () => {
    const store = createInspectorStore({ kernel: '6.1' });
    // Versions before 5.10 are decoded with the oldest layout now; before KVM there is nothing.
    const r = store.getState().setKernel('2.4');
    expect(r.ok).toBe(false);
    const s = store.getState();
    expect([s.kernel, s.kernelText]).toEqual(['6.1', '2.4']);
    expect(selectKernelError(s)).toMatch(/older than KVM/);
    expect(createInspectorStore({ kernel: 'banana' }).getState().kernel).toBe('current');
  });

  test('predicates are the era’s: absent functions are absent, old ones appear', () => {
    const store = createInspectorStore();
    const current = names(store.getState());
    expect(current).toContain('spte_needs_atomic_update');
    expect(current).not.toContain('is_dirty_spte');
    store.getState().setKernel('5.15');
    const old = names(store.getState());
    for (const n of [
      'is_removed_spte',
      'is_dirty_spte',
      'spte_can_locklessly_be_made_writable',
      'spte_has_volatile_bits',
    ])
      expect(old).toContain(n);
    for (const n of [
      'is_frozen_spte',
      'is_mmu_writable_spte',
      'spte_needs_atomic_update',
      'is_ept_ve_possible',
    ])
      expect(old).not.toContain(n);
    expect(old.some((n) => n.startsWith('check_spte_writable_invariants'))).toBe(false);
    // Layouts carry the era's symbols.
    store.getState().setKernel('5.10');
    const fields = selectDecoded(store.getState()).fields.map((f) => f.def.symbol);
    expect(fields).toContain('SPTE_MMU_WRITEABLE');
    expect(fields).toContain('PT64_BASE_ADDR_MASK');
  });

  test('era hints come from the value and never change the kernel', () => {
    const store = createInspectorStore({ value: 0x0000000123456f77n });
    const hints = selectEraHints(store.getState());
    expect(hints.find((h) => h.era === 'special-type')?.verdict).toBe('consistent');
    expect(hints.find((h) => h.era === 'ad-always')?.verdict).toBe('inconsistent');
    expect(hints.find((h) => h.era === 'mbec')?.verdict).toBe('inconsistent');
    expect(store.getState().kernel).toBe('current');
    expect(selectEraHints(store.getState())).toBe(hints);
  });

  test('mask variables under the kernel’s names', () => {
    const store = createInspectorStore({ kernel: '5.10' });
    const rows = selectMaskRows(store.getState());
    expect(rows.find((r) => r.name === 'shadow_phys_bits')?.value).toBe('46');
    expect(rows.find((r) => r.name === 'SPTE_MMU_WRITEABLE')?.value).toBe('0x800');
    expect(rows.find((r) => r.name === 'rsvd_bits_mask')?.value).toMatch(/^not large: \[0x/);
    store.getState().setKernel('current');
    expect(selectMaskRows(store.getState()).some((r) => r.name === 'kvm_host_maxphyaddr')).toBe(true);
  });

  test('restore applies a kernel from a link; without one the kernel stays', () => {
    const store = createInspectorStore();
    const params = findPreset('ept-ad')!.params;
    store.getState().restore({ value: 1n, params, level: 1, kernel: '6.12' });
    expect(store.getState().kernel).toBe('6.12');
    store.getState().restore({ value: 2n, params, level: 1 });
    expect(store.getState().kernel).toBe('6.12');
  });
});

describe('log support in the store', () => {
  test('mode and log text are plain inputs, never history', () => {
    const store = createInspectorStore();
    const c0 = store.getState().commit;
    store.getState().setMode('log');
    store.getState().setLogText('some log');
    expect([store.getState().mode, store.getState().logText, store.getState().commit]).toEqual([
      'log',
      'some log',
      c0,
    ]);
  });

  test('opening an entry sets value and level as one undo step and returns to Value mode', () => {
    const store = createInspectorStore({ mode: 'log' });
    const c0 = store.getState().commit;
    store.getState().openEntry(0x8000000102a3e907n, 4);
    let s = store.getState();
    expect([s.mode, s.text, s.level, s.commit, s.past.length]).toEqual([
      'value',
      '0x8000000102a3e907',
      4,
      c0 + 1,
      1,
    ]);
    store.getState().undo();
    s = store.getState();
    expect([s.text, s.level]).toEqual(['0x80a0000123456f77', 1]);
    store.getState().redo();
    s = store.getState();
    expect([s.text, s.level]).toEqual(['0x8000000102a3e907', 4]);
    // Ordinary edits still leave the level alone on undo.
    store.getState().setLevel(2);
    store.getState().toggleBit(0);
    store.getState().undo();
    expect(store.getState().level).toBe(2);
  });

  test('opening what is already shown only switches the mode', () => {
    const store = createInspectorStore({ mode: 'log' });
    store.getState().openEntry(0x80a0000123456f77n, 1);
    expect(store.getState().mode).toBe('value');
    expect(store.getState().past).toHaveLength(0);
  });
});
