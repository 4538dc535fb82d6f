import { hex16 } from '../../core';
import { kindInContext } from '../../core/infer/kind-in-context';
import { buttonBase, mutedText } from '../components/styles';
import { SEVERITY_STYLES } from '../theme/categories';
import type { LogRow } from './process';

const LEVEL_NAMES: Record<number, string> = { 1: 'PTE', 2: 'PDE', 3: 'PDPTE', 4: 'PML4E', 5: 'PML5E' };

interface Props {
  /** The walk's rows, in log order. */
  entries: readonly { row: LogRow; index: number }[];
  position: number;
  total: number;
  onMove: (position: number) => void;
  onOpen: (index: number) => void;
}

/**
 * One hierarchy dump, root to leaf, each level decoded at its own level (non-leaf vs
 * leaf, that level's reserved bits). Levels with an error finding are marked broken, in
 * words as well as in colour.
 */
export function WalkView({ entries, position, total, onMove, onOpen }: Props) {
  const levels = [...entries].sort((a, b) => b.row.at - a.row.at);
  const broken = levels.filter((e) => e.row.errors > 0);
  const lines = entries.map((e) => e.row.line);
  const from = Math.min(...lines);
  const to = Math.max(...lines);

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold">
          Walk {position + 1} of {total}
          <span className={`font-normal ${mutedText}`}>
            {' '}
            · {from === to ? `line ${from}` : `lines ${from}–${to}`}
          </span>
        </p>
        {total > 1 && (
          <div className="flex gap-2">
            <button
              type="button"
              className={`${buttonBase} px-2 py-1 text-xs`}
              disabled={position === 0}
              onClick={() => onMove(position - 1)}
            >
              Previous walk
            </button>
            <button
              type="button"
              className={`${buttonBase} px-2 py-1 text-xs`}
              disabled={position === total - 1}
              onClick={() => onMove(position + 1)}
            >
              Next walk
            </button>
          </div>
        )}
      </div>
      <p className="mt-1 text-sm" data-testid="walk-summary">
        {broken.length === 0
          ? 'No level has an error.'
          : `Broken at level ${broken.map((b) => b.row.at).join(', ')}: ${broken[0]!.row.worst?.title ?? 'error'}.`}
      </p>
      <ol aria-label="Walk, root to leaf" className="mt-2 flex flex-col">
        {levels.map(({ row, index }, i) => {
          const bad = row.errors > 0;
          return (
            <li key={index} data-level={row.at} data-broken={bad || undefined}>
              {i > 0 && (
                <span aria-hidden="true" className={`block pl-5 text-xs leading-4 ${mutedText}`}>
                  ↓
                </span>
              )}
              <div
                className={`grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 gap-y-0.5 rounded-lg border px-2.5 py-1.5 text-xs ${
                  bad
                    ? 'border-2 border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/60'
                    : 'border-slate-200 dark:border-slate-700'
                }`}
              >
                <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-0.5">
                  <span className="font-semibold">
                    Level {row.at} <span className={`font-normal ${mutedText}`}>{LEVEL_NAMES[row.at]}</span>
                  </span>
                  <span className="font-mono">{hex16(row.value)}</span>
                  <span title={kindInContext(row.kind, row.context).note ?? undefined}>
                    {kindInContext(row.kind, row.context).label}
                  </span>
                  {bad && (
                    <span className="rounded bg-red-700 px-1.5 py-0.5 text-[10px] font-bold text-white uppercase dark:bg-red-300 dark:text-red-950">
                      broken
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className={`${buttonBase} row-span-2 px-2 py-0.5 text-xs`}
                  onClick={() => onOpen(index)}
                  aria-label={`Open level ${row.at} (line ${row.line}) in the inspector`}
                >
                  Open
                </button>
                {row.worst ? (
                  <p className="min-w-0">
                    <span
                      className={`mr-1 rounded px-1 text-[10px] font-bold uppercase ${SEVERITY_STYLES[row.worst.severity].badge}`}
                    >
                      {row.worst.severity}
                    </span>
                    <span className="font-mono">{row.worst.id}</span> {row.worst.title}
                  </p>
                ) : (
                  <p className={mutedText}>no problems</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
