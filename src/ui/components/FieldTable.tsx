import { useInspector, useInspectorStore } from '../store';
import { selectFieldRows, selectHoverFieldId } from '../store/selectors';
import { CATEGORY_STYLES } from '../theme/categories';
import { Panel } from './Panel';
import { mutedText } from './styles';

/**
 * Every field on one line (bits, name, reading), so the whole value fits beside the grid
 * on one screen. Hovering a row lights its bits; the full rows with editors are below.
 */
export function FieldTable() {
  const store = useInspectorStore();
  const rows = useInspector(selectFieldRows);
  const hovered = useInspector(selectHoverFieldId);
  return (
    <Panel title="Field summary">
      <table className="-mx-1 w-[calc(100%+0.5rem)] table-fixed border-collapse text-xs">
        <caption className="sr-only">Fields, bit 63 first: bits, name and value</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Bits</th>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const field = { kind: 'field', id: r.id } as const;
            const quiet = r.category === 'unused' && r.raw === '0';
            return (
              <tr
                key={r.id}
                data-field-id={r.id}
                data-highlighted={hovered === r.id || undefined}
                onMouseEnter={() => store.getState().setHover(field)}
                onMouseLeave={() => store.getState().clearHover(field)}
                className={`${
                  hovered === r.id ? 'bg-blue-50 dark:bg-sky-950' : ''
                } ${quiet ? mutedText : ''}`}
              >
                <td className="w-16 py-px leading-4 pl-1 font-mono whitespace-nowrap tabular-nums">
                  <span
                    aria-hidden="true"
                    className={`mr-1.5 inline-block h-2.5 w-1.5 rounded-full border align-[-1px] ${CATEGORY_STYLES[r.category].swatch}`}
                  />
                  {r.range}
                </td>
                <td className="truncate py-px leading-4 font-semibold" title={r.meaning}>
                  {r.name}
                </td>
                <td className="truncate py-px leading-4 pr-1 text-right font-mono" title={r.text}>
                  {r.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}
