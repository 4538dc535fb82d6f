import { useDeferredValue, useId, useMemo } from 'react';
import { writableChoices } from '../lib/writableChoices';
import { useInspector, useInspectorStore } from '../store';
import { selectDecoded, selectHost, selectWritable } from '../store/selectors';
import { Panel } from './Panel';
import { mutedText } from './styles';

const bit = (b: boolean) => (b ? '1' : '0');

/**
 * The four legal Host-writable / MMU-writable / W states as radio buttons: picking one
 * sets the three bits (one undo step). Each state says what the kernel would call the
 * change to it and whether that change needs a TLB flush.
 */
export function WritableTable({ readonly = false }: { readonly?: boolean }) {
  const store = useInspectorStore();
  const w = useInspector(selectWritable);
  // Naming the four transitions and their flushes takes a few kernel checks per toggle:
  // done on a deferred decode, so the grid and the verdict paint first and this follows.
  const decoded = useDeferredValue(useInspector(selectDecoded));
  const host = useDeferredValue(useInspector(selectHost));
  const choices = useMemo(() => writableChoices(host, decoded), [host, decoded]);
  const name = useId();
  const noteId = useId();
  return (
    <Panel title="Writable state">
      <p className="text-sm">
        This SPTE: Host-writable <span className="font-mono font-semibold">{bit(w.h)}</span>, MMU-writable{' '}
        <span className="font-mono font-semibold">{bit(w.m)}</span>, W{' '}
        <span className="font-mono font-semibold">{bit(w.w)}</span>
      </p>
      {!w.applies ? (
        <p id={noteId} className={`mt-1 text-sm ${mutedText}`}>
          Not checked: the writable invariant applies to shadow-present leaf SPTEs only.
        </p>
      ) : w.violation ? (
        <p
          id={noteId}
          className="mt-1 rounded-md border border-red-300 bg-red-50 px-2 py-1 text-sm font-semibold text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
        >
          Illegal combination: {w.violation}. Pick a legal state below.
        </p>
      ) : null}
      <fieldset className="mt-2" aria-describedby={w.applies && !w.violation ? undefined : noteId}>
        <legend className={`text-xs font-semibold ${mutedText}`}>
          {readonly ? 'Legal states (read-only)' : 'Pick a legal state; the bits follow'}
        </legend>
        <ul className="mt-1 flex flex-col gap-1">
          {choices.map((c) => {
            const current = w.applies && c.current;
            return (
              <li key={c.name}>
                <label
                  className={`flex gap-2 rounded-md border px-2 py-1.5 text-sm ${
                    current
                      ? 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/60'
                      : 'border-slate-200 dark:border-slate-700'
                  } ${readonly || !w.applies ? '' : 'cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800'}`}
                >
                  <input
                    type="radio"
                    name={name}
                    checked={current}
                    disabled={readonly || !w.applies}
                    onChange={() => store.getState().setValue(c.value)}
                    className="mt-0.5 size-4 shrink-0 accent-emerald-700 dark:accent-emerald-400"
                  />
                  <span className="min-w-0">
                    <span className="font-mono text-xs">
                      H {bit(c.h)} · M {bit(c.m)} · W {bit(c.w)}
                    </span>{' '}
                    <span className="font-medium">{c.name}</span>
                    {current && <span className="ml-1 text-xs font-semibold">(this SPTE)</span>}
                    <span className={`block text-xs leading-snug ${mutedText}`}>{c.meaning}</span>
                    {!current && w.applies && (
                      <span className="block text-xs leading-snug">
                        <span className="font-semibold">→ {c.transition}</span>
                        {c.flush && <span className={mutedText}> · {c.flush}</span>}
                      </span>
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </Panel>
  );
}
