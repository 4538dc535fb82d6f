import { Suspense, lazy, useState } from 'react';
import { AppHeader } from './AppHeader';
import { useEffectiveTheme, useDocumentTheme, readStoredTheme } from './hooks/theme';
import { useGlobalUndoKeys } from './hooks/undoKeys';
import { readTextDraft, useTextDraft } from './hooks/textDraft';
import { initFromHash, useHashSync } from './hooks/useHashSync';
import { InspectorProvider, useInspectorStore } from './store';
import { buttonBase } from './components/styles';
import { Workspace } from './Workspace';

// Below the first screen (under the panels that load after it), so it loads after it too.
const AppFooter = lazy(() => import('./AppFooter').then((m) => ({ default: m.AppFooter })));

/** The full page: one inspector whose state lives in the URL hash and the history. */
export default function App() {
  const [boot] = useState(() => {
    const { init, problems } = initFromHash(window.location.hash);
    const draft = readTextDraft(window.location.hash);
    return {
      init: { ...init, theme: readStoredTheme(), ...(draft === undefined ? {} : { text: draft }) },
      problems,
    };
  });
  return (
    <InspectorProvider initial={boot.init}>
      <AppShell initialProblems={boot.problems} />
    </InspectorProvider>
  );
}

function AppShell({ initialProblems }: { initialProblems: string[] }) {
  const store = useInspectorStore();
  const { problems, dismiss } = useHashSync(store, initialProblems);
  const theme = useEffectiveTheme();
  useDocumentTheme(store, theme);
  useGlobalUndoKeys(store);
  useTextDraft(store);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <AppHeader />
      <main className="mx-auto w-full max-w-[120rem] flex-1 px-2 pt-2 pb-3 sm:px-6 sm:pt-3 sm:pb-4">
        {problems.length > 0 && (
          <div
            role="alert"
            className="mb-4 flex flex-wrap items-start justify-between gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
          >
            <div>
              <p className="font-semibold">Part of this link could not be used.</p>
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
            <button type="button" className={buttonBase} onClick={dismiss}>
              Dismiss
            </button>
          </div>
        )}
        <Workspace />
      </main>
      <Suspense fallback={null}>
        <AppFooter />
      </Suspense>
    </div>
  );
}
