import { useEffect, useRef, type RefObject } from 'react';

/** What the reader lands on in a panel that was just opened: its first field or button. */
const FOCUSABLE = 'input, textarea, select, button, [tabindex="0"]';

/**
 * A ref for an on-demand panel: when the reader opens it, it is scrolled into view and
 * its first control takes focus (once its lazily loaded content is there). A panel
 * already open when the page loads is left where it is.
 */
export function useRevealOnOpen<T extends HTMLElement>(open: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    let frame = 0;
    if (open && !wasOpen.current) {
      ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      // The content may still be loading (a lazy chunk): look again each frame for ~2 s.
      let tries = 120;
      const focusFirst = () => {
        const target = ref.current?.querySelector<HTMLElement>(FOCUSABLE);
        if (target) target.focus({ preventScroll: true });
        else if (tries-- > 0) frame = requestAnimationFrame(focusFirst);
      };
      focusFirst();
    }
    wasOpen.current = open;
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return ref;
}
