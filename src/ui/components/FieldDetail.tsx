import { useInspector } from '../store';
import { selectHoverField } from '../store/selectors';
import { mutedText } from './styles';

/** The hovered or focused bit's field in one line, with space reserved so nothing jumps. */
export function FieldDetail({ readonly = false }: { readonly?: boolean }) {
  const row = useInspector(selectHoverField);
  return (
    <div className="mt-2 h-[4.5lh] first:mt-0 overflow-hidden rounded-lg bg-slate-50 px-3 py-2 text-sm leading-snug sm:h-[3.25lh] dark:bg-slate-800/60">
      {row ? (
        <>
          <p className="truncate">
            <span className="font-mono">Bits {row.range}</span> · <strong>{row.name}</strong> ={' '}
            <span className="font-mono">{row.text}</span>
            {row.symbol && <span className={`font-mono ${mutedText}`}> · {row.symbol}</span>}
          </p>
          <p className={`line-clamp-2 ${mutedText}`}>{row.meaning}</p>
        </>
      ) : (
        <p className={mutedText}>
          {readonly
            ? 'Read-only: this value cannot be changed here. Hover or focus a bit to see its field; arrow keys move, Home and End jump to bit 63 and bit 0.'
            : 'Hover or focus a bit to see its field. Click, Space or Enter toggles a bit; arrow keys move, Home and End jump to bit 63 and bit 0.'}
        </p>
      )}
    </div>
  );
}
