/**
 * The Log tab's one-line decision: which kernel and host the pasted text reads as, why, and
 * what else fits. When a new text has been read, the decision is applied (the list is then
 * decoded for it); a click on an alternative overrides it, and the override stays until
 * another text arrives.
 */

import { useEffect, useMemo, useRef } from 'react';
import { inferOrigin, sampleOf, scanText, type Inference } from '../../core/infer';
import { buttonBase } from '../components/styles';
import { eraVersion } from '../lib/kernels';
import { useInspector, useInspectorStore } from '../store';
import { selectHost, selectLogText, selectPresetId } from '../store/selectors';
import type { LogResults } from './logResults';
import { MaxphyaddrNote } from './MaxphyaddrNote';

/**
 * Decisions by text: re-reading the same text for another kernel (after an override) must
 * not decide again, so the first decision for a text is kept.
 */
const decisions = new Map<string, Inference>();

/** The decision for a read text: its clues and its SPTEs. */
function decide(text: string, results: LogResults): Inference | null {
  if (results.status !== 'done' || text.trim() === '') return null;
  const known = decisions.get(text);
  if (known) return known;
  const r = inferOrigin(scanText(text.split('\n')), results.rows.map(sampleOf));
  if (decisions.size > 8) decisions.clear();
  decisions.set(text, r);
  return r;
}

export function LogDecision({ results }: { results: LogResults }) {
  const store = useInspectorStore();
  const text = useInspector(selectLogText);
  const era = useInspector((s) => selectHost(s).era);
  const preset = useInspector(selectPresetId);
  // results.status: decide when the reading of a new text is done.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const inference = useMemo(() => decide(text, results), [text, results.status]);

  const use = (e: string, host: string) => {
    const s = store.getState();
    if (selectPresetId(s) !== host) s.selectPreset(host);
    s.setKernel(eraVersion(e as Inference['best']['era']));
  };

  // Auto: apply the decision once, when a new text has been read.
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!inference || applied.current === text) return;
    applied.current = text;
    if (inference.best.era !== era || inference.best.host !== preset)
      use(inference.best.era, inference.best.host);
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
