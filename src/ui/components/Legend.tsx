import { useInspector } from '../store';
import { selectLegend } from '../store/selectors';
import { CATEGORY_STYLES } from '../theme/categories';
import { mutedText } from './styles';

/** Names every colour used in the current layout, plus how set and clear bits look. */
export function Legend() {
  const items = useInspector(selectLegend);
  return (
    <div className="mt-3 flex first:mt-0 flex-wrap items-center gap-x-4 gap-y-1.5 text-xs">
      <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
        {items.map((i) => (
          <li key={i.category} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`size-3 rounded-sm border ${CATEGORY_STYLES[i.category].swatch}`}
            />
            {i.label}
          </li>
        ))}
      </ul>
      <p className={`flex items-center gap-1 ${mutedText}`}>
        <span className="rounded-sm border border-slate-400 px-1 font-mono font-bold">1</span> set (strong
        shade)
        <span className="ml-2 rounded-sm border border-slate-300 px-1 font-mono dark:border-slate-600">
          0
        </span>{' '}
        clear
      </p>
    </div>
  );
}
