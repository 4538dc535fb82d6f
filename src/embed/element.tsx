/**
 * <spte-inspector>: the inspector as a custom element for documentation pages.
 *
 *   <script type="module" src=".../embed/spte-inspector.js"></script>
 *   <spte-inspector value="0x80a0000123456f77" preset="ept-ad" level="1" compact></spte-inspector>
 *
 * Attributes: value, preset | config (JSON host parameters or a configs.json entry),
 * level, readonly, compact, theme (light | dark | auto), fields (panels to show), kernel
 * and label (the widget's accessible name; default "SPTE Inspector N"). Each element owns its store and renders into its own shadow root. A change made
 * by the reader (bit toggle, typing, undo, level or host) updates the `value` and `level`
 * attributes and fires a `change` CustomEvent (bubbles, composed) whose detail is
 * { value, kind, findings, level, preset }. Bad attribute values are reported inside the
 * widget (role="alert"); nothing here throws into the page.
 *
 * Kernel and host: a `value` without `kernel`, `preset` or `config` is read under auto, the
 * same as a value typed into the page (the widget says which reading it chose); any of those
 * three attributes is the page's own choice and turns auto off.
 *
 * Properties `value`, `level`, `preset` and `kernel` write the attributes; a page may set
 * them before the script defines the element. Styles are adopted by the shadow root only
 * (nothing is put into the page), so the element works under a strict CSP, and it keeps
 * them when moved into another document and back.
 */

import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DEFAULT_PRESET_ID, findPreset, hex16, type HostParams } from '../core';
import { DEFAULT_VALUE, createInspectorStore, type InspectorState, type InspectorStore } from '../ui/store';
import { selectDecoded, selectParams, selectPresetId } from '../ui/store/selectors';
import { EmbedWidget, type EmbedView } from './EmbedWidget';
import {
  EMBED_ATTRIBUTES,
  parseConfig,
  parseFields,
  parseFlag,
  parseKernel,
  parseLabel,
  parseLevel,
  parsePreset,
  parseTheme,
  parseValue,
  panelsFor,
  type EmbedAttribute,
  type KernelChoice,
} from './options';
import { adoptStyles } from './shadowStyles';

export const TAG_NAME = 'spte-inspector';

/** Properties a page may set before the element is defined (see #upgradeProperties). */
const UPGRADED_PROPERTIES = ['value', 'level', 'preset', 'kernel'] as const;

/** Unnamed widgets are numbered in creation order: "SPTE Inspector 1", "SPTE Inspector 2", … */
let created = 0;

/** The `change` event's detail. */
export interface SpteChangeDetail {
  /** The value as 0x + 16 hex digits. */
  value: string;
  /** The SPTE kind the core classified it as (e.g. "leaf", "mmio", "nonpresent"). */
  kind: string;
  /** Ids of the findings (e.g. ["SPTE-W003"]), in the order shown. */
  findings: string[];
  level: number;
  /** The host preset id, or "custom". */
  preset: string;
}

const Base: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

export class SpteInspectorElement extends Base {
  static get observedAttributes(): readonly string[] {
    return EMBED_ATTRIBUTES;
  }

