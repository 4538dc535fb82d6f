import { describe, expect, it } from 'vitest';
import { createInspectorStore } from './createInspectorStore';
import { selectAutoLine } from './autoSelectors';
import { selectHost, selectParams, selectPresetId } from './selectors';
import type { AutoReading } from './types';

/** 0x5a0: the non-present placeholder of 5.13 – 6.9 (stray bits under 7.2). */
const PLACEHOLDER_5_13 = '0x5a0';

/** What the Log tab applies for an AMD report of the 5.13 – 6.9 layout. */
const NPT_READING: AutoReading = {
  source: 'log',
  era: 'mmu-writable',
  host: 'npt',
  eraLabel: '5.13 – 6.9',
  hostLabel: 'AMD NPT',
  strength: 'strong',
  evidence: ['AMD traces', 'all 3 distinct values fit'],
};

describe('auto kernel for a single value', () => {
  it('keeps the default kernel and host for the built-in value, and says auto waits for a value', () => {
    const store = createInspectorStore();
    const s = store.getState();
    expect(s.kernelAuto).toBe(true);
    expect(s.kernel).toBe('current');
    expect(selectPresetId(s)).toBe('ept-ad');
    expect(selectAutoLine(s).kind).toBe('auto');
    expect(selectAutoLine(s).text).toMatch(/^Auto: a value you type or paste/);
  });

  it('decides kernel era and host when a value is typed, and says the evidence is weak', () => {
    const store = createInspectorStore();
    store.getState().setText(PLACEHOLDER_5_13);
    const s = store.getState();
    expect(selectHost(s).era).toBe('mmu-writable');
    expect(s.autoFor).toBe(0x5a0n);
    const line = selectAutoLine(s);
    expect(line.text).toMatch(
      /^Read as 5\.13 – 6\.9 on Intel EPT with A\/D bits \(auto, weak: a single value\)/,
    );
    expect(line.text).toContain('Also fits:');
  });

  it('does not decide again on a bit toggle or a field edit: the layout stays, the line may say what fits better', () => {
    const store = createInspectorStore();
    store.getState().setText(PLACEHOLDER_5_13);
    const era = selectHost(store.getState()).era;
    store.getState().toggleBit(63);
    store.getState().toggleBit(0);
    const s = store.getState();
    expect(selectHost(s).era).toBe(era);
    expect(selectPresetId(s)).toBe('ept-ad');
    expect(s.autoFor).toBe(0x5a0n);
    expect(selectAutoLine(s).text).toMatch(/^Read as 5\.13 – 6\.9/);
  });

  it('a pasted value that KVM builds only on AMD NPT switches the host', () => {
    const store = createInspectorStore();
    // W set without EPT's MMU-writable bit: only the x86 format explains it.
    store.getState().setText('0x0600000123456f77', 'paste');
    expect(selectPresetId(store.getState())).toBe('npt');
  });

  it('an explicit kernel is an override: never replaced by auto, until auto is asked for again', () => {
    const store = createInspectorStore();
    store.getState().setKernel('current');
    expect(store.getState().kernelAuto).toBe(false);
    expect(selectAutoLine(store.getState()).text).toMatch(/^Your choice: current mainline/);
    store.getState().setText(PLACEHOLDER_5_13);
    const s = store.getState();
    expect(s.kernel).toBe('current');
    expect(selectAutoLine(s).kind).toBe('choice');
    expect(selectAutoLine(s).text).toContain('This value would fit 5.13 – 6.9');
    store.getState().setKernelAuto(true);
    expect(selectHost(store.getState()).era).toBe('mmu-writable');
    expect(selectAutoLine(store.getState()).kind).toBe('auto');
  });

  it('choosing a preset is an override too', () => {
    const store = createInspectorStore();
    store.getState().selectPreset('npt');
    store.getState().setText(PLACEHOLDER_5_13);
    expect(selectPresetId(store.getState())).toBe('npt');
    expect(store.getState().kernelAuto).toBe(false);
  });

  it('a value that arrives with the inspector is decided for when asked (a link without a kernel)', () => {
    const store = createInspectorStore({ value: 0x5a0n, autoDecide: true });
    expect(selectHost(store.getState()).era).toBe('mmu-writable');
    const explicit = createInspectorStore({ value: 0x5a0n, kernel: 'current', autoDecide: true });
    expect(explicit.getState().kernelAuto).toBe(false);
    expect(explicit.getState().kernel).toBe('current');
  });

  it('decideAuto reads the value shown under auto (an embed attribute), and does nothing after an override', () => {
    const store = createInspectorStore();
    store.getState().restore({ value: 0x5a0n, params: selectParams(store.getState()), level: 1 });
    expect(store.getState().autoFor).toBeNull();
    store.getState().decideAuto();
    expect(store.getState().autoFor).toBe(0x5a0n);
    expect(selectHost(store.getState()).era).toBe('mmu-writable');
    store.getState().setKernel('current');
    store.getState().decideAuto();
    expect(store.getState().kernel).toBe('current');
  });

  it('a reading applied from the log keeps auto on and is what the decision line reports', () => {
    const store = createInspectorStore();
    store.getState().applyAutoReading(NPT_READING, ['mmu-present-lockless', 'mmu-writable']);
    const s = store.getState();
    expect(s.kernelAuto).toBe(true);
    expect(s.autoReading).toBe(NPT_READING);
    expect(s.autoFor).toBeNull();
    expect(selectPresetId(s)).toBe('npt');
    expect(selectHost(s).era).toBe('mmu-writable');
    const line = selectAutoLine(s);
    expect(line.kind).toBe('auto');
    expect(line.text).toMatch(
      /^Read as 5\.13 – 6\.9 on AMD NPT \(auto, from the log, strong\): AMD traces; /,
    );
    expect(line.short).toBe('Auto: 5.13 – 6.9 · AMD NPT (from the log)');
    // Still auto: a value typed afterwards is decided for on its own.
    store.getState().setText('0x8600000123456b77');
    expect(store.getState().autoReading).toBeNull();
    expect(store.getState().autoFor).toBe(0x8600000123456b77n);
  });

  it('a reading from the log never replaces an override', () => {
    const store = createInspectorStore();
    store.getState().setKernel('6.1');
    store.getState().applyAutoReading(NPT_READING);
    const s = store.getState();
    expect(s.kernel).toBe('6.1');
    expect(selectPresetId(s)).toBe('ept-ad');
    expect(s.autoReading).toBeNull();
    expect(selectAutoLine(s).kind).toBe('choice');
  });

  it('returns the same line object for the same inputs', () => {
    const store = createInspectorStore();
    store.getState().setText(PLACEHOLDER_5_13);
    expect(selectAutoLine(store.getState())).toBe(selectAutoLine(store.getState()));
  });
});
