/** Options shared by the full app and the embeddable <spte-inspector> element. */

/** Every panel, in page order; `panels` picks a subset. */
export const ALL_PANELS: readonly string[] = [
  'input',
  'config',
  'history',
  'copy',
  'grid',
  'kind',
  'findings',
  'fields',
  'writable',
  'predicates',
];

export interface InspectorOptions {
  /** Tighter spacing, one column, no legend or field meanings (for docs pages). */
  compact?: boolean;
  /** Show the value without letting the reader change it. */
  readonly?: boolean;
  /** Which panels to show (names from ALL_PANELS); all by default. */
  panels?: readonly string[];
}
