import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref for an on-demand panel: when the reader opens it (it appears far below the button),
 * it is scrolled into view. A panel already open when the page loads is left where it is.
 */
export function useRevealOnOpen<T extends HTMLElement>(open: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    wasOpen.current = open;
  }, [open]);
  return ref;
}
