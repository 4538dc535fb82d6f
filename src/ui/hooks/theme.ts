/** Theme choice: follows prefers-color-scheme unless the switch says light or dark. */

import { useEffect, useSyncExternalStore } from 'react';
import type { InspectorStore, ThemeChoice } from '../store';
import { useInspector } from '../store';
import { selectTheme } from '../store/selectors';

const QUERY = '(prefers-color-scheme: dark)';
const STORAGE_KEY = 'spte-inspector.theme';

const canMatch = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function';
function subscribe(onChange: () => void): () => void {
  if (!canMatch()) return () => {};
  const m = window.matchMedia(QUERY);
  m.addEventListener('change', onChange);
  return () => m.removeEventListener('change', onChange);
}
const prefersDark = (): boolean => canMatch() && window.matchMedia(QUERY).matches;

/** 'light' or 'dark' after resolving 'system' against the OS setting. */
export function useEffectiveTheme(): 'light' | 'dark' {
  const choice = useInspector(selectTheme);
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return choice === 'system' ? (dark ? 'dark' : 'light') : choice;
}

export function readStoredTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Full app only: remember the switch, and theme the whole document (body, scrollbars). */
export function useDocumentTheme(store: InspectorStore, effective: 'light' | 'dark') {
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.theme === prev.theme) return;
        try {
          if (s.theme === 'system') localStorage.removeItem(STORAGE_KEY);
          else localStorage.setItem(STORAGE_KEY, s.theme);
        } catch {
          // Storage can be unavailable (private mode, sandboxed iframe): the switch still works.
        }
      }),
    [store],
  );
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', effective === 'dark');
    root.style.colorScheme = effective;
  }, [effective]);
}
