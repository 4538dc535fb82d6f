import type { LaneSpan } from '../lib/lanes';
import type { RowStartRule } from '../lib/laneRows';
import { CATEGORY_STYLES } from '../theme/categories';

/**
 * The byte's nine columns: four cells, a 2 px spacer, four cells, with 1 px gaps. With a
 * nibble gap of 4 px between flex cells this lines up exactly with the cells below.
 */
export const BYTE_COLUMNS = 'grid grid-cols-[repeat(4,minmax(0,1fr))_2px_repeat(4,minmax(0,1fr))] gap-x-px';

/** Diagonal stripes: unused bits have no name, so their lane gets a pattern instead. */
const HATCH =
  'bg-[repeating-linear-gradient(135deg,currentColor_0_2px,transparent_2px_4px)] text-slate-500 dark:text-slate-400';

/** Eight equal columns with 1 px gaps: the comparison strips, which have no nibble gap. */
const FLAT_COLUMNS = 'grid grid-cols-8 gap-x-px';

/** Grid column of cell `i` (0 = the byte's highest bit), 1-based, skipping the spacer. */
const column = (i: number, flat: boolean): number => (flat || i < 4 ? i + 1 : i + 2);

/**
 * One byte's field lanes: each field's name over its cells, with a bar in the field's
 * colour; unused bits get a hatched bar instead of a name (a cue that is not colour).
 * A list, so a screen reader can read a byte's fields; the cells carry full names too.
 */
export function FieldLanes({
  spans,
  label,
  rowStarts,
  highlightName = null,
  flat = false,
}: {
  /** The cells below sit in eight equal columns (no nibble gap). */
  flat?: boolean;
  spans: readonly LaneSpan[];
  label: string;
  rowStarts: RowStartRule;
  /** The field being hovered or focused, whose lane is emphasised. */
  highlightName?: string | null;
}) {
  return (
    <ul aria-label={label} className={`${flat ? FLAT_COLUMNS : BYTE_COLUMNS} mb-0.5`}>
      {spans.map((s) => {
        const unused = s.category === 'unused';
        const hideText = s.continued ? rowStarts(s.bytePos) : '';
        const hot = highlightName === s.name;
        return (
          <li
            key={s.hi}
            title={`${s.name}, ${s.hi === s.lo ? `bit ${s.hi}` : `bits ${s.hi}–${s.lo}`}`}
            data-lane={s.name}
            style={{ gridColumn: `${column(s.start, flat)} / ${column(s.start + s.width - 1, flat) + 1}` }}
            className="flex min-w-0 flex-col justify-end"
          >
            <span className="sr-only">{s.name}</span>
            <span
              aria-hidden="true"
              className={`block h-3.5 truncate px-px text-center text-[10px] leading-3.5 ${
                hot ? 'font-bold' : 'font-semibold'
              } ${unused ? 'text-slate-500 dark:text-slate-400' : 'text-slate-800 dark:text-slate-200'} ${hideText}`}
            >
              {s.continued && s.text !== '' ? `…${s.text}` : s.text}
            </span>
            <span
              aria-hidden="true"
              className={`mx-px block rounded-full ${hot ? 'h-1.5' : 'h-1'} ${
                unused ? HATCH : CATEGORY_STYLES[s.category].lane
              }`}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** The two hex digits of a byte, one under each nibble. */
export function NibbleDigits({ digits }: { digits: readonly [string, string] }) {
  return (
    <div aria-hidden="true" className={`${BYTE_COLUMNS} mt-0.5 font-mono text-[11px] leading-3`}>
      <span className="col-span-4 col-start-1 text-center text-slate-600 dark:text-slate-400">
        {digits[0]}
      </span>
      <span className="col-span-4 col-start-6 text-center text-slate-600 dark:text-slate-400">
        {digits[1]}
      </span>
    </div>
  );
}