  readonly #store: InspectorStore = createInspectorStore();
  #root: Root | null = null;
  #mount: HTMLDivElement | null = null;
  #problems = new Map<EmbedAttribute, string>();
  #kernel: KernelChoice | null = null;
  #panels: readonly string[] | null = null;
  readonly #number = ++created;
  /** Set while attributes are written into the store: those changes are not the reader's. */
  #applying = false;
  /** Set while the element writes its own attributes back: ignore the callbacks. */
  #reflecting = false;
  #unmountTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super();
    this.#store.subscribe((s, prev) => {
      if (this.#applying) return;
      if (
        s.lastValidValue === prev.lastValidValue &&
        s.level === prev.level &&
        selectParams(s) === selectParams(prev)
      )
        return;
      this.#reflect(s, prev);
      this.#emitChange(s);
    });
  }

  /** The store behind this widget (for scripts that want more than attributes). */
  get store(): InspectorStore {
    return this.#store;
  }

  /** The value being decoded, as 0x + 16 hex digits. */
  get value(): string {
    return hex16(this.#store.getState().lastValidValue);
  }
  set value(v: string) {
    this.setAttribute('value', String(v));
  }

  /** The page-table level being decoded at (1-5). */
  get level(): number {
    return this.#store.getState().level;
  }
  set level(v: number | string) {
    this.setAttribute('level', String(v));
  }

  /** The `preset` attribute (null when absent). */
  get preset(): string | null {
    return this.getAttribute('preset');
  }
  set preset(v: string | null) {
    this.#setOrRemove('preset', v);
  }

  /** The `kernel` attribute (null when absent). */
  get kernel(): string | null {
    return this.getAttribute('kernel');
  }
  set kernel(v: string | null) {
    this.#setOrRemove('kernel', v);
  }

  #setOrRemove(name: string, v: string | null) {
    if (v === null || v === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(v));
  }

  /**
   * A property a page set before this element was defined is an own data property that
   * hides the accessor: take its value through the accessor and remove it, so it is
   * honoured now and later writes reach the widget.
   */
  #upgradeProperties() {
    for (const name of UPGRADED_PROPERTIES) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const v = (this as unknown as Record<string, unknown>)[name];
      delete (this as unknown as Record<string, unknown>)[name];
      (this as unknown as Record<string, unknown>)[name] = v;
    }
  }

  connectedCallback() {
    this.#guard(() => {
      this.#upgradeProperties();
      if (this.#unmountTimer !== null) {
        clearTimeout(this.#unmountTimer);
        this.#unmountTimer = null;
      }
      if (!this.#mount) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        this.#mount = document.createElement('div');
        shadow.append(this.#mount);
      }
      // Every time: the element may have come from another document (see adoptedCallback).
      adoptStyles(this.shadowRoot!);
      this.#root ??= createRoot(this.#mount!);
      this.#render();
    });
  }

  /** Moved into another document (an iframe's, or back): styles of that document. */
  adoptedCallback() {
    this.#guard(() => {
      if (this.shadowRoot) adoptStyles(this.shadowRoot);
    });
  }

  disconnectedCallback() {
    // Moving the element (disconnect + connect in one task) keeps the React tree.
    this.#unmountTimer = setTimeout(() => {
      this.#unmountTimer = null;
      if (this.isConnected) return;
      this.#root?.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null) {
    if (this.#reflecting || oldValue === newValue) return;
    this.#guard(() => {
      this.#applyAttribute(name as EmbedAttribute, newValue);
      this.#render();
    });
  }

  /** Runs `f`; anything it throws becomes a message in the widget, never the page's error. */
  #guard(f: () => void) {
    try {
      f();
    } catch (e) {
      console.error(`<${TAG_NAME}>`, e);
      this.#problems.set('value', `Internal error: ${e instanceof Error ? e.message : String(e)}`);
      try {
        this.#render();
      } catch {
        // Nothing more can be shown.
      }
    }
  }

  #problem(name: EmbedAttribute, text: string | null, message: string | null) {
    if (message === null) this.#problems.delete(name);
    else {
      const shown = text === null ? '' : text.length > 60 ? `${text.slice(0, 60)}…` : text;
      this.#problems.set(name, `${name}="${shown}": ${message}`);
    }
  }

  /** Writes store changes without treating them as the reader's. */
  #apply(f: (s: InspectorState) => void) {
    this.#applying = true;
    try {
      f(this.#store.getState());
    } finally {
      this.#applying = false;
    }
  }

  #applyAttribute(name: EmbedAttribute, text: string | null) {
    switch (name) {
      case 'value': {
        const r = text === null ? { ok: true as const, value: DEFAULT_VALUE } : parseValue(text);
        this.#problem(name, text, r.ok ? null : r.message);
        if (r.ok)
          this.#apply((s) => {
            if (s.lastValidValue !== r.value || s.text !== hex16(r.value))
              s.restore({ value: r.value, params: selectParams(s), level: s.level });
          });
        // A value the page gives is read under auto, as a typed one is (see #autoDecides).
        if (r.ok && text !== null && this.#autoDecides()) this.#apply((s) => s.decideAuto());
        break;
      }
      case 'preset':
      case 'config':
        this.#applyHost();
        break;
      case 'level': {
        const r = text === null ? { ok: true as const, value: 1 } : parseLevel(text);
        this.#problem(name, text, r.ok ? null : r.message);
        if (r.ok) this.#apply((s) => s.setLevel(r.value));
        // Attribute order does not matter: a value given with a level is read at that level.
        if (r.ok && this.#autoDecides())
          this.#apply((s) => {
            if (s.autoFor === s.lastValidValue && s.autoReading === null) s.decideAuto();
          });
        break;
      }
      case 'theme': {
        const r = text === null ? { ok: true as const, value: 'system' as const } : parseTheme(text);
        this.#problem(name, text, r.ok ? null : r.message);
        if (r.ok) this.#apply((s) => s.setTheme(r.value));
        break;
      }
      case 'fields': {
        const r = text === null ? { panels: null, message: null } : parseFields(text);
        this.#problem(name, text, r.message);
        this.#panels = r.panels;
        break;
      }
      case 'kernel':
        this.#applyKernel(text);
        break;
      case 'readonly':
      case 'compact':
      case 'label':
        break; // read at render time
    }
  }

  /** `config` (when given and valid) wins over `preset`; both fall back to the default host. */
  #applyHost() {
    const configText = this.getAttribute('config');
    const presetText = this.getAttribute('preset');
    let params: HostParams | null = null;
    if (configText !== null) {
      const r = parseConfig(configText);
      this.#problem('config', configText, r.ok ? null : r.message);
      if (r.ok) params = r.value;
    } else this.#problems.delete('config');
    if (presetText !== null) {
      const r = parsePreset(presetText);
      this.#problem('preset', presetText, r.ok ? null : r.message);
      if (r.ok && params === null) params = findPreset(r.value)!.params;
    } else this.#problems.delete('preset');
    const target = params ?? findPreset(DEFAULT_PRESET_ID)!.params;
    this.#apply((s) => {
      if (selectParams(s) !== target) s.restore({ value: s.lastValidValue, params: target, level: s.level });
    });
    this.#settleAuto();
  }

  #applyKernel(text: string | null) {
    this.#problems.delete('kernel');
    this.#kernel = null;
    if (text !== null && text.trim() !== '') {
      const r = parseKernel(text);
      if (!r.ok) {
        // The widget keeps decoding for the kernel it had; the alert says why.
        this.#problem('kernel', text, r.message);
        return;
      }
      this.#kernel = r.value;
      this.#apply((s) => s.setKernel(r.value.input));
      // An explicit kernel is read on the attributes' host, not on one auto picked earlier.
      this.#applyHost();
      return;
    }
    this.#settleAuto();
  }

  /** A valid `kernel`, `preset` or `config` attribute: the page chose the layout itself. */
  #explicitChoice(): boolean {
    const kernel = this.getAttribute('kernel');
    const preset = this.getAttribute('preset');
    const config = this.getAttribute('config');
    return (
      (kernel !== null && kernel.trim() !== '' && parseKernel(kernel).ok) ||
      (preset !== null && parsePreset(preset).ok) ||
      (config !== null && parseConfig(config).ok)
    );
  }

  /**
   * Auto reads a `value` attribute when the page chose neither kernel nor host, as the
   * app does for a link without them; a kernel or host the reader picked in the widget
   * has turned auto off and is kept (decideAuto does nothing then).
   */
  #autoDecides(): boolean {
    return this.hasAttribute('value') && !this.#explicitChoice();
  }

  /**
   * After a `kernel`, `preset` or `config` attribute came or went: a page's choice turns
   * auto off (the kernel is the attribute's, else current); with none left, auto is back
   * and reads the value shown.
   */
  #settleAuto() {
    if (this.#explicitChoice()) {
      const kernel = this.#kernel?.input ?? 'current';
      this.#apply((s) => s.setKernel(kernel));
    } else this.#apply((s) => s.setKernelAuto(true));
  }

  #view(): EmbedView {
    const compact = parseFlag(this.getAttribute('compact'));
    return {
      name: parseLabel(this.getAttribute('label')) ?? `SPTE Inspector ${this.#number}`,
      compact,
      readonly: parseFlag(this.getAttribute('readonly')),
      panels: panelsFor(compact, this.#panels),
      // Attribute order, so messages do not jump around as they come and go.
      problems: EMBED_ATTRIBUTES.flatMap((a) => this.#problems.get(a) ?? []),
      kernel: this.#kernel,
    };
  }

  #render() {
    this.#root?.render(
      <StrictMode>
        <EmbedWidget store={this.#store} view={this.#view()} />
      </StrictMode>,
    );
  }

  /** The reader changed something: the attributes follow, so they always say what is shown. */
  #reflect(s: InspectorState, prev: InspectorState) {
    const fixed: EmbedAttribute[] = [];
    this.#reflecting = true;
    try {
      const hex = hex16(s.lastValidValue);
      if (s.lastValidValue !== prev.lastValidValue && this.getAttribute('value') !== hex) {
        this.setAttribute('value', hex);
        fixed.push('value');
      }
      if (s.level !== prev.level) {
        this.setAttribute('level', String(s.level));
        fixed.push('level');
      }
    } finally {
      this.#reflecting = false;
    }
    // Those attributes are valid now, whatever they said before.
    if (fixed.filter((a) => this.#problems.delete(a)).length > 0) this.#render();
  }

  #emitChange(s: InspectorState) {
    const d = selectDecoded(s);
    const detail: SpteChangeDetail = {
      value: hex16(s.lastValidValue),
      kind: d.cls.kind,
      findings: d.findings.map((f) => f.id),
      level: s.level,
      preset: selectPresetId(s),
    };
    this.dispatchEvent(
      new CustomEvent<SpteChangeDetail>('change', { detail, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spte-inspector': SpteInspectorElement;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME))
  customElements.define(TAG_NAME, SpteInspectorElement);
