import { memo } from 'react';
import type { FindingView } from '../lib/views';
import { useInspectorStore } from '../store';
import { SEVERITY_STYLES } from '../theme/categories';
import { buttonBase, mutedText } from './styles';

/** One finding: severity in words, stable id, title, explanation and its bits. */
export const FindingItem = memo(function FindingItem({
  f,
  pinned,
  dense = false,
}: {
  f: FindingView;
  pinned: boolean;
  /** Clip the explanation to two lines (its full text is the tooltip and stays in the page). */
  dense?: boolean;
}) {
  const store = useInspectorStore();
  const style = SEVERITY_STYLES[f.severity];
  return (
    <li
      data-finding-id={f.id}
      data-severity={f.severity}
      className={`rounded-lg border px-3 py-2 ${style.card}`}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={`rounded px-1.5 py-0.5 text-xs font-bold tracking-wide uppercase ${style.badge}`}>
          {f.severityLabel}
        </span>
        <span className="font-mono text-xs font-semibold">{f.id}</span>
        <span className="text-sm font-semibold">{f.title}</span>
      </div>
      <p
        className={`mt-1 text-sm leading-snug ${dense ? 'line-clamp-2' : ''}`}
        title={dense ? f.explanation : undefined}
      >
        {f.explanation}
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
        <span className={`font-mono text-xs break-all ${mutedText}`}>{f.kernel}</span>
        {f.bits.length > 0 ? (
          <button
            type="button"
            aria-pressed={pinned}
            onClick={() => store.getState().togglePin({ kind: 'finding', id: f.id })}
            className={`${buttonBase} px-2 py-1 text-xs`}
          >
            Highlight {f.bitsLabel}
            <span className="sr-only"> ({f.id})</span>
          </button>
        ) : (
          <span className={`text-xs ${mutedText}`}>No specific bits</span>
        )}
      </div>
    </li>
  );
});
