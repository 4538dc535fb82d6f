import { Suspense, lazy, useId, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import { BitGrid } from './components/BitGrid';
import { CopyMenu } from './components/CopyMenu';
import { FieldDetail } from './components/FieldDetail';
import { FieldTable } from './components/FieldTable';
import { FindingsPanel } from './components/FindingsPanel';
import { HostConfig } from './components/HostConfig';
import { KernelInput } from './components/KernelInput';
import { AutoKernelLine, AutoKernelSummary } from './components/AutoKernelLine';
import { Legend } from './components/Legend';
import { LevelSelect } from './components/LevelSelect';
import { Panel } from './components/Panel';
import { UndoRedo } from './components/UndoRedo';
import { VerdictStrip } from './components/VerdictStrip';
import { ValueInput, ValueStatus } from './components/ValueInput';
import { useEffectiveTheme } from './hooks/theme';
import { handleUndoKey } from './hooks/undoKeys';
import { ALL_PANELS, type InspectorOptions } from './inspectorOptions';
import { useLandmarkName } from './instanceName';
import { useInspector, useInspectorStore } from './store';
import { selectParseError, selectParamsOpen } from './store/selectors';
import type { LowerPanelsProps } from './InspectorPanels';

// Loaded on the first unparsable text: it carries the log extractor.
const LogLineOffer = lazy(() => import('./components/LogLineOffer'));
// Loaded when the reader opens the host parameters.
const HostParamsPanel = lazy(() =>
  import('./components/HostParamsPanel').then((m) => ({ default: m.HostParamsPanel })),
);

export type InspectorShellProps = InspectorOptions & {
  /** Shown first in the right-hand column (the full page's kernel panel). */
  aside?: ReactNode;
  /** The page has a Log tab that a pasted log can be sent to. */
  logTab?: boolean;
  /** More buttons for the row under the value (the full page's "Compare with another value"). */
  inputActions?: ReactNode;
  /** Shown inside the value section, under the value row (the full page's value comparison). */
  inputExtra?: ReactNode;
  /**
   * 'page': the full page's one-screen layout — value, grid and verdict on the left,
   * findings and every field on one line at the right, the rest below. 'stack': one column.
   */
  layout?: 'page' | 'stack';
};

/**
 * The inspector for one value: input, host, bit grid, fields and verdicts. It reads one
 * store from <InspectorProvider> and never touches the URL, so a page (or the
 * <spte-inspector> element) can hold several side by side. The panels under the first
 * screen come from `Lower`: the embed passes them in directly, the full page loads them
 * on demand (see Inspector.tsx and PageInspector.tsx).
 */
export function InspectorShell({
  compact = false,
  readonly = false,
  panels = ALL_PANELS,
  aside,
  logTab = false,
  inputActions,
  inputExtra,
  layout = 'stack',
  Lower,
}: InspectorShellProps & { Lower: ComponentType<LowerPanelsProps> }) {
  const store = useInspectorStore();
  const theme = useEffectiveTheme();
  const paramsOpen = useInspector(selectParamsOpen);
  const parseError = useInspector(selectParseError);
  const paramsId = useId();
  const valueId = useId();
  const inputName = useLandmarkName('Value and host') ?? 'Value and host';
  const show = (p: string) => panels.includes(p);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!readonly && handleUndoKey(store, e.nativeEvent)) e.preventDefault();
  };

  const showInput = show('input') || show('config') || show('history') || show('copy');
  const gap = compact ? 'gap-3' : 'gap-4';

  const page = layout === 'page' && !compact;
  const inputSection = (
    <>
      {showInput && (
        <section
          aria-label={inputName}
          className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="grid gap-x-4 gap-y-3 md:grid-cols-[auto_minmax(0,1fr)] md:gap-y-2">
            {show('input') && (
              <>
                <ValueInput id={valueId} readonly={readonly} logTab={logTab} />
                <div className="md:col-span-2 md:row-start-2">
                  <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                    <div className="min-w-0 flex-1 basis-72">
                      <ValueStatus inputId={valueId} />
                    </div>
                    {page && inputActions}
                  </div>
                </div>
                {!readonly && parseError !== null && (
                  <div className="empty:hidden md:col-span-2 md:row-start-3">
                    <Suspense fallback={null}>
                      <LogLineOffer logTab={logTab} />
                    </Suspense>
                  </div>
                )}
              </>
            )}
            {show('config') && (
              <div className="flex min-w-0 flex-wrap gap-3 md:col-start-2 md:row-start-1">
                <LevelSelect readonly={readonly} />
                <KernelInput readonly={readonly} />
                <div className="min-w-40 flex-1">
                  <HostConfig readonly={readonly} panelId={paramsId} />
                </div>
                {/* Wherever the kernel field is, so auto never changes the kernel unseen; on a
                    phone the full line would push the grid off the first screen, so phones get
                    a one-line summary that opens it. */}
                <div className="hidden basis-full sm:block">
                  <AutoKernelLine readonly={readonly} />
                </div>
                <div className="basis-full sm:hidden">
                  <AutoKernelSummary readonly={readonly} />
                </div>
              </div>
            )}
          </div>
          {(show('history') || show('copy')) && (
            <div className="mt-3 flex flex-wrap items-start justify-between gap-x-4 gap-y-2 border-t border-slate-200 pt-3 dark:border-slate-800">
              <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
                {show('history') && !readonly && <UndoRedo />}
                {!page && inputActions}
              </div>
              {show('copy') && <CopyMenu />}
            </div>
          )}
          {show('config') && paramsOpen && (
            // The fallback carries the panel's id, so the Parameters button's aria-controls
            // names an element even while the panel's code is still loading.
            <Suspense
              fallback={
                <div
                  id={paramsId}
                  aria-busy="true"
                  className="mt-3 text-sm text-slate-600 dark:text-slate-300"
                >
                  Loading host parameters…
                </div>
              }
            >
              <HostParamsPanel id={paramsId} readonly={readonly} />
            </Suspense>
          )}
          {inputExtra}
        </section>
      )}
    </>
  );
  const bitsPanel = (
    <>
      {show('grid') && (
        <Panel title="Bits">
          <BitGrid readonly={readonly} />
          <VerdictStrip readonly={readonly} />
          <FieldDetail readonly={readonly} />
          {!compact && <Legend />}
        </Panel>
      )}
    </>
  );

  return (
    // Keyboard shortcuts are scoped to this instance: the handler only sees keys pressed inside it.
    <div
      className={`${theme === 'dark' ? 'dark' : ''} flex flex-col ${gap} text-slate-900 dark:text-slate-100`}
      onKeyDown={onKeyDown}
    >
      {page ? (
        <div className={`grid ${gap} xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start`}>
          <div className={`flex min-w-0 flex-col ${gap}`}>
            {inputSection}
            {bitsPanel}
          </div>
          <div className={`flex min-w-0 flex-col ${gap}`}>
            {show('findings') && <FindingsPanel dense />}
            {show('fields') && <FieldTable />}
          </div>
        </div>
      ) : (
        <>
          {inputSection}
          {bitsPanel}
        </>
      )}

      <Lower compact={compact} readonly={readonly} panels={panels} page={page} aside={aside} />
    </div>
  );
}
