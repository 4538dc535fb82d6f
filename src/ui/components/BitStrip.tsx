import { useMemo } from 'react';
import type { StripCell } from '../lib/compareView';
import { lanesFromLabels } from '../lib/lanes';
import { stripRowStarts } from '../lib/laneRows';
import { FieldLanes } from './FieldLanes';
import { CATEGORY_STYLES } from '../theme/categories';
import { mutedText } from './styles';

export interface StripRow {
  /** Short row label shown at each byte ("old", "new"); omitted for a single row. */
  label: string;
  /** 64 cells, bit 63 first. */
  cells: readonly StripCell[];
}

/**
 * Read-only bits, 63 to 0, in byte groups that wrap with the container (8, 4 or 2 per
 * line). Several rows (old / new) are stacked inside each byte so the same bit always
 * sits in the same column. Marked bits get a thick outline and a bar under the cell, not
 * colour alone; the caller says in text which bits are marked (cells are decorative).
 */
export function BitStrip({ rows, label }: { rows: readonly StripRow[]; label: string }) {
  const many = rows.length > 1;
  // The fields are named after the first row (for "old / new", the old value's layout).
  const first = rows[0]?.cells;
  const lanes = useMemo(() => (first ? lanesFromLabels(first) : []), [first]);
  return (
    <div className="@container" role="img" aria-label={label}>
      <div className="-mx-1 flex flex-wrap">
        {Array.from({ length: 8 }, (_, byte) => {
          const hi = 63 - byte * 8;
          return (
            <div key={byte} className="basis-1/2 px-1 py-1 @xl:basis-1/4 @5xl:basis-1/8">
              <div
                className={`flex justify-between font-mono text-[10px] leading-none ${mutedText} ${many ? 'pl-7' : ''}`}
              >
                <span>{hi}</span>
                <span>{hi - 7}</span>
              </div>
              {lanes[byte] && (
                <div className={`mt-0.5 ${many ? 'pl-7' : ''}`}>
                  <FieldLanes
                    spans={lanes[byte]}
                    label={`Fields over bits ${hi} to ${hi - 7}`}
                    rowStarts={stripRowStarts}
                    flat
                  />
                </div>
              )}
              {rows.map((row) => (
                <div key={row.label} className="mt-0.5 flex items-center gap-px">
                  {many && (
                    <span className={`w-7 shrink-0 pr-1 text-right text-[10px] leading-none ${mutedText}`}>
                      {row.label}
                    </span>
                  )}
                  {row.cells.slice(byte * 8, byte * 8 + 8).map((c) => {
                    const style = CATEGORY_STYLES[c.category];
                    return (
                      <span
                        key={c.bit}
                        title={c.label}
                        data-bit={c.bit}
                        data-marked={c.marked || undefined}
                        className={[
                          'relative flex h-7 min-w-0 flex-1 items-center justify-center rounded-[3px] border font-mono text-xs',
                          c.set ? `${style.set} font-bold` : style.clear,
                          c.marked
                            ? 'z-10 outline-2 outline-offset-0 outline-slate-950 after:absolute after:inset-x-0.5 after:-bottom-1 after:h-0.5 after:rounded-full after:bg-slate-950 dark:outline-white dark:after:bg-white'
                            : '',
                        ].join(' ')}
                      >
                        {c.set ? '1' : '0'}
                      </span>
                    );
                  })}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
