import { Suspense, lazy, useId, useState, type KeyboardEvent } from 'react';
import { DisclosureButton } from './components/DisclosureButton';
import { focusRing, mutedText } from './components/styles';
import { useRevealOnOpen } from './hooks/useRevealOnOpen';
import { PageInspector } from './PageInspector';
import { useInspector, useInspectorStore, type InputMode } from './store';
import { selectMode } from './store/selectors';

// Loaded on first use: the log reader (with its worker) and the kernel comparison are not
// needed to show a value, so they stay out of the page's first download.
const loadLogMode = () => import('./log/LogMode');
const LogMode = lazy(loadLogMode);
const CompareKernels = lazy(() => import('./compare/CompareKernels'));
const CompareValues = lazy(() => import('./compare/CompareValues'));
// Below the first screen, rendered inside the lazily loaded lower panels.
const KernelPanel = lazy(() => import('./components/KernelPanel').then((m) => ({ default: m.KernelPanel })));

const TABS: { mode: InputMode; label: string }[] = [
  { mode: 'value', label: 'Value' },
  { mode: 'log', label: 'Log' },
];

const Loading = ({ what }: { what: string }) => (
  <p role="status" className={`p-4 text-sm ${mutedText}`}>
    Loading {what}…
  </p>
);

/**
 * The full page's work area: Value (the inspector, with the kernel panel and the optional
 * kernel comparison) or Log (paste a log, list its SPTEs). Both stay mounted once shown,
 * so switching back keeps the log's results and the inspector's state.
 */
export function Workspace() {
  const store = useInspectorStore();
  const mode = useInspector(selectMode);
  const [logLoaded, setLogLoaded] = useState(mode === 'log');
  const [compareOpen, setCompareOpen] = useState(false);
  const compareRef = useRevealOnOpen<HTMLDivElement>(compareOpen);
  // The value comparison is in the link, so its open state lives in the store.
  const valuesOpen = useInspector((s) => s.compareText !== null);
  const valuesRef = useRevealOnOpen<HTMLDivElement>(valuesOpen);
  const id = useId();
  const compareId = `${id}-compare`;
  const valuesId = `${id}-values`;

  if (mode === 'log' && !logLoaded) setLogLoaded(true);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.mode === mode);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const tab = TABS[next]!;
    store.getState().setMode(tab.mode);
    document.getElementById(`${id}-tab-${tab.mode}`)?.focus();
  };

  return (
    <div className="flex flex-col gap-3">
      <div
        role="tablist"
        aria-label="Input"
        onKeyDown={onTabKey}
        className="flex w-fit gap-1 rounded-xl border border-slate-200 bg-white p-0.5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      >
        {TABS.map((t) => {
          const selected = t.mode === mode;
          return (
            <button
              key={t.mode}
              id={`${id}-tab-${t.mode}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${id}-panel-${t.mode}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => store.getState().setMode(t.mode)}
              // Pointing at (or tabbing to) the Log tab starts loading the log reader, so
              // that it is usually there by the time of the click.
              onPointerEnter={t.mode === 'log' ? () => void loadLogMode() : undefined}
              onFocus={t.mode === 'log' ? () => void loadLogMode() : undefined}
              className={`rounded-lg px-4 py-1 text-sm font-semibold ${focusRing} ${
                selected
                  ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
                  : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
              }`}
            >
              {t.label}
            </button>
          );
        })}
      </div>

      <div
        id={`${id}-panel-value`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-value`}
        hidden={mode !== 'value'}
        className="flex flex-col gap-4"
      >
        <PageInspector
          logTab
          inputActions={
            <DisclosureButton
              open={valuesOpen}
              controls={valuesId}
              onToggle={() => store.getState().setCompareText(valuesOpen ? null : '')}
              className="px-2 py-1 text-sm"
            >
              Compare with another value
            </DisclosureButton>
          }
          inputExtra={
            // Opens in place, right under the value it is compared with.
            <div id={valuesId} ref={valuesRef} className="mt-3 scroll-mt-4 empty:hidden">
              {valuesOpen && (
                <Suspense fallback={<Loading what="the value comparison" />}>
                  <CompareValues />
                </Suspense>
              )}
            </div>
          }
          aside={
            <>
              <KernelPanel
                compareOpen={compareOpen}
                compareId={compareId}
                onToggleCompare={() => setCompareOpen(!compareOpen)}
              />
              <div id={compareId} ref={compareRef} className="scroll-mt-4 empty:hidden">
                {compareOpen && (
                  <Suspense fallback={<Loading what="the kernel comparison" />}>
                    <CompareKernels />
                  </Suspense>
                )}
              </div>
            </>
          }
        />
      </div>

      <div id={`${id}-panel-log`} role="tabpanel" aria-labelledby={`${id}-tab-log`} hidden={mode !== 'log'}>
        {logLoaded && (
          <Suspense fallback={<Loading what="the log reader" />}>
            <LogMode
              onOpened={() => {
                window.scrollTo({ top: 0 });
                document.getElementById(`${id}-tab-value`)?.focus();
              }}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
