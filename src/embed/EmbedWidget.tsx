/**
 * The embedded inspector: inline problems with its settings, a one-line summary when
 * the value field is hidden, and the Inspector itself. Used by <spte-inspector> (in a
 * shadow root) and by the app's iframe mode (`?embed`).
 */

import { Component, type ReactNode } from 'react';
import { eraInfo, hostLabel } from '../core';
import { useEffectiveTheme } from '../ui/hooks/theme';
import { Inspector } from '../ui/Inspector';
import { InstanceNameContext } from '../ui/instanceName';
import { InspectorProvider, useInspector, type InspectorStore } from '../ui/store';
import { selectAutoLine } from '../ui/store/autoSelectors';
import { selectHost, selectLevel, selectValueHex } from '../ui/store/selectors';
import { mutedText } from '../ui/components/styles';
import type { KernelChoice } from './options';

export interface EmbedView {
  /** The widget's accessible name: its region, and a suffix of every panel's name. */
  name: string;
  compact: boolean;
  readonly: boolean;
  panels: readonly string[];
  /** What was wrong with the settings, one sentence each (shown in a role="alert"). */
  problems: readonly string[];
  /** The kernel asked for, if any (the store decodes for it). */
  kernel: KernelChoice | null;
}

const alertBox =
  'rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100';

export function EmbedWidget({ store, view }: { store: InspectorStore; view: EmbedView }) {
  return (
    <InspectorProvider store={store}>
      <InstanceNameContext.Provider value={view.name}>
        <EmbedBody view={view} />
      </InstanceNameContext.Provider>
    </InspectorProvider>
  );
}

function EmbedBody({ view }: { view: EmbedView }) {
  const theme = useEffectiveTheme();
  const { kernel } = view;
  return (
    <div
      role="region"
      aria-label={view.name}
      data-theme={theme}
      className={`spte-root ${theme === 'dark' ? 'dark' : ''} flex flex-col gap-2 text-slate-900 dark:text-slate-100`}
    >
      {view.problems.length > 0 && (
        <div role="alert" className={alertBox}>
          <p className="font-semibold">
            {view.problems.length === 1 ? 'A setting' : 'Some settings'} of this SPTE widget could not be
            used:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {view.problems.map((p) => (
              <li key={p} className="break-words">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
      {kernel && !view.panels.includes('config') && (
        // Without the config panel nothing else says which layout the bits are read with.
        <p role="status" className={`text-xs ${mutedText}`}>
          Decoded for kernel <span className="font-mono">{kernel.version}</span> · era {kernel.era} (
          {eraInfo(kernel.era).label})
        </p>
      )}
      {!kernel && !view.panels.includes('config') && <AutoStatus />}
      {kernel?.note !== undefined && (
        <p
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
        >
          {kernel.note}
        </p>
      )}
      <Guard>
        {!view.panels.includes('input') && <Summary />}
        <Inspector compact={view.compact} readonly={view.readonly} panels={view.panels} />
      </Guard>
    </div>
  );
}

/**
 * Without the config panel, the only place that says which kernel and host auto chose. A
 * kernel, preset or config the page gave is its own choice: nothing to announce then.
 */
function AutoStatus() {
  const line = useInspector(selectAutoLine);
  if (line.kind !== 'auto') return null;
  return (
    <p role="status" className={`text-xs ${mutedText}`} title={line.text}>
      {line.short}
    </p>
  );
}

/** What is decoded, for widgets without the value field. */
function Summary() {
  const hex = useInspector(selectValueHex);
  const host = useInspector(selectHost);
  const level = useInspector(selectLevel);
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 rounded-xl border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600 shadow-sm dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
      <span className="font-mono text-base font-semibold text-slate-900 dark:text-slate-100">{hex}</span>
      <span>
        {hostLabel(host)}, level {level}
      </span>
    </p>
  );
}

/** A crash inside one widget stays in that widget: it shows a message, the page goes on. */
class Guard extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className={alertBox}>
        This SPTE widget stopped working: {this.state.error}
      </div>
    );
  }
}
