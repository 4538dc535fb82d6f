/**
 * Types of "spte-inspector/react": the same module as "spte-inspector/element" (importing
 * it registers <spte-inspector>), plus the JSX declaration React needs to accept the tag:
 *
 *   import 'spte-inspector/react';
 *   <spte-inspector value="0x8600000123456b77" preset="ept-ad" compact />
 *
 * Separate from ./element so that projects without React's types never see `react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SpteInspectorAttributes, SpteInspectorElement } from './element.js';

export * from './element.js';

/** Props of <spte-inspector> in JSX: its attributes plus the usual HTML ones. */
export type SpteInspectorProps = DetailedHTMLProps<
  HTMLAttributes<SpteInspectorElement>,
  SpteInspectorElement
> &
  SpteInspectorAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'spte-inspector': SpteInspectorProps;
    }
  }
}
