/** The React side of the store: a context per inspector and hooks to read it. */

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { InspectorStore } from './createInspectorStore';
import type { InspectorState } from './types';

export const InspectorContext = createContext<InspectorStore | null>(null);

/** The store of the nearest <InspectorProvider>, for effects and event handlers. */
export function useInspectorStore(): InspectorStore {
  const store = useContext(InspectorContext);
  if (!store) throw new Error('SPTE Inspector components must be inside <InspectorProvider>.');
  return store;
}

/** Subscribe to one slice; pass a module-scope selector from selectors.ts. */
export function useInspector<T>(selector: (s: InspectorState) => T): T {
  return useStore(useInspectorStore(), selector);
}
