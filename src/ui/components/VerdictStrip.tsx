import { useRef } from 'react';
import { useInspector, useInspectorStore } from '../store';
import { selectVerdict, selectWritableFixes } from '../store/verdictSelectors';
import { SEVERITY_STYLES } from '../theme/categories';
import { buttonBase, mutedText } from './styles';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * The verdict right under the cells, so a toggle's effect is seen where it was made: the
 * kind, the H/M/W state, the worst problems with their IDs, and a one-click legal
 * neighbour for an illegal writable state. A polite live region says the same in words.
 */
export function VerdictStrip({ readonly = false }: { readonly?: boolean }) {
  const store = useInspectorStore();
  const v = useInspector(selectVerdict);
  const fixes = useInspector(selectWritableFixes);
  const self = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={self}
      tabIndex={-1}
      role="group"
      aria-label="Verdict"
      data-ok={v.ok || undefined}
      className={`mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 rounded-lg border px-3 py-1.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${
        v.ok
          ? 'border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/60'
          : v.worst[0]?.severity === 'error'
            ? 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/60'
            : 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/60'
      }`}
    >
      {/* A live region without role="status", so the page's own status lines stay unique. */}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {v.announcement}
      </p>
      <span className="font-semibold">{v.kind}</span>
      <span className="font-mono text-xs" title="Host-writable · MMU-writable · W (bit 1)">
        {v.hmw}
        {v.state && (
          <span
            className={`ml-1 font-sans ${v.illegal ? 'font-semibold text-red-800 dark:text-red-200' : mutedText}`}
          >
            {v.illegal ? '— illegal' : `— ${v.state}`}
          </span>
        )}
      </span>
      {v.ok ? (
        <span className={mutedText}>No problems</span>
      ) : (
        <ul aria-label="Worst findings" className="flex min-w-0 flex-wrap gap-x-3 gap-y-1">
          {v.worst.map((f) => (
            <li key={f.id} className="flex min-w-0 items-center gap-1.5">
              <span className={`rounded px-1.5 text-xs font-semibold ${SEVERITY_STYLES[f.severity].badge}`}>
                {SEVERITY_WORD[f.severity]}
              </span>
              <span className="font-mono text-xs">{f.id}</span>
              <span className="min-w-0">{f.title}</span>
            </li>
          ))}
          {v.more > 0 && <li className={mutedText}>and {v.more} more below</li>}
        </ul>
      )}
      {!readonly && fixes.length > 0 && (
        <span className="ml-auto flex flex-wrap gap-1.5">
          {fixes.map((f) => (
            <button
              key={f.label}
              type="button"
              title={`Gives the legal state "${f.state}"; one undo step`}
              onClick={() => {
                store.getState().setValue(f.value);
                self.current?.focus();
              }}
              className={`${buttonBase} min-h-6 px-2 py-0.5 text-xs`}
            >
              {f.label}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}
