import { useInspector } from '../store';
import { selectPredicateRows } from '../lib/predicateRows';
import { Panel } from './Panel';
import { mutedText } from './styles';

/** Every kernel predicate and extractor, with its result and whether its precondition holds. */
export function PredicatesPanel() {
  const rows = useInspector(selectPredicateRows);
  return (
    <Panel title="Predicates">
      <ul className="-mx-1 divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {rows.map((r) => (
          <li key={r.name} className="px-1 py-1.5" data-precondition={r.precondition}>
            <div className="flex items-baseline justify-between gap-3">
              <span className={`min-w-0 font-mono text-xs break-all ${r.precondition ? '' : mutedText}`}>
                {r.name}
              </span>
              <span
                className={`shrink-0 font-mono text-xs ${
                  r.truth === true
                    ? 'font-bold text-emerald-800 dark:text-emerald-300'
                    : r.truth === false
                      ? 'text-slate-700 dark:text-slate-300'
                      : 'text-slate-900 dark:text-slate-100'
                }`}
              >
                {r.result}
              </span>
            </div>
            {r.note && <p className={`mt-0.5 text-xs leading-snug ${mutedText}`}>{r.note}</p>}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
