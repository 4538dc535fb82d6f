import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * An on-demand panel's open state, and a ref to put on it: a panel opened by the reader is
 * scrolled into view (it appears far below the button), one restored closed is left alone.
 */
export function useRevealOnOpen<T extends HTMLElement>(): [boolean, () => void, RefObject<T | null>] {
  const [open, setOpen] = useState(false);
  const ref = useRef<T>(null);
  const justOpened = useRef(false);
  useEffect(() => {
    if (!open || !justOpened.current) return;
    justOpened.current = false;
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [open]);
  const toggle = () => {
    justOpened.current = !open;
    setOpen(!open);
  };
  return [open, toggle, ref];
}
