/**
 * The inspector's state: inputs only. Everything shown (fields, verdicts, findings, the
 * grid) is derived from these by the selectors in selectors.ts, so it cannot go stale.
 */

import type { HostParams, KernelEra, ParamKey } from '../../core';

/** The host the value is decoded for: a named preset, or parameters that match none. */
export type HostConfig = { kind: 'preset'; id: string } | { kind: 'custom'; params: HostParams };

export type ThemeChoice = 'system' | 'light' | 'dark';

/** What the page's input area shows: one value, or a pasted log. */
export type InputMode = 'value' | 'log';

/**
 * One undo/redo entry: what the value field said, and the value being decoded. `level` is
 * set when the change also moved the level (opening a log entry), so undo restores both.
 */
export interface Snapshot {
  text: string;
  value: bigint;
  level?: number;
}

/** Something whose bits are highlighted in the grid (a field, or a finding's bits). */
export type Highlight = { kind: 'field'; id: string } | { kind: 'finding'; id: string };

/** Outcome of an in-place field edit; the editor shows `message` and keeps its text. */
export type EditResult = { ok: true } | { ok: false; message: string };

/** How a text change arrived: keystrokes in one session share one history entry. */
export type TextChange = 'type' | 'paste';

export interface InspectorInputs {
  /** Exactly what is in the value field, valid or not: nothing typed is thrown away. */
  text: string;
  /** The value being decoded: the last text that parsed, or the result of an edit. */
  lastValidValue: bigint;
  config: HostConfig;
  /** Parameter edits that checkParams rejected: shown with its messages, not applied. */
  paramDraft: Partial<Record<ParamKey, unknown>> | null;
  /** Page-table level, 1-5. */
  level: number;
  past: readonly Snapshot[];
  future: readonly Snapshot[];
  /** Transient highlight from hovering or focusing a bit or a field row. */
  hover: Highlight | null;
  /** Highlight pinned by a finding's "bits" button. */
  pinned: Highlight | null;
  theme: ThemeChoice;
  paramsOpen: boolean;
  /**
   * Increments once per committed change. Keystrokes of one typing session keep the
   * same number, so the URL-hash sync makes one history entry per session, not per key.
   */
  commit: number;
  /** Which editor a typing session is in ('value', 'kernel' or 'field:<id>'), or null. */
  typing: string | null;
  /**
   * The kernel decoded for: 'current' (mainline), or a version as parseKernelVersion
   * normalises it ("6.1", "5.15.135", "4.18.0-305.el8"). Always a valid choice.
   */
  kernel: string;
  /** Exactly what is in the kernel version field, valid or not. */
  kernelText: string;
  /**
   * Auto: a value that arrives (typed, pasted, a link without a kernel) picks the kernel
   * and host it reads as. Choosing a kernel, preset or parameter turns it off; only
   * setKernelAuto(true) turns it back on, so an override is never silently replaced.
   */
  kernelAuto: boolean;
  /** The value the applied auto decision was made for (null: none yet, the default stands). */
  autoFor: bigint | null;
  /**
   * An auto decision made from a pasted text (the Log tab's reading), with its evidence;
   * null when the decision in force (if any) is autoFor's. A value that arrives later
   * decides again and clears it.
   */
  autoReading: AutoReading | null;
  /** Value or Log input (the full page only; not in the link). */
  mode: InputMode;
  /** The pasted log, as pasted. Kept here, never in the link (it can be megabytes). */
  logText: string;
  /**
   * What is in the "Value to compare with" field, valid or not; null while that panel is
   * closed. A value that parses goes into the link.
   */
  compareText: string | null;
  /** The inspector's own value in the comparison: the old one or the new one. */
  compareAs: 'old' | 'new';
}

/** An inferred reading applied by auto from something other than the value (a pasted log). */
export interface AutoReading {
  /** Where it was read from, for the decision line ("the log"). */
  source: 'log';
  era: KernelEra;
  /** The preset standing for the host flavour. */
  host: string;
  eraLabel: string;
  hostLabel: string;
  strength: 'weak' | 'moderate' | 'strong';
  /** Short reasons, strongest first. */
  evidence: readonly string[];
}

