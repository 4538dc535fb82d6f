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
import { scanAddresses, type AddressClaim } from '../../core/log';
import { buttonBase } from '../components/styles';
import { useInspector, useInspectorStore } from '../store';
import { selectHost, selectLogText, selectParams } from '../store/selectors';
import type { LogResults } from './logResults';

/**
 * The addresses of the last text read: a new host re-reads the rows (a new array) but not
 * the text, so the scan is kept by text.
 */
let last: { text: string; claims: AddressClaim[] } | null = null;
function claimsOf(text: string): AddressClaim[] {
  if (last?.text !== text) last = { text, claims: scanAddresses(text) };
  return last.claims;
}

export function MaxphyaddrNote({ results }: { results: LogResults }) {
  const store = useInspectorStore();
  const text = useInspector(selectLogText);
  const host = useInspector(selectHost);
  const done = results.status === 'done';
  // Only a text with a row that can be checked (a dump's entry, a check_mmio_spte line) is
  // scanned for addresses: most pastes never pay for it.
  const claims = useMemo(
    () =>
      done && results.rows.some((r) => r.walk !== null || r.format === 'check_mmio_spte')
        ? claimsOf(text)
        : [],
    [done, text, results.rows],
  );
  // Rows are re-read for a new host, so the check follows the host the list is decoded with.
  const hint = useMemo(
    () => (claims.length > 0 ? suggestMaxphyaddr(host, results.rows, claims) : null),
    [claims, host, results.rows],
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
