/**
 * Types of "spte-inspector/element": importing it registers <spte-inspector> (in a
 * browser; in Node it only defines the class, so server-side rendering can import it).
 * Written by hand: the element's React internals are not part of its interface.
 */

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

/** The element's attributes, as markup writes them. */
export interface SpteInspectorAttributes {
  /** The SPTE: hex (0x…), decimal or binary, as the page accepts it. */
  value?: string;
  /** Host preset id, e.g. "ept-ad", "npt", "shadow". */
  preset?: string;
  /** JSON host parameters or a configs.json entry (wins over preset). */
  config?: string;
  /** Page-table level 1–5. */
  level?: string | number;
  /** Kernel version the value came from, e.g. "6.6", "5.15.0-91-generic", "current". */
  kernel?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Panels to show, comma-separated. */
  fields?: string;
  /** Accessible name (default "SPTE Inspector N"). */
  label?: string;
  compact?: boolean;
  readonly?: boolean;
}

export declare const TAG_NAME: 'spte-inspector';

export declare class SpteInspectorElement extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** The value being decoded, as 0x + 16 hex digits; setting it sets the attribute. */
  get value(): string;
  set value(v: string);
  addEventListener<K extends keyof SpteInspectorEventMap>(
    type: K,
    listener: (this: SpteInspectorElement, ev: SpteInspectorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export interface SpteInspectorEventMap extends HTMLElementEventMap {
  change: CustomEvent<SpteChangeDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'spte-inspector': SpteInspectorElement;
  }
}
