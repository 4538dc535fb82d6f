/**
 * One zustand store per inspector instance (a docs page may hold several). The store
 * holds inputs only; actions are colocated here, and whatever they need to know about
 * the decoded value they read through the same selectors the components use.
 */

import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_PRESET_ID,
  LEVELS,
  checkParams,
  findPreset,
  hex16,
  parseSpte,
  presetMatching,
  toggleBit,
  type HostParams,
  type KernelEra,
} from '../../core';
import { applyFieldEdit } from '../lib/fieldEdits';
import { CURRENT_KERNEL, eraVersion, parseKernelChoice } from '../lib/kernels';
import { inferValue } from './autoKernel';
import { selectDecoded, selectHost, selectParams } from './selectors';
import type {
  AutoReading,
  HostConfig,
  InspectorInit,
  InspectorInputs,
  InspectorState,
  Snapshot,
} from './types';

export type InspectorStore = StoreApi<InspectorState>;

/** A writable 4K EPT leaf: the value a new inspector shows when given none. */
export const DEFAULT_VALUE = 0x80a0000123456f77n;
const HISTORY_LIMIT = 200;

/** A preset when the parameters equal one, so the select never shows a stale "Custom". */
export function configFor(params: HostParams): HostConfig {
  const p = presetMatching(params);
  return p ? { kind: 'preset', id: p.id } : { kind: 'custom', params };
}

const validLevel = (level: number): boolean => (LEVELS as readonly number[]).includes(level);

/**
 * The inputs an auto decision for `value` sets: the host flavour's preset and the era's
 * model release. A kernel already inside the decided era range is kept (no needless change).
 */
function autoDecision(s: Pick<InspectorInputs, 'kernel' | 'level'>, value: bigint, level = s.level) {
  const inf = inferValue(value, level);
  const keep = inf.eras.some((e) => eraVersion(e) === s.kernel);
  const kernel = keep ? s.kernel : eraVersion(inf.best.era);
  return {
    kernel,
    kernelText: kernel,
    config: { kind: 'preset', id: inf.best.host } as HostConfig,
    paramDraft: null,
    autoFor: value,
    autoReading: null,
  };
}

/** The inputs a reading inferred elsewhere sets (see autoDecision): auto stays on. */
function readingDecision(s: Pick<InspectorInputs, 'kernel'>, r: AutoReading, eras: readonly KernelEra[]) {
  const keep = eras.some((e) => eraVersion(e) === s.kernel);
  const kernel = keep ? s.kernel : eraVersion(r.era);
  return {
    kernel,
    kernelText: kernel,
    config: { kind: 'preset', id: r.host } as HostConfig,
    paramDraft: null,
    autoFor: null,
    autoReading: r,
  };
}

function initialInputs(init: InspectorInit): InspectorInputs {
  const value = init.value ?? DEFAULT_VALUE;
  const text = init.text ?? hex16(value);
  const parsed = parseSpte(text);
  const checked = init.params ? checkParams(init.params) : null;
  const kernel = init.kernel === undefined ? null : parseKernelChoice(init.kernel);
  const config: HostConfig = checked?.ok
    ? configFor(checked.params)
    : { kind: 'preset', id: init.presetId && findPreset(init.presetId) ? init.presetId : DEFAULT_PRESET_ID };
  const kernelAuto = kernel?.ok ? false : (init.kernelAuto ?? true);
  const inputs: InspectorInputs = {
    text,
    lastValidValue: init.text !== undefined && parsed.ok && init.value === undefined ? parsed.value : value,
    config,
    paramDraft: null,
    level: init.level !== undefined && validLevel(init.level) ? init.level : 1,
    past: [],
    future: [],
    hover: null,
    pinned: null,
    theme: init.theme ?? 'system',
    paramsOpen: init.paramsOpen ?? false,
    commit: 0,
    typing: null,
    kernel: kernel?.ok ? kernel.kernel : CURRENT_KERNEL,
    kernelText: kernel?.ok ? kernel.kernel : CURRENT_KERNEL,
    mode: init.mode ?? 'value',
    logText: init.logText ?? '',
    compareText: init.compare ? hex16(init.compare.value) : null,
    compareAs: init.compare?.as ?? 'old',
    kernelAuto,
    autoFor: null,
    autoReading: null,
  };
  // A value that arrived with the page (a link or attribute without a kernel) is decided
  // for now; the built-in default value keeps the default kernel and host.
  return kernelAuto && init.autoDecide
    ? { ...inputs, ...autoDecision(inputs, inputs.lastValidValue) }
    : inputs;
}

