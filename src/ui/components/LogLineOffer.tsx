import { useMemo } from 'react';
import { hex16 } from '../../core';
import { extractSptes } from '../../core/log';
import { useInspector, useInspectorStore } from '../store';
import { selectText } from '../store/selectors';
import { buttonBase } from './styles';

/** Longer text is a log, not a line: the Log tab is the place for it. */
const MAX_TEXT = 20_000;
const MAX_OFFERS = 4;

/**
 * Shown while the value field holds text that does not parse: when that text is a log line
 * (a WARN, a trace line, a walk dump), offer its SPTEs, each at the level the line gives,
 * and (on the full page) the Log tab for the whole text. Nothing is applied without a click;
 * an offer taken is one undo step, so the pasted text comes back with Undo.
 */
export default function LogLineOffer({ logTab }: { logTab: boolean }) {
  const store = useInspectorStore();
  const text = useInspector(selectText);
  const entries = useMemo(() => (text.length > MAX_TEXT ? [] : extractSptes(text)), [text]);
  if (entries.length === 0) return null;
  const shown = entries.slice(0, MAX_OFFERS);
  return (
    <div
      role="group"
      aria-label="SPTEs in the pasted text"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-xs text-sky-950 dark:border-sky-700 dark:bg-sky-950/60 dark:text-sky-100"
    >
      <p className="font-semibold">
        This looks like a log line with {entries.length === 1 ? 'an SPTE' : `${entries.length} SPTEs`}:
      </p>
      {shown.map((e, i) => (
        <button
          key={i}
          type="button"
          className={`${buttonBase} px-2 py-1 font-mono text-xs`}
          onClick={() => store.getState().openEntry(e.value, e.level ?? store.getState().level)}
        >
          Decode {e.role === 'spte' ? '' : `${e.role} `}
          {hex16(e.value)}
          {e.level === null ? '' : ` at level ${e.level}`}
        </button>
      ))}
      {logTab && (
        <button
          type="button"
          className={`${buttonBase} px-2 py-1 text-xs`}
          onClick={() => {
            store.getState().setLogText(text);
            store.getState().setMode('log');
          }}
        >
          Read it in the Log tab
        </button>
      )}
    </div>
  );
}
