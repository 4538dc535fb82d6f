import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useInspector } from '../store';
import { selectGrid, selectHoverBits, selectHoverField, selectPinnedBits } from '../store/selectors';
import { BitCell } from './BitCell';
import { selectFindingMarks } from '../store/verdictSelectors';
import { gridRowStarts } from '../lib/laneRows';
import { FieldLanes, NibbleDigits } from './FieldLanes';

/** Arrow keys read the grid left to right: Left is the next higher bit, Right the next lower. */
const MOVES: Record<string, (bit: number) => number> = {
  ArrowLeft: (b) => Math.min(63, b + 1),
  ArrowRight: (b) => Math.max(0, b - 1),
  Home: () => 63,
  End: () => 0,
};

/**
 * The 64 bits, 63 on the left to 0 on the right, grouped by nibble and byte. The byte
 * groups wrap with the container: one row when there is room, else two rows (32 bits)
 * or four (16 bits), never a horizontal scroll. One tab stop (roving tabindex).
 */
export function BitGrid({ readonly = false }: { readonly?: boolean }) {
  const bytes = useInspector(selectGrid);
  const hover = useInspector(selectHoverBits);
  const pinned = useInspector(selectPinnedBits);
  const hoverName = useInspector(selectHoverField)?.name ?? null;
  const marks = useInspector(selectFindingMarks);
  const [active, setActive] = useState(63);
  const cells = useRef<(HTMLButtonElement | null)[]>([]);
  const helpId = useId();

  const setRef = useCallback((bit: number, el: HTMLButtonElement | null) => {
    cells.current[bit] = el;
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = move(active);
    setActive(next);
    cells.current[next]?.focus();
  };

  return (
    <div className="@container">
      <p id={helpId} className="sr-only">
        Bits 63 to 0. Left and Right arrows move between bits, Home and End jump to bit 63 and bit 0;{' '}
        {readonly ? 'the bits are read-only.' : 'Space or Enter toggles the bit.'}
      </p>
      <div
        role="toolbar"
        aria-label="Bits"
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        className="-mx-1 flex flex-wrap"
      >
        {bytes.map((byte) => (
          <div
            key={byte.index}
            role="group"
            aria-label={byte.label}
            className="basis-full px-1 py-1 @md:basis-1/2 @2xl:basis-1/4 @min-[90rem]:basis-1/8"
          >
            <FieldLanes
              spans={byte.lanes}
              label={`Fields over bits ${byte.cells[0]!.bit} to ${byte.cells[7]!.bit}`}
              rowStarts={gridRowStarts}
              highlightName={hoverName}
            />
            <div className="flex gap-1">
              {[byte.cells.slice(0, 4), byte.cells.slice(4)].map((nibble, n) => (
                <div key={n} className="flex flex-1 gap-px">
                  {nibble.map((cell) => (
                    <BitCell
                      key={cell.bit}
                      cell={cell}
                      highlighted={hover.has(cell.bit)}
                      pinned={pinned.has(cell.bit)}
                      mark={marks.get(cell.bit) ?? null}
                      tabbable={cell.bit === active}
                      readonly={readonly}
                      setRef={setRef}
                      onFocusBit={setActive}
                    />
                  ))}
                </div>
              ))}
            </div>
            <NibbleDigits digits={byte.digits} />
          </div>
        ))}
      </div>
    </div>
  );
}
