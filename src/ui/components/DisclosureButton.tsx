import type { ReactNode } from 'react';
import { buttonBase } from './styles';

/** A button that shows or hides a panel elsewhere on the page (aria-expanded, ▸/▾). */
export function DisclosureButton({
  open,
  controls,
  onToggle,
  className = 'px-2 py-1 text-xs',
  children,
}: {
  open: boolean;
  /** Id of the element shown or hidden. */
  controls: string;
  onToggle: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      className={`${buttonBase} ${className}`}
    >
      <span aria-hidden="true" className="inline-block w-3 text-center">
        {open ? '▾' : '▸'}
      </span>
      {children}
    </button>
  );
}
