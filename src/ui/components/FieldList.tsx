import { useInspector } from '../store';
import { selectFieldRows, selectHoverFieldId } from '../store/selectors';
import { FieldRow } from './FieldRow';
import { Panel } from './Panel';

export function FieldList({ readonly = false, compact = false }: { readonly?: boolean; compact?: boolean }) {
  const rows = useInspector(selectFieldRows);
  const hovered = useInspector(selectHoverFieldId);
  return (
    <Panel title="Fields">
      <ol aria-label="Fields, bit 63 first" className="-mx-2 divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((r) => (
          <FieldRow key={r.id} row={r} highlighted={hovered === r.id} readonly={readonly} compact={compact} />
        ))}
      </ol>
    </Panel>
  );
}
