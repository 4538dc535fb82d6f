export { createInspectorStore, configFor, DEFAULT_VALUE, type InspectorStore } from './createInspectorStore';
export { InspectorProvider } from './InspectorProvider';
export { useInspector, useInspectorStore } from './context';
export type * from './types';
