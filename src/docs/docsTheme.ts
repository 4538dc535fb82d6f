/** The docs page's theme: the same choice (and storage key) as the app's switch. */

import { useEffect, useState, useSyncExternalStore } from 'react';

export type DocsTheme = 'system' | 'light' | 'dark';

const KEY = 'spte-inspector.theme';
const QUERY = '(prefers-color-scheme: dark)';

function readChoice(): DocsTheme {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

const subscribe = (cb: () => void) => {
  const m = matchMedia(QUERY);
  m.addEventListener('change', cb);
  return () => m.removeEventListener('change', cb);
};

export function useDocsTheme() {
  const [choice, setChoice] = useState<DocsTheme>(readChoice);
  const systemDark = useSyncExternalStore(subscribe, () => matchMedia(QUERY).matches);
  const effective: 'light' | 'dark' = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', effective === 'dark');
    root.style.colorScheme = effective;
  }, [effective]);

  const choose = (c: DocsTheme) => {
    setChoice(c);
    try {
      if (c === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, c);
    } catch {
      // Storage unavailable: the choice still applies to this page.
    }
  };

  return { choice, effective, choose };
}
