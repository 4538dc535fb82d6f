/**
 * SPTE-K002 in the Log tab: when an MMIO SPTE's GFN, read with the page's host, differs
 * from the address its dump prints (or the GFN the kernel traced), name the MAXPHYADDR
 * that makes them agree and offer to use it. The core decides (suggestMaxphyaddr); this
 * only shows it and applies the parameters it names.
 */

import { useMemo } from 'react';
import { PARAM_SPECS } from '../../core';
import { applyOverrides } from '../../core/host-overrides';
import { suggestMaxphyaddr } from '../../core/infer';
import { scanAddresses } from '../../core/log';
import { buttonBase } from '../components/styles';
import { useInspector, useInspectorStore } from '../store';
import { selectHost, selectLogText, selectParams } from '../store/selectors';
import type { LogResults } from './logResults';

export function MaxphyaddrNote({ results }: { results: LogResults }) {
  const store = useInspectorStore();
  const text = useInspector(selectLogText);
  const host = useInspector(selectHost);
  const done = results.status === 'done';
  // Rows are re-read for a new host, so the check follows the host the list is decoded with.
  const hint = useMemo(
    () => (done ? suggestMaxphyaddr(host, results.rows, scanAddresses(text)) : null),
    [done, host, text, results.rows],
  );
  if (!hint) return null;

  const use = () => {
    const s = store.getState();
    const now = selectParams(s);
    const next = applyOverrides(now, hint.overrides);
    for (const { key } of PARAM_SPECS) if (next[key] !== now[key]) s.setParam(key, next[key]);
  };
  return (
    <p className="mt-1 text-xs" role="note" data-testid="log-maxphyaddr">
      <span className="font-semibold">
        {hint.id} {hint.title}:
      </span>{' '}
      {hint.explanation}{' '}
      <button type="button" className={`${buttonBase} px-2 py-0.5 text-xs`} onClick={use}>
        Use MAXPHYADDR {hint.maxphyaddr}
      </button>
    </p>
  );
}
