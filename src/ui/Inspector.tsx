import InspectorPanels from './InspectorPanels';
import { InspectorShell, type InspectorShellProps } from './InspectorShell';

/**
 * The inspector with every panel loaded up front: what the embed and tests render (the
 * element is one file, and a widget shows all its panels at once).
 */
export function Inspector(props: InspectorShellProps) {
  return <InspectorShell {...props} Lower={InspectorPanels} />;
}
