/**
 * A name for one inspector among several on a page (the <spte-inspector> element and the
 * iframe mode set it; the app does not). Landmark names get it appended — "Bits (Frozen
 * NPT entry)" — so two widgets never expose two identical "Bits" regions.
 */

import { createContext, useContext } from 'react';

export const InstanceNameContext = createContext<string | null>(null);

/** The accessible name for a landmark titled `title`, or undefined when there is no instance name. */
export function useLandmarkName(title: string): string | undefined {
  const name = useContext(InstanceNameContext);
  return name ? `${title} (${name})` : undefined;
}
