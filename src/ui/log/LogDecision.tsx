/**
 * The Log tab's one-line decision: which kernel and host the pasted text reads as, why, and
 * what else fits. When a new text has been read and auto is on, the decision is applied as
 * auto (the list is then decoded for it, and the Value tab's line says so); a click on a
 * "Use …" button is the user's choice (an override), which a new text never replaces.
 */

import { useEffect, useMemo, useRef } from 'react';
import type { Inference } from '../../core/infer';
import { buttonBase } from '../components/styles';
import { eraVersion } from '../lib/kernels';
import { useInspector, useInspectorStore } from '../store';
import { selectHost, selectLogText, selectPresetId } from '../store/selectors';
import type { AutoReading } from '../store/types';
import { inferLog } from './logInference';
import type { LogResults } from './logResults';
import { MaxphyaddrNote } from './MaxphyaddrNote';

/** The decision as the store keeps it for the Value tab's line. */
const readingOf = (inf: Inference): AutoReading => ({
  source: 'log',
  era: inf.best.era,
  host: inf.best.host,
  eraLabel: inf.eraLabel,
  hostLabel: inf.hostLabel,
  strength: inf.strength,
  evidence: inf.evidence,
});

export function LogDecision({ results }: { results: LogResults }) {
  const store = useInspectorStore();
  const text = useInspector(selectLogText);
  const era = useInspector((s) => selectHost(s).era);
  const preset = useInspector(selectPresetId);
  // results.status: decide when the reading of a new text is done.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const inference = useMemo(() => inferLog(text, results), [text, results.status]);

  const use = (e: string, host: string) => {
    const s = store.getState();
    if (selectPresetId(s) !== host) s.selectPreset(host);
    s.setKernel(eraVersion(e as Inference['best']['era']));
  };

  // Auto: apply the decision once, when a new text has been read (nothing when auto is off).
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!inference || applied.current === text) return;
    applied.current = text;
    store.getState().applyAutoReading(readingOf(inference), inference.eras);
    // Only a new decision applies; later changes of kernel or host are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inference, text]);

  if (!inference) return null;
  const inUse = inference.eras.includes(era) && inference.best.host === preset;
  const r = inference.runnerUp;
  return (
    <section
      aria-label="Kernel and host read from the log"
      className="mt-3 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100"
    >
      <p data-testid="log-decision">
        <span className="font-semibold">
          Read as {inference.eraLabel} on {inference.hostLabel}
        </span>
        {inference.strength === 'weak' ? ' (weak evidence)' : ''}: {inference.evidence.slice(0, 4).join('; ')}
        .{r ? ` Also fits: ${r.eraLabel} on ${r.hostLabel}.` : ''}
      </p>
      {inference.conflict && (
        <p className="mt-1 text-xs" role="note">
          <span className="font-semibold">
            {inference.conflict.id} {inference.conflict.title}:
          </span>{' '}
          {inference.conflict.explanation}
        </p>
      )}
      <MaxphyaddrNote results={results} />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {inUse ? (
          <span className="text-xs">The list is decoded for this reading.</span>
        ) : (
          <button
            type="button"
            className={`${buttonBase} px-2 py-1 text-xs`}
            onClick={() => use(inference.best.era, inference.best.host)}
          >
            Use {inference.eraLabel} on {inference.hostLabel}
          </button>
        )}
        {r && (
          <button
            type="button"
            className={`${buttonBase} px-2 py-1 text-xs`}
            onClick={() => use(r.era, r.host)}
          >
            Use {r.eraLabel} on {r.hostLabel}
          </button>
        )}
      </div>
    </section>
  );
}