const push = (stack: readonly Snapshot[], s: Snapshot): Snapshot[] => [...stack, s].slice(-HISTORY_LIMIT);
const snapshot = (s: InspectorInputs): Snapshot => ({ text: s.text, value: s.lastValidValue });
/** The current state as the other side of `entry`: with the level when `entry` has one. */
const counterpart = (s: InspectorInputs, entry: Snapshot): Snapshot =>
  entry.level === undefined ? snapshot(s) : { ...snapshot(s), level: s.level };

export function createInspectorStore(init: InspectorInit = {}): InspectorStore {
  return createStore<InspectorState>()((set, get) => {
    /**
     * Commit a new value (and field text). A change from a typing session in `source`
     * continues that session's history entry; anything else starts a new one.
     */
    const commitValue = (value: bigint, text: string, source: string | null) => {
      const s = get();
      if (value === s.lastValidValue && text === s.text) return;
      const continuing = source !== null && s.typing === source;
      set({
        text,
        lastValidValue: value,
        past: continuing ? s.past : push(s.past, snapshot(s)),
        future: continuing ? s.future : [],
        commit: continuing ? s.commit : s.commit + 1,
        typing: source,
      });
    };

    // A host chosen by hand is an override: auto stays off until asked for again.
    const applyConfig = (config: HostConfig) =>
      set((s) => ({ config, paramDraft: null, commit: s.commit + 1, typing: null, kernelAuto: false }));

    return {
      ...initialInputs(init),

      setText: (text, how = 'type') => {
        const r = parseSpte(text);
        const value = r.ok ? r.value : get().lastValidValue;
        // A paste is one complete change: it gets its own entry, and so does the next keystroke.
        commitValue(value, text, how === 'type' ? 'value' : null);
        // A value that arrives is read under auto; an unchanged value changes nothing.
        const s = get();
        if (r.ok && s.kernelAuto && s.autoFor !== value) set(autoDecision(s, value));
      },

      endTyping: () => {
        if (get().typing !== null) set({ typing: null });
      },

      toggleBit: (bit) => {
        const next = toggleBit(get().lastValidValue, bit);
        commitValue(next, hex16(next), null);
      },

      setValue: (value) => commitValue(value, hex16(value), null),

      editField: (fieldId, input, typing = false) => {
        const s = get();
        const r = applyFieldEdit(selectHost(s), selectDecoded(s), fieldId, input);
        if (!r.ok) return r;
        commitValue(r.value, hex16(r.value), typing ? `field:${fieldId}` : null);
        return { ok: true };
      },

      selectPreset: (id) => {
        if (findPreset(id)) applyConfig({ kind: 'preset', id });
      },

      setParam: (key, value) => {
        const s = get();
        const draft = { ...(s.paramDraft ?? {}), [key]: value };
        const r = checkParams({ ...selectParams(s), ...draft });
        if (r.ok) applyConfig(configFor(r.params));
        else set({ paramDraft: draft });
      },

      discardParamDraft: () => set({ paramDraft: null }),

      setLevel: (level) => {
        if (validLevel(level) && level !== get().level)
          set((s) => ({ level, commit: s.commit + 1, typing: null }));
      },

      undo: () => {
        const s = get();
        const prev = s.past[s.past.length - 1];
        if (!prev) return;
        set({
          text: prev.text,
          lastValidValue: prev.value,
          level: prev.level ?? s.level,
          past: s.past.slice(0, -1),
          future: push(s.future, counterpart(s, prev)),
          commit: s.commit + 1,
          typing: null,
        });
      },

      redo: () => {
        const s = get();
        const next = s.future[s.future.length - 1];
        if (!next) return;
        set({
          text: next.text,
          lastValidValue: next.value,
          level: next.level ?? s.level,
          past: push(s.past, counterpart(s, next)),
          future: s.future.slice(0, -1),
          commit: s.commit + 1,
          typing: null,
        });
      },

      setHover: (hover) => set({ hover }),
      clearHover: (h) => {
        const cur = get().hover;
        if (cur && cur.kind === h.kind && cur.id === h.id) set({ hover: null });
      },
      togglePin: (h) => {
        const cur = get().pinned;
        set({ pinned: cur && cur.kind === h.kind && cur.id === h.id ? null : h });
      },

      setTheme: (theme) => set({ theme }),
      setParamsOpen: (paramsOpen) => set({ paramsOpen }),

      restore: ({ value, params, level, kernel, compare }) =>
        set((s) => {
          const k = kernel === undefined ? null : parseKernelChoice(kernel);
          const shown = s.compareText !== null && parseSpte(s.compareText).ok;
          return {
            ...(compare
              ? { compareText: hex16(compare.value), compareAs: compare.as }
              : compare === null && shown
                ? { compareText: null, compareAs: 'old' as const }
                : {}),
            text: hex16(value),
            lastValidValue: value,
            config: configFor(params),
            paramDraft: null,
            level: validLevel(level) ? level : s.level,
            ...(k?.ok ? { kernel: k.kernel, kernelText: k.kernel } : {}),
            commit: s.commit + 1,
            typing: null,
          };
        }),
      setKernel: (version, how = 'paste') => {
        const r = parseKernelChoice(version);
        if (!r.ok) {
          set({ kernelText: version });
          return { ok: false, message: r.message };
        }
        const s = get();
        if (r.kernel === s.kernel) {
          // Choosing the kernel already decoded for still makes it the user's choice.
          if (version !== s.kernelText || s.kernelAuto) set({ kernelText: version, kernelAuto: false });
          return { ok: true };
        }
        // Keystrokes that keep producing valid versions ("6.1" → "6.12") are one history entry.
        const continuing = how === 'type' && s.typing === 'kernel';
        set({
          kernel: r.kernel,
          kernelText: version,
          commit: continuing ? s.commit : s.commit + 1,
          typing: how === 'type' ? 'kernel' : null,
          kernelAuto: false,
        });
        return { ok: true };
      },
      setKernelAuto: (on) => {
        const s = get();
        if (on === s.kernelAuto) return;
        if (!on) set({ kernelAuto: false });
        else
          set({ kernelAuto: true, ...autoDecision(s, s.lastValidValue), commit: s.commit + 1, typing: null });
      },
      decideAuto: () => {
        const s = get();
        if (s.kernelAuto) set(autoDecision(s, s.lastValidValue));
      },
      applyAutoReading: (r, eras = [r.era]) => {
        const s = get();
        if (s.kernelAuto) set({ ...readingDecision(s, r, eras), commit: s.commit + 1, typing: null });
      },
      setMode: (mode) => {
        if (mode !== get().mode) set({ mode, typing: null });
      },
      setCompareText: (compareText) => {
        if (compareText !== get().compareText) set({ compareText });
      },
      setCompareAs: (compareAs) => {
        if (compareAs !== get().compareAs) set({ compareAs });
      },
      setLogText: (logText) => {
        if (logText !== get().logText) set({ logText });
      },
      openEntry: (value, level) => {
        const s = get();
        const lvl = validLevel(level) ? level : s.level;
        const text = hex16(value);
        if (value === s.lastValidValue && text === s.text && lvl === s.level) {
          set({ mode: 'value', typing: null });
          return;
        }
        set({
          text,
          lastValidValue: value,
          level: lvl,
          past: push(s.past, { ...snapshot(s), level: s.level }),
          future: [],
          commit: s.commit + 1,
          typing: null,
          mode: 'value',
        });
      },
    };
  });
}
