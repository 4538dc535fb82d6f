import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { hex16 } from '../../core';
import { kindInContext } from '../../core/infer/kind-in-context';
import { focusRing, mutedText } from '../components/styles';
import { SEVERITY_STYLES } from '../theme/categories';
import type { LogRow } from './process';

/** Every row has this height (two lines), so windowing is arithmetic. */
export const ROW_HEIGHT = 48;
const HEADER_HEIGHT = 32;
const OVERSCAN = 6;

/**
 * Two layouts in the same row height: wide, one column each and the log line under them;
 * narrow (phones), line / role / level / value over kind and worst finding.
 */
const COLUMNS =
  'grid grid-cols-[2.75rem_3rem_2.25rem_minmax(0,1fr)_2rem] items-center gap-x-2 px-2 @2xl:grid-cols-[3rem_3.25rem_2.75rem_9.5rem_8.5rem_minmax(10rem,1fr)_4.75rem]';
const AT = {
  line: 'col-start-1 row-start-1',
  role: 'col-start-2 row-start-1',
  level: 'col-start-3 row-start-1',
  value: 'col-start-4 row-start-1',
  kind: 'col-span-3 col-start-1 row-start-2 @2xl:col-span-1 @2xl:col-start-5 @2xl:row-start-1',
  worst: 'col-start-4 row-start-2 @2xl:col-start-6 @2xl:row-start-1',
  compare: 'col-start-5 row-span-2 row-start-1 @2xl:col-start-7 @2xl:row-span-1',
  // Narrow rows have no room for the log line: screen readers still get it.
  text: 'sr-only @2xl:not-sr-only @2xl:col-span-full @2xl:row-start-2',
};

const ROLE_STYLE: Record<LogRow['role'], string> = {
  spte: 'border-slate-400 text-slate-800 dark:border-slate-500 dark:text-slate-200',
  old: 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100',
  new: 'border-emerald-700 text-emerald-900 dark:border-emerald-400 dark:text-emerald-100',
};

interface RowProps {
  row: LogRow;
  index: number;
  id: string;
  active: boolean;
  compared: boolean;
  onOpen: (index: number) => void;
  onActivate: (index: number) => void;
  onToggleCompare: (index: number) => void;
}

const Row = memo(function Row({
  row,
  index,
  id,
  active,
  compared,
  onOpen,
  onActivate,
  onToggleCompare,
}: RowProps) {
  const worst = row.worst;
  const kind = kindInContext(row.kind, row.context);
  return (
    <div
      role="row"
      id={id}
      aria-rowindex={index + 2}
      data-line={row.line}
      data-role={row.role}
      data-active={active || undefined}
      onClick={() => onOpen(index)}
      onMouseDown={() => onActivate(index)}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      className={`${COLUMNS} absolute inset-x-0 cursor-pointer grid-rows-[1.5rem_1rem] border-b border-slate-100 text-xs dark:border-slate-800 ${
        active
          ? 'bg-blue-50 -outline-offset-2 outline-blue-700 group-focus:outline-2 dark:bg-sky-950 dark:outline-sky-400'
          : compared
            ? 'bg-amber-50 dark:bg-amber-950/50'
            : 'hover:bg-slate-50 dark:hover:bg-slate-800/60'
      }`}
    >
      <span role="gridcell" className={`${AT.line} font-mono font-semibold tabular-nums`}>
        <span className="sr-only">line </span>
        {row.line}
      </span>
      <span role="gridcell" className={AT.role}>
        <span className={`rounded border px-1 font-mono text-[11px] ${ROLE_STYLE[row.role]}`}>
          {row.role}
        </span>
      </span>
      <span role="gridcell" className={`${AT.level} font-mono tabular-nums`}>
        {row.level === null ? (
          <>
            <span aria-hidden="true" className={mutedText}>
              –
            </span>
            <span className="sr-only">no level (read at {row.at})</span>
          </>
        ) : (
          <>
            <span className="sr-only">level </span>
            {row.level}
          </>
        )}
      </span>
      <span role="gridcell" className={`${AT.value} font-mono`}>
        {hex16(row.value)}
      </span>
      <span role="gridcell" className={`${AT.kind} truncate`} title={kind.note ?? undefined}>
        {kind.label}
        {kind.note !== null && <span className="sr-only"> ({kind.note})</span>}
      </span>
      <span role="gridcell" className={`${AT.worst} flex min-w-0 items-center gap-1.5`}>
        {worst ? (
          <>
            <span
              className={`shrink-0 rounded px-1 text-[10px] font-bold uppercase ${SEVERITY_STYLES[worst.severity].badge}`}
            >
              {worst.severity}
            </span>
            <span className="truncate" title={`${worst.id} ${worst.title}`}>
              <span className="font-mono">{worst.id}</span> {worst.title}
            </span>
          </>
        ) : (
          <span className={mutedText}>no problems</span>
        )}
      </span>
      <span role="gridcell" className={`${AT.compare} flex justify-center`}>
        <input
          type="checkbox"
          tabIndex={-1}
          checked={compared}
          aria-label={`Compare line ${row.line} ${row.role}`}
          onClick={(e) => e.stopPropagation()}
          onChange={() => onToggleCompare(index)}
          className="size-4 cursor-pointer accent-blue-700 dark:accent-sky-400"
        />
      </span>
      <span
        role="gridcell"
        className={`${AT.text} truncate font-mono text-[11px] ${mutedText}`}
        title={row.text}
      >
        <span className="sr-only">log line: </span>
        {row.text}
      </span>
    </div>
  );
});

