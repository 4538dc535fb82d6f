import { useInspector } from '../store';
import { selectWritable } from '../store/selectors';
import { Panel } from './Panel';
import { mutedText } from './styles';

const bit = (b: boolean) => (b ? '1' : '0');

/** The four legal Host-writable / MMU-writable / W states, with this value's row marked. */
export function WritableTable() {
  const w = useInspector(selectWritable);
  return (
    <Panel title="Writable state">
      <p className="text-sm">
        This SPTE: Host-writable <span className="font-mono font-semibold">{bit(w.h)}</span>, MMU-writable{' '}
        <span className="font-mono font-semibold">{bit(w.m)}</span>, W{' '}
        <span className="font-mono font-semibold">{bit(w.w)}</span>
      </p>
      {!w.applies ? (
        <p className={`mt-1 text-sm ${mutedText}`}>
          Not checked: the writable invariant applies to shadow-present leaf SPTEs only.
        </p>
      ) : w.violation ? (
        <p className="mt-1 rounded-md border border-red-300 bg-red-50 px-2 py-1 text-sm font-semibold text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
          Illegal combination: {w.violation}.
        </p>
      ) : null}
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr className={`text-left text-xs ${mutedText}`}>
            <th scope="col" className="py-1 pr-2 font-semibold" title="Host-writable">
              <abbr title="Host-writable">H</abbr>
            </th>
            <th scope="col" className="py-1 pr-2 font-semibold">
              <abbr title="MMU-writable">M</abbr>
            </th>
            <th scope="col" className="py-1 pr-2 font-semibold">
              <abbr title="Writable (bit 1)">W</abbr>
            </th>
            <th scope="col" className="py-1 font-semibold">
              State
            </th>
          </tr>
        </thead>
        <tbody>
          {w.rows.map((st, i) => {
            const current = w.applies && w.row === i;
            return (
              <tr
                key={st.name}
                aria-current={current ? 'true' : undefined}
                className={`border-t border-slate-200 align-top dark:border-slate-800 ${
                  current ? 'bg-emerald-50 dark:bg-emerald-950/60' : ''
                }`}
              >
                <td className="py-1.5 pr-2 font-mono">{bit(st.h)}</td>
                <td className="py-1.5 pr-2 font-mono">{bit(st.m)}</td>
                <td className="py-1.5 pr-2 font-mono">{bit(st.w)}</td>
                <td className="py-1.5">
                  <span className="font-medium">{st.name}</span>
                  {current && (
                    <span className="ml-2 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white dark:bg-emerald-300 dark:text-emerald-950">
                      this SPTE
                    </span>
                  )}
                  <span className={`block text-xs leading-snug ${mutedText}`}>{st.meaning}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Panel>
  );
}
