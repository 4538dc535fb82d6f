import { memo } from 'react';
import type { Severity } from '../../core';
import type { GridCell } from '../lib/views';
import { useInspectorStore } from '../store';
import { CATEGORY_STYLES } from '../theme/categories';

interface Props {
  cell: GridCell;
  /** Part of the hovered or focused field. */
  highlighted: boolean;
  /** Named by the pinned finding. */
  pinned: boolean;
  /** Named by an error or warning: ringed in that severity's colour, with a "!" mark. */
  mark: Severity | null;
  /** The one cell in the tab order (roving tabindex). */
  tabbable: boolean;
  readonly: boolean;
  setRef: (bit: number, el: HTMLButtonElement | null) => void;
  onFocusBit: (bit: number) => void;
}

/** One bit: a toggle button named "Bit N, Field", showing its number and value. */
export const BitCell = memo(function BitCell({
  cell,
  highlighted,
  pinned,
  mark,
  tabbable,
  readonly,
  setRef,
  onFocusBit,
}: Props) {
  const store = useInspectorStore();
  const style = CATEGORY_STYLES[cell.category];
  const field = { kind: 'field', id: cell.fieldId } as const;
  return (
    <button
      type="button"
      ref={(el) => setRef(cell.bit, el)}
      tabIndex={tabbable ? 0 : -1}
      aria-label={
        mark ? `${cell.label}, named by ${mark === 'error' ? 'an error' : 'a warning'}` : cell.label
      }
      aria-pressed={cell.set}
      aria-disabled={readonly || undefined}
      data-bit={cell.bit}
      data-field-id={cell.fieldId}
      data-highlighted={highlighted || undefined}
      data-pinned={pinned || undefined}
      data-mark={mark ?? undefined}
      onClick={() => {
        if (!readonly) store.getState().toggleBit(cell.bit);
      }}
      onMouseEnter={() => store.getState().setHover(field)}
      onMouseLeave={() => store.getState().clearHover(field)}
      onFocus={() => {
        onFocusBit(cell.bit);
        store.getState().setHover(field);
      }}
      onBlur={() => store.getState().clearHover(field)}
      className={[
        'relative flex h-11 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 rounded-[4px] border select-none',
        'focus-visible:z-20 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-sky-400',
        readonly ? 'cursor-default' : 'cursor-pointer',
        cell.set ? style.set : style.clear,
        mark === 'error'
          ? 'inset-ring-2 inset-ring-red-700 dark:inset-ring-red-300'
          : mark === 'warning'
            ? 'inset-ring-2 inset-ring-amber-600 dark:inset-ring-amber-300'
            : '',
        highlighted ? 'z-10 ring-2 ring-slate-900 dark:ring-white' : '',
        pinned
          ? 'after:absolute after:inset-x-0.5 after:-bottom-1.5 after:h-1 after:rounded-full after:bg-slate-900 dark:after:bg-white'
          : '',
      ].join(' ')}
    >
      {mark && (
        <span aria-hidden="true" className="absolute top-0 right-0.5 text-[10px] leading-none font-bold">
          !
        </span>
      )}
      <span aria-hidden="true" className="font-mono text-[10px] leading-none tabular-nums sm:text-[11px]">
        {cell.bit}
      </span>
      <span
        aria-hidden="true"
        className={`font-mono text-sm leading-none sm:text-base ${cell.set ? 'font-bold' : 'font-normal'}`}
      >
        {cell.set ? '1' : '0'}
      </span>
    </button>
  );
});
