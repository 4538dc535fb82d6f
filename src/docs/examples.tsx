/** The live examples of the embed page: each runs exactly the snippet shown next to it. */

import { useEffect, useMemo, useRef, useState } from 'react';
import { classicSnippet, elementMarkup, frameUrl, type Attrs } from './snippets';

const DEV = import.meta.env.DEV;

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

const loads = new Map<string, Promise<unknown>>();

/** Loads the ES module build once (in `vite` dev, the element's source instead). */
function loadElement(url: string): Promise<unknown> {
  let p = loads.get(url);
  if (!p) {
    p = DEV ? import('../embed/element.tsx') : import(/* @vite-ignore */ url);
    loads.set(url, p);
  }
  return p;
}

/** Around each live example; the same colours as the page, so frames blend in. */
const frame =
  'rounded-xl border border-dashed border-slate-300 bg-slate-50 p-3 sm:p-4 dark:border-slate-700 dark:bg-slate-950';
/** slate-50 / slate-950, for the classic example's own document. */
const PAGE_BACKGROUND = { light: '#f8fafc', dark: '#020617' } as const;

function Failed({ message }: { message: string }) {
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
    >
      {message}
    </p>
  );
}

function EventLog({ label, detail }: { label: string; detail: unknown }) {
  return (
    <div className="mt-3 text-sm">
      <p className="font-semibold text-slate-700 dark:text-slate-300">{label}</p>
      <output className="mt-1 block min-h-[1lh] font-mono text-xs break-all text-slate-600 dark:text-slate-400">
        {detail === null ? 'Toggle a bit to see it.' : JSON.stringify(detail)}
      </output>
    </div>
  );
}

/** The ES module element, on this page (its shadow root keeps the page's styles out). */
export function ModuleExample({ url, attrs, theme }: { url: string; attrs: Attrs; theme: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [detail, setDetail] = useState<unknown>(null);
  const html = useMemo(() => ({ __html: elementMarkup(attrs) }), [attrs]);

  useEffect(() => {
    let live = true;
    loadElement(url).then(
      () => live && setLoad({ state: 'ready' }),
      (e: unknown) =>
        live &&
        setLoad({ state: 'failed', message: `Could not load ${url}: ${e instanceof Error ? e.message : e}` }),
    );
    return () => {
      live = false;
    };
  }, [url]);

  useEffect(() => {
    host.current?.querySelector('spte-inspector')?.setAttribute('theme', theme);
  }, [theme, html]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const onChange = (e: Event) => {
      if (e instanceof CustomEvent) setDetail(e.detail);
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);

  return (
    <div className={frame}>
      {load.state === 'failed' && <Failed message={load.message} />}
      <div ref={host} dangerouslySetInnerHTML={html} />
      <EventLog label="Last change event (detail)" detail={detail} />
    </div>
  );
}

/**
 * The classic script, in a page of its own (a srcdoc frame): one document can define
 * <spte-inspector> only once, and this page already loaded the ES module.
 */
export function ClassicExample({
  url,
  attrs,
  theme,
}: {
  url: string;
  attrs: Attrs;
  theme: 'light' | 'dark';
}) {
  const [height, setHeight] = useState(360);
  const srcDoc = useMemo(
    () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Classic script example</title>
<style>:root { color-scheme: ${theme} } body { margin: 0; padding: 4px; background: ${PAGE_BACKGROUND[theme]} }</style></head>
<body>
${classicSnippet(url, { ...attrs, theme })}
<script>
  new ResizeObserver(function () {
    parent.postMessage({ type: 'spte-docs:classic-height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
  }).observe(document.body);
</script>
</body>
</html>`,
    [url, attrs, theme],
  );
  const ref = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { type?: unknown; height?: unknown } | null;
      if (e.source !== ref.current?.contentWindow || data?.type !== 'spte-docs:classic-height') return;
      if (typeof data.height === 'number' && data.height > 0) setHeight(data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  if (DEV)
    return (
      <div className={frame}>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The classic script is a build output: run <code className="font-mono">npm run build</code> and{' '}
          <code className="font-mono">npm run preview</code> to try it here.
        </p>
      </div>
    );
  return (
    <div className={frame}>
      <iframe
        ref={ref}
        title="Classic script example"
        srcDoc={srcDoc}
        style={{ height }}
        className="block w-full border-0"
      />
    </div>
  );
}

/** The app in an iframe, sized by the height messages it posts (checked by origin and source). */
export function FrameExample({
  appUrl,
  origin,
  state,
  label,
  theme,
}: {
  appUrl: string;
  origin: string;
  state: string;
  label: string;
  theme: 'light' | 'dark';
}) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);
  const [detail, setDetail] = useState<unknown>(null);
  const src = frameUrl(appUrl, state, { origin, label, theme });

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== origin || e.source !== ref.current?.contentWindow) return;
      const data = e.data as { type?: unknown; height?: unknown } | null;
      if (data?.type === 'spte-inspector:height' && typeof data.height === 'number') setHeight(data.height);
      if (data?.type === 'spte-inspector:change') setDetail(data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin]);

  return (
    <div className={frame}>
      <iframe
        ref={ref}
        src={src}
        title={`SPTE Inspector: ${label}`}
        style={{ height }}
        className="block w-full border-0"
      />
      <EventLog label="Last spte-inspector:change message" detail={detail} />
    </div>
  );
}