interface Props {
  rows: readonly LogRow[];
  /** Rows that have arrived (rows.length, passed so the list re-renders as it grows). */
  count: number;
  active: number;
  compare: readonly number[];
  onActive: (index: number) => void;
  onOpen: (index: number) => void;
  onToggleCompare: (index: number) => void;
  idPrefix: string;
  labelledBy: string;
  describedBy: string;
}

/**
 * Every SPTE of the log in one keyboard-accessible grid, windowed: only the rows in view
 * (plus a few) are in the DOM, each at index × ROW_HEIGHT. Focus stays on the grid;
 * aria-activedescendant names the active row. Arrows, Page Up/Down, Home/End move; Enter
 * (or a click) opens the row in the inspector; Space toggles its Compare box.
 */
export function LogList({
  rows,
  count,
  active,
  compare,
  onActive,
  onOpen,
  onToggleCompare,
  idPrefix,
  labelledBy,
  describedBy,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const rowId = (i: number) => `${idPrefix}-row-${i}`;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // A new log starts at the top.
  useEffect(() => {
    if (count === 0 && ref.current) ref.current.scrollTop = 0;
  }, [count]);

  const view = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  /** Scroll so row `i` is fully visible under the sticky header. */
  const reveal = (i: number) => {
    const el = ref.current;
    if (!el) return;
    const top = i * ROW_HEIGHT;
    const bottom = top + ROW_HEIGHT;
    const visible = el.clientHeight - HEADER_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + visible) el.scrollTop = bottom - visible;
  };

  const move = (i: number) => {
    const next = Math.max(0, Math.min(count - 1, i));
    onActive(next);
    reveal(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + view),
      PageUp: () => move(active - view),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => onOpen(active),
      ' ': () => onToggleCompare(active),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };

  const items = [];
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (!row) break;
    items.push(
      <Row
        key={i}
        row={row}
        index={i}
        id={rowId(i)}
        active={i === active}
        compared={compare.includes(i)}
        onOpen={onOpen}
        onActivate={onActive}
        onToggleCompare={onToggleCompare}
      />,
    );
  }

  return (
    <div
      ref={ref}
      role="grid"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={count + 1}
      aria-colcount={8}
      aria-activedescendant={count > 0 && active < count ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      className={`group @container relative h-[min(28rem,60vh)] overflow-auto rounded-lg border border-slate-200 dark:border-slate-700 ${focusRing}`}
    >
      <div>
        <div
          role="row"
          aria-rowindex={1}
          style={{ height: HEADER_HEIGHT }}
          className={`${COLUMNS} sticky top-0 z-10 border-b border-slate-300 bg-slate-100 text-xs font-semibold text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200`}
        >
          <span role="columnheader" className={AT.line}>
            Line
          </span>
          <span role="columnheader" className={AT.role}>
            Role
          </span>
          <span role="columnheader" className={AT.level}>
            Level
          </span>
          <span role="columnheader" className={AT.value}>
            Value
          </span>
          <span role="columnheader" className="sr-only @2xl:not-sr-only @2xl:col-start-5 @2xl:row-start-1">
            Kind
          </span>
          <span role="columnheader" className="sr-only @2xl:not-sr-only @2xl:col-start-6 @2xl:row-start-1">
            Worst finding
          </span>
          <span role="columnheader" className="col-start-5 row-start-1 @2xl:col-start-7">
            <span className="sr-only @2xl:not-sr-only">Compare</span>
          </span>
          <span role="columnheader" className="sr-only">
            Log line
          </span>
        </div>
        <div style={{ height: count * ROW_HEIGHT }} className="relative">
          {items}
        </div>
      </div>
    </div>
  );
}