/** What a permalink or the browser history restores. */
export interface Restorable {
  value: bigint;
  params: HostParams;
  level: number;
  /** The kernel choice ('current' or a version); left out, the kernel stays as it is. */
  kernel?: string;
  /**
   * The comparison the link holds; null: none (a shown valid one is closed; a draft the
   * reader is typing stays); left out: unchanged.
   */
  compare?: { value: bigint; as: 'old' | 'new' } | null;
}

export interface InspectorActions {
  setText: (text: string, how?: TextChange) => void;
  /** The value field (or a field editor) lost focus: the next keystroke starts a new entry. */
  endTyping: () => void;
  toggleBit: (bit: number) => void;
  /** Replace the value (a one-click fix or a writable state): one undo entry. */
  setValue: (value: bigint) => void;
  /** Edit a multi-bit field in place; `typing` merges keystrokes into one history entry. */
  editField: (fieldId: string, input: string, typing?: boolean) => EditResult;
  selectPreset: (id: string) => void;
  setParam: (key: ParamKey, value: unknown) => void;
  /** Drop rejected parameter edits and go back to the applied configuration. */
  discardParamDraft: () => void;
  setLevel: (level: number) => void;
  undo: () => void;
  redo: () => void;
  setHover: (h: Highlight | null) => void;
  /** Clear the hover highlight only if it is still `h` (leaving one cell for another). */
  clearHover: (h: Highlight) => void;
  togglePin: (h: Highlight) => void;
  setTheme: (t: ThemeChoice) => void;
  setParamsOpen: (open: boolean) => void;
  /** Apply a state from a permalink or Back/Forward; not an undo entry. */
  restore: (r: Restorable) => void;
  /**
   * Choose the kernel by version ("6.1", "5.15.135", "current"). The text is kept either
   * way; a version parseKernelVersion rejects is not applied and its message returned.
   * Like the level and the host, a change is a history entry, not an undo entry.
   */
  setKernel: (version: string, how?: TextChange) => EditResult;
  /** Return to auto (deciding for the current value now) or turn it off. */
  setKernelAuto: (on: boolean) => void;
  /**
   * A value arrived from outside the value field (an embed's `value` attribute): with auto
   * on, decide kernel and host for the value shown, as for a typed one. Auto off: nothing.
   */
  decideAuto: () => void;
  /**
   * Apply a reading auto inferred from a pasted text: kernel (the era's model release,
   * unless the kernel in use is already in `eras`) and host change, auto stays on, and the
   * reading is kept for the decision line. Auto off (an override): nothing changes.
   */
  applyAutoReading: (r: AutoReading, eras?: readonly KernelEra[]) => void;
  setMode: (mode: InputMode) => void;
  /** Open (text, '' for empty), edit or close (null) the comparison with another value. */
  setCompareText: (text: string | null) => void;
  setCompareAs: (as: 'old' | 'new') => void;
  setLogText: (text: string) => void;
  /**
   * Open a value from the log at a level: Value mode, value and level changed as one
   * undo entry and one history entry.
   */
  openEntry: (value: bigint, level: number) => void;
}

export type InspectorState = InspectorInputs & InspectorActions;

/** What a new inspector starts from; anything left out gets a default. */
export interface InspectorInit {
  value?: bigint;
  /** Initial field text; defaults to the value in hex. */
  text?: string;
  presetId?: string;
  params?: HostParams;
  level?: number;
  theme?: ThemeChoice;
  paramsOpen?: boolean;
  /** Kernel version or 'current'; an unusable one is ignored. */
  kernel?: string;
  /** Auto on (the default) or off; given a kernel, auto is off. */
  kernelAuto?: boolean;
  /** Decide kernel and host for the initial value now (a link or attribute without a kernel). */
  autoDecide?: boolean;
  mode?: InputMode;
  logText?: string;
  compare?: { value: bigint; as: 'old' | 'new' };
}
