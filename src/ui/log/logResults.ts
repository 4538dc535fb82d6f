/**
 * The page's side of the log reader: sends a log to the worker and collects the rows it
 * streams back into a small store the Log view renders from. Rows are appended to one
 * array (a 100,000-line log can hold as many SPTEs) and `version` says when it grew;
 * walks and old/new pairs are indexed as the rows arrive.
 */

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostParams } from '../../core';
import type { LineClue, LogRow } from './process';
import type { FromWorker, ToWorker } from './protocol';

export type LogStatus = 'idle' | 'reading' | 'done' | 'error';

export interface PairIndex {
  old: number;
  new: number;
}

export interface LogResults {
  status: LogStatus;
  /** Grows while reading; the same array until the next request. */
  rows: LogRow[];
  version: number;
  linesDone: number;
  totalLines: number;
  clues: LineClue[];
  error: string | null;
  /** Walk index → row indexes, in log order (root to leaf, as the kernel prints them). */
  walks: Map<number, number[]>;
  /** Walk indexes in the order they appear. */
  walkOrder: number[];
  /** Old/new pairs with both sides, in log order. */
  pairs: PairIndex[];
  /** Row index → position in `pairs`. */
  pairOf: Map<number, number>;
  /** SPTEs found beyond the cap (rowCap) and not kept; 0 when all are listed. */
  dropped: number;
  /** At most this many rows are kept for the text being read (see rowCapFor). */
  rowCap: number;
}

/**
 * Memory stays proportional to what was pasted: at most ROWS_PER_MB rows per megabyte of
 * text (and never fewer than MIN_ROW_CAP). Dense real traces hold up to ~18,000 SPTEs per
 * MB (two per 110-byte kvm_tdp_mmu_spte_changed line); text packed tighter is cut, and the
 * view says so.
 */
export const ROWS_PER_MB = 20_000;
export const MIN_ROW_CAP = 20_000;
export const rowCapFor = (chars: number): number =>
  Math.max(MIN_ROW_CAP, Math.ceil(chars / 1e6) * ROWS_PER_MB);

const empty = (status: LogStatus): LogResults => ({
  status,
  rows: [],
  version: 0,
  linesDone: 0,
  totalLines: 0,
  clues: [],
  error: null,
  walks: new Map(),
  walkOrder: [],
  pairs: [],
  pairOf: new Map(),
  dropped: 0,
  rowCap: MIN_ROW_CAP,
});

export interface LogReader {
  results: StoreApi<LogResults>;
  read(text: string, params: HostParams, kernel: string): void;
  dispose(): void;
}

/** A reader backed by a module worker (created on first use). */
export function createLogReader(makeWorker: () => Worker = defaultWorker): LogReader {
  const results = createStore<LogResults>()(() => empty('idle'));
  let worker: Worker | null = null;
  let current = 0;
  /** Old-side rows whose new side has not arrived yet (pair id → row index). */
  let openPairs = new Map<number, number>();

  const onMessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.id !== current) return;
    const s = results.getState();
    if (m.type === 'error') {
      results.setState({ status: 'error', error: m.message });
      return;
    }
    if (m.type === 'done') {
      results.setState({
        status: 'done',
        linesDone: m.totalLines,
        totalLines: m.totalLines,
        clues: m.clues,
        version: s.version + 1,
      });
      return;
    }
    const { rows, walks, walkOrder, pairs, pairOf, rowCap } = s;
    const room = Math.max(0, rowCap - rows.length);
    const dropped = s.dropped + Math.max(0, m.rows.length - room);
    for (const row of room >= m.rows.length ? m.rows : m.rows.slice(0, room)) {
      const i = rows.length;
      rows.push(row);
      if (row.walk !== null) {
        const w = walks.get(row.walk);
        if (w) w.push(i);
        else {
          walks.set(row.walk, [i]);
          walkOrder.push(row.walk);
        }
      }
      if (row.pair !== null) {
        if (row.role === 'old') openPairs.set(row.pair, i);
        else if (row.role === 'new') {
          const o = openPairs.get(row.pair);
          if (o !== undefined) {
            openPairs.delete(row.pair);
            pairOf.set(o, pairs.length);
            pairOf.set(i, pairs.length);
            pairs.push({ old: o, new: i });
          }
        }
      }
    }
    results.setState({
      linesDone: m.linesDone,
      totalLines: m.totalLines,
      dropped,
      version: s.version + 1,
    });
  };

  return {
    results,
    read(text, params, kernel) {
      current++;
      openPairs = new Map();
      if (text === '') {
        results.setState(empty('idle'));
        return;
      }
      if (!worker) {
        worker = makeWorker();
        worker.addEventListener('message', onMessage);
      }
      results.setState({ ...empty('reading'), rowCap: rowCapFor(text.length) });
      const msg: ToWorker = { type: 'read', id: current, text, params, kernel };
      worker.postMessage(msg);
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL('./logWorker.ts', import.meta.url), { type: 'module' });
}
