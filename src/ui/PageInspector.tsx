import { Suspense, lazy } from 'react';
import type { LowerPanelsProps } from './InspectorPanels';
import { InspectorShell, type InspectorShellProps } from './InspectorShell';

// Everything below the first screen (fields with editors, writable control, predicates,
// the kernel panel) loads after the first screen is shown, keeping the first download small.
const InspectorPanels = lazy(() => import('./InspectorPanels'));

function LazyPanels(props: LowerPanelsProps) {
  return (
    <Suspense fallback={null}>
      <InspectorPanels {...props} />
    </Suspense>
  );
}

/** The full page's inspector: the one-screen layout, with the lower panels on demand. */
export function PageInspector(props: Omit<InspectorShellProps, 'layout'>) {
  return <InspectorShell {...props} layout="page" Lower={LazyPanels} />;
}
