import type { ReactNode } from 'react';
import { FieldList } from './components/FieldList';
import { FindingsPanel } from './components/FindingsPanel';
import { KindPanel } from './components/KindPanel';
import { PredicatesPanel } from './components/PredicatesPanel';
import { WritableTable } from './components/WritableTable';

export interface LowerPanelsProps {
  compact: boolean;
  readonly: boolean;
  panels: readonly string[];
  /** The full page's layout: findings are already on the first screen. */
  page: boolean;
  aside?: ReactNode;
}

/**
 * The inspector's panels below the first screen: kind, the fields with their editors, the
 * writable-state control, predicates and whatever the page puts aside (its kernel panel).
 * A module of its own so the full page can load it after the first screen is shown.
 */
export default function InspectorPanels({ compact, readonly, panels, page, aside }: LowerPanelsProps) {
  const show = (p: string) => panels.includes(p);
  const gap = compact ? 'gap-3' : 'gap-4';
  return (
    <div
      className={`grid ${gap} ${compact ? '' : 'lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]'} lg:items-start`}
    >
      <div className={`flex min-w-0 flex-col ${gap}`}>
        {show('kind') && <KindPanel />}
        {!page && show('findings') && <FindingsPanel />}
        {show('fields') && <FieldList readonly={readonly} compact={compact} />}
      </div>
      <div className={`flex min-w-0 flex-col ${gap}`}>
        {aside}
        {show('writable') && <WritableTable readonly={readonly} />}
        {show('predicates') && <PredicatesPanel />}
      </div>
    </div>
  );
}
