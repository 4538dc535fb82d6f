import { useState, type ReactNode } from 'react';
import { InspectorContext } from './context';
import { createInspectorStore, type InspectorStore } from './createInspectorStore';
import type { InspectorInit } from './types';

interface Props {
  /** Initial inputs for a store created here (read once, on mount). */
  initial?: InspectorInit;
  /** An existing store, e.g. one a custom element drives through its attributes (read once). */
  store?: InspectorStore;
  children: ReactNode;
}

/** Gives every component below it one inspector's store (one per instance, never global). */
export function InspectorProvider({ initial, store, children }: Props) {
  const [value] = useState(() => store ?? createInspectorStore(initial));
  return <InspectorContext.Provider value={value}>{children}</InspectorContext.Provider>;
}
