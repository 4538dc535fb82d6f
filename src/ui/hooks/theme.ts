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

/** 'light' or 'dark' for a choice, resolving 'system' against the OS setting (live). */
export function useResolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return choice === 'system' ? (dark ? 'dark' : 'light') : choice;
}

/** The inspector's theme, resolved. */
export function useEffectiveTheme(): 'light' | 'dark' {
  return useResolvedTheme(useInspector(selectTheme));
}

export function readStoredTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Remember a choice for the app and the docs page (they share it). */
export function storeTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be unavailable (private mode, sandboxed iframe): the switch still works.
  }
}

/** Theme the whole document (body, scrollbars) with the resolved theme. */
export function useRootTheme(effective: 'light' | 'dark'): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', effective === 'dark');
    root.style.colorScheme = effective;
  }, [effective]);
}

/** Full app only: remember the switch, and theme the whole document. */
export function useDocumentTheme(store: InspectorStore, effective: 'light' | 'dark') {
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.theme !== prev.theme) storeTheme(s.theme);
      }),
    [store],
  );
  useRootTheme(effective);
}
