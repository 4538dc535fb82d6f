import { useId, useRef, useState } from 'react';

const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400';

/** A snippet with a Copy button; the confirmation is announced politely. */
export function CodeBlock({ code, label, language }: { code: string; label: string; language: string }) {
  const [status, setStatus] = useState('');
  const pre = useRef<HTMLPreElement>(null);
  const labelId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied to the clipboard.');
    } catch {
      // No clipboard access (insecure context, permissions): select the text instead.
      const sel = window.getSelection();
      if (pre.current && sel) {
        sel.selectAllChildren(pre.current);
        setStatus('Selected: press Ctrl+C (⌘C) to copy.');
      } else setStatus('Copying is not available here.');
    }
    window.setTimeout(() => setStatus(''), 4000);
  };

  return (
    <figure className="overflow-hidden rounded-xl border border-slate-800 bg-slate-950 text-slate-100 shadow-sm dark:border-slate-700">
      <figcaption className="flex items-center justify-between gap-3 border-b border-slate-800 bg-slate-900 px-3 py-1.5 dark:border-slate-700">
        <span id={labelId} className="text-xs font-medium tracking-wide text-slate-300">
          {label} <span className="font-normal text-slate-400">· {language}</span>
        </span>
        <span className="flex items-center gap-2">
          <span role="status" aria-live="polite" className="text-xs text-emerald-300">
            {status}
          </span>
          <button
            type="button"
            onClick={() => void copy()}
            aria-label={`Copy: ${label}`}
            className={`rounded-md border border-slate-600 bg-slate-800 px-2.5 py-1 text-xs font-semibold text-slate-100 hover:bg-slate-700 ${focusRing}`}
          >
            Copy
          </button>
        </span>
      </figcaption>
      <pre
        ref={pre}
        tabIndex={0}
        aria-labelledby={labelId}
        className={`overflow-x-auto p-4 font-mono whitespace-pre-wrap [overflow-wrap:anywhere] text-[13px] leading-relaxed ${focusRing} focus-visible:-outline-offset-2`}
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
