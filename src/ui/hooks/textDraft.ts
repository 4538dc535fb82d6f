/**
 * A reload loses nothing: text in the value field that does not parse is not in the link
 * (links carry values, not typos), so the page keeps it in sessionStorage next to the hash
 * it was typed at, and puts it back when the same page is reloaded. A different link, a
 * new tab or valid text leave nothing behind.
 */

import { useEffect } from 'react';
import type { InspectorStore } from '../store';
import { selectParseError } from '../store/selectors';

const KEY = 'spte-inspector:value-draft';

interface Draft {
  hash: string;
  text: string;
}

/** The unparsable text left in the value field of the page at `hash`, if any. */
export function readTextDraft(hash: string): string | undefined {
  try {
    const d = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    return d && d.hash === hash && typeof d.text === 'string' ? d.text : undefined;
  } catch {
    return undefined;
  }
}

export function useTextDraft(store: InspectorStore): void {
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.text === prev.text) return;
        try {
          if (selectParseError(s) === null) sessionStorage.removeItem(KEY);
          else sessionStorage.setItem(KEY, JSON.stringify({ hash: window.location.hash, text: s.text }));
        } catch {
          // Storage may be disabled; the text is then only lost on reload, as before.
        }
      }),
    [store],
  );
}
