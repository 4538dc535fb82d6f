import { useInspector } from '../store';
import { selectKind } from '../store/selectors';
import { Panel } from './Panel';
import { mutedText } from './styles';

/** What kind of SPTE this is (the layout follows it), and every classification flag. */
export function KindPanel() {
  const kind = useInspector(selectKind);
  return (
    <Panel title="Kind">
      <p className="text-lg font-semibold" data-testid="kind-summary">
        {kind.summary}
      </p>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-xs">
        {kind.flags.map((f) => (
          <li
            key={f.name}
            className={`rounded-full border px-2 py-0.5 ${
              f.value
                ? 'border-slate-400 bg-slate-100 font-semibold text-slate-900 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100'
                : `border-slate-200 dark:border-slate-700 ${mutedText}`
            }`}
          >
            {f.name}: {f.value ? 'yes' : 'no'}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
