/**
 * Keeps the URL hash and the browser history in step with one inspector (the full
 * app's; embeds never touch the URL). Each committed change is a new history entry;
 * further keystrokes of the same typing session replace it. Back/Forward and edits of
 * the hash restore the state; a broken hash becomes messages, never an exception.
 */

import { useEffect, useState } from 'react';
import { DEFAULT_PRESET_ID, findPreset } from '../../core';
import { DEFAULT_VALUE, type InspectorInit, type InspectorStore } from '../store';
import { selectComparison, selectParams } from '../store/selectors';
import type { InspectorInputs } from '../store/types';
import { decodeHash, encodeHash } from '../url/hashCodec';
import { CURRENT_KERNEL } from '../lib/kernels';

const hashOf = (s: InspectorInputs): string => {
  const compare = selectComparison(s);
  return encodeHash({
    value: s.lastValidValue,
    params: selectParams(s),
    level: s.level,
    kernel: s.kernel,
    ...(compare ? { compare } : {}),
  });
};

/** The initial inspector state for a page opened at `hash`, and what was wrong with it. */
export function initFromHash(hash: string): { init: InspectorInit; problems: string[] } {
  const d = decodeHash(hash);
  const init: InspectorInit = {};
  if (d.value !== undefined) init.value = d.value;
  if (d.params !== undefined) init.params = d.params;
  if (d.level !== undefined) init.level = d.level;
  if (d.kernel !== undefined) init.kernel = d.kernel;
  if (d.compare !== undefined) init.compare = d.compare;
  // A linked value without a kernel (and on the default host) is read under auto; a
  // broken kernel is reported and the default used, as before.
  if (
    d.value !== undefined &&
    !/[#&?]kernel=/.test(hash) &&
    (d.params === undefined || d.params === findPreset(DEFAULT_PRESET_ID)?.params)
  )
    init.autoDecide = true;
  return { init, problems: d.problems };
}

/**
 * `history: 'replace'` (the iframe mode) keeps one history entry: a frame's pushState
 * would join the host page's session history, and the host's Back button would then undo
 * a toggle inside the frame instead of leaving the page.
 */
export function useHashSync(
  store: InspectorStore,
  initialProblems: string[],
  { history: mode = 'push' }: { history?: 'push' | 'replace' } = {},
) {
  const [problems, setProblems] = useState(initialProblems);

  useEffect(() => {
    let lastCommit = store.getState().commit;
    let restoring = false;
    // This entry's URL becomes the canonical hash (a reload then restores exactly this).
    if (window.location.hash !== hashOf(store.getState()))
      history.replaceState(history.state, '', hashOf(store.getState()));

    const unsubscribe = store.subscribe((s, prev) => {
      if (restoring) return;
      if (
        s.lastValidValue === prev.lastValidValue &&
        s.level === prev.level &&
        s.kernel === prev.kernel &&
        selectParams(s) === selectParams(prev) &&
        selectComparison(s) === selectComparison(prev)
      )
        return;
      const hash = hashOf(s);
      if (hash !== window.location.hash) {
        if (s.commit === lastCommit || mode === 'replace') history.replaceState(history.state, '', hash);
        else history.pushState(null, '', hash);
      }
      lastCommit = s.commit;
    });

    const onNavigate = () => {
      const d = decodeHash(window.location.hash);
      setProblems(d.problems);
      const target = {
        value: d.value ?? DEFAULT_VALUE,
        params: d.params ?? findPreset(DEFAULT_PRESET_ID)!.params,
        level: d.level ?? 1,
        kernel: d.kernel ?? CURRENT_KERNEL,
        compare: d.compare ?? null,
      };
      const { compare, ...rest } = target;
      if (encodeHash(compare ? { ...rest, compare } : rest) !== hashOf(store.getState())) {
        restoring = true;
        try {
          store.getState().restore(target);
        } finally {
          restoring = false;
        }
      }
      lastCommit = store.getState().commit;
      const canonical = hashOf(store.getState());
      if (canonical !== window.location.hash) history.replaceState(history.state, '', canonical);
    };
    // Back/Forward fire popstate; editing the address bar's hash fires hashchange.
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [store, mode]);

  return { problems, dismiss: () => setProblems([]) };
}
