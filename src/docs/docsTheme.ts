/** The docs page's theme: the same choice (and storage key) as the app's switch. */

import { useState } from 'react';
import { readStoredTheme, storeTheme, useResolvedTheme, useRootTheme } from '../ui/hooks/theme';
import type { ThemeChoice } from '../ui/store';

/** The same three choices as the app's switch (and the same stored key). */
export type DocsTheme = ThemeChoice;

export function useDocsTheme() {
  const [choice, setChoice] = useState<DocsTheme>(readStoredTheme);
  const effective = useResolvedTheme(choice);
  useRootTheme(effective);

  const choose = (c: DocsTheme) => {
    setChoice(c);
    storeTheme(c);
  };

  return { choice, effective, choose };
}
