/**
 * The app in an iframe (`index.html?embed=1#v=…`): the compact widget only, no header
 * or footer. Its state lives in its own URL hash (the page's permalink format), and it
 * tells the parent page its height on every resize so the iframe can fit its content:
 *
 *   parent.postMessage({ type: 'spte-inspector:height', height }, targetOrigin)
 *
 * `origin=` in the query restricts targetOrigin (default '*'). Reader changes are posted
 * as { type: 'spte-inspector:change', value, kind, findings, level, preset } as well.
 */

import { useEffect, useRef, useState } from 'react';
import { hex16 } from '../core';
import { useEffectiveTheme, useDocumentTheme } from '../ui/hooks/theme';
import { initFromHash, useHashSync } from '../ui/hooks/useHashSync';
import { InspectorProvider, createInspectorStore, type InspectorStore } from '../ui/store';
import { selectDecoded, selectParams, selectPresetId } from '../ui/store/selectors';
import { EmbedWidget } from './EmbedWidget';
import { CHANGE_MESSAGE, HEIGHT_MESSAGE, readEmbedSettings, type EmbedSettings } from './embedUrl';

export default function EmbedApp() {
  const [boot] = useState(() => {
    const settings = readEmbedSettings(window.location.href);
    const { init, problems } = initFromHash(window.location.hash);
    const store = createInspectorStore({ ...init, theme: settings.theme });
    if (settings.kernel) store.getState().setKernel(settings.kernel.input);
    return { settings, store, problems };
  });
  return (
    <InspectorProvider store={boot.store}>
      <EmbedShell {...boot} />
    </InspectorProvider>
  );
}

interface ShellProps {
  settings: EmbedSettings;
  store: InspectorStore;
  problems: string[];
}

function EmbedShell({ settings, store, problems: hashProblems }: ShellProps) {
  // The frame's own history entry is replaced: the host's Back button stays the host's.
  const { problems } = useHashSync(store, hashProblems, { history: 'replace' });
  const theme = useEffectiveTheme();
  useDocumentTheme(store, theme);
  const ref = useRef<HTMLDivElement>(null);
  const { targetOrigin } = settings;

  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window || targetOrigin === null) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, targetOrigin);
    };
    const ro = new ResizeObserver(post);
    ro.observe(el);
    post();
    return () => ro.disconnect();
  }, [targetOrigin]);

  useEffect(() => {
    if (window.parent === window || targetOrigin === null) return;
    return store.subscribe((s, prev) => {
      if (
        s.lastValidValue === prev.lastValidValue &&
        s.level === prev.level &&
        selectParams(s) === selectParams(prev)
      )
        return;
      const d = selectDecoded(s);
      window.parent.postMessage(
        {
          type: CHANGE_MESSAGE,
          value: hex16(s.lastValidValue),
          kind: d.cls.kind,
          findings: d.findings.map((f) => f.id),
          level: s.level,
          preset: selectPresetId(s),
        },
        targetOrigin,
      );
    });
  }, [store, targetOrigin]);

  return (
    // The padding keeps focus rings and shadows inside the frame; it is part of the height.
    <div ref={ref} className="p-1">
      <EmbedWidget
        store={store}
        view={{
          name: settings.name,
          compact: true,
          readonly: settings.readonly,
          panels: settings.panels,
          problems: [...settings.problems, ...problems],
          kernel: settings.kernel,
        }}
      />
    </div>
  );
}
