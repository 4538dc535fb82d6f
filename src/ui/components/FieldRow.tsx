import { memo } from 'react';
import type { FieldRow as Row } from '../lib/views';
import { useInspectorStore } from '../store';
import { CATEGORY_STYLES } from '../theme/categories';
import { FieldEditor } from './FieldEditor';
import { mutedText } from './styles';

interface Props {
  row: Row;
  highlighted: boolean;
  readonly: boolean;
  compact: boolean;
}

/** One field: bit range, name and meaning, raw and decoded value (or an editor), symbol. */
export const FieldRow = memo(function FieldRow({ row, highlighted, readonly, compact }: Props) {
  const store = useInspectorStore();
  const field = { kind: 'field', id: row.id } as const;
  const quiet = row.category === 'unused' && row.raw === '0';
  return (
    <li
      data-field-id={row.id}
      data-highlighted={highlighted || undefined}
      onMouseEnter={() => store.getState().setHover(field)}
      onMouseLeave={() => store.getState().clearHover(field)}
      className={[
        'grid grid-cols-[3.75rem_minmax(0,1fr)] gap-x-3 gap-y-1 px-2 py-2 md:grid-cols-[4.25rem_minmax(0,1fr)_minmax(0,15rem)]',
        highlighted ? 'bg-blue-50 ring-2 ring-blue-600 ring-inset dark:bg-sky-950 dark:ring-sky-400' : '',
      ].join(' ')}
    >
      <div className="flex items-start gap-2">
        <span
          aria-hidden="true"
          className={`mt-1 h-3 w-1.5 shrink-0 rounded-full border ${CATEGORY_STYLES[row.category].swatch}`}
        />
        <span className="font-mono text-sm tabular-nums">
          <span className="sr-only">Bits </span>
          {row.range}
        </span>
      </div>
      <div className="min-w-0">
        <p className={`text-sm font-semibold ${quiet ? mutedText : ''}`}>
          {row.name}
          <span className={`ml-2 text-xs font-normal ${mutedText}`}>{row.categoryLabel}</span>
        </p>
        {!compact && <p className={`text-xs leading-snug ${mutedText}`}>{row.meaning}</p>}
        {row.symbol && <p className={`font-mono text-xs break-all ${mutedText}`}>{row.symbol}</p>}
      </div>
      <div className="col-start-2 min-w-0 md:col-start-3">
        <p className="font-mono text-sm break-words">
          <span className="sr-only">Raw </span>
          <span className="font-semibold">{row.raw}</span>
          {row.text !== row.raw && (
            <>
              <span className={mutedText}> · </span>
              <span className="sr-only">decoded </span>
              {row.text}
            </>
          )}
        </p>
        {row.editor !== null && !readonly && (
          <div className="mt-1">
            <FieldEditor row={row} readonly={readonly} />
          </div>
        )}
        {row.editorElsewhere && !readonly && (
          <p className={`text-xs ${mutedText}`}>Edit the whole generation at {row.editorElsewhere}.</p>
        )}
      </div>
    </li>
  );
});
