import { describe, expect, test } from 'vitest';
import { findPreset, makeHost } from '../../core';
import { MIN_ROW_CAP, ROWS_PER_MB, createLogReader, rowCapFor } from './logResults';
import { readLog } from './process';
import type { FromWorker, ToWorker } from './protocol';

/** A worker stand-in that runs the same reader synchronously, one message per chunk. */
class FakeWorker {
  listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  sent: ToWorker[] = [];
  terminated = false;
  addEventListener(_: 'message', f: (e: MessageEvent<FromWorker>) => void) {
    this.listeners.push(f);
  }
  postMessage(m: ToWorker) {
    this.sent.push(m);
  }
  deliver(m: FromWorker) {
    for (const f of this.listeners) f({ data: m } as MessageEvent<FromWorker>);
  }
  run(req: ToWorker, step = 1) {
    const run = readLog(req.text, makeHost(req.params), step);
    for (;;) {
      const r = run.next();
      if (r.done) return this.deliver({ type: 'done', id: req.id, ...r.value.summary });
      this.deliver({ type: 'chunk', id: req.id, ...r.value });
    }
  }
  terminate() {
    this.terminated = true;
  }
}

const params = findPreset('ept-ad')!.params;
const LOG = [
  'kvm: get_mmio_spte: reserved bits set on MMU-present spte, addr 0xfe00d000, hierarchy:',
  'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
  'kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits = 0x10000000000000',
  'kvm_tdp_mmu_spte_changed: as id 0 gfn 7f3a1 level 1 old_spte 8600000123456b77 new_spte 8200000123456b75',
  'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
].join('\n');

describe('createLogReader', () => {
  test('collects streamed rows and indexes walks and pairs', () => {
    const w = new FakeWorker();
    const reader = createLogReader(() => w as unknown as Worker);
    reader.read(LOG, params, 'current');
    expect(reader.results.getState().status).toBe('reading');
    w.run(w.sent[0]!);
    const s = reader.results.getState();
    expect(s.status).toBe('done');
    expect(s.rows.map((r) => r.line)).toEqual([2, 3, 4, 4, 5]);
    expect([...s.walks]).toEqual([
      [0, [0, 1]],
      [1, [4]],
    ]);
    expect(s.walkOrder).toEqual([0, 1]);
    expect(s.pairs).toEqual([{ old: 2, new: 3 }]);
    expect(s.pairOf.get(3)).toBe(0);
    expect(s.totalLines).toBe(5);
  });

  test('answers to an older request are ignored; an empty log needs no worker', () => {
    const w = new FakeWorker();
    let made = 0;
    const reader = createLogReader(() => (made++, w as unknown as Worker));
    reader.read('', params, 'current');
    expect(made).toBe(0);
    reader.read(LOG, params, 'current');
    reader.read(LOG.split('\n').slice(0, 3).join('\n'), params, 'current');
    w.run(w.sent[0]!);
    expect(reader.results.getState().rows).toHaveLength(0);
    w.run(w.sent[1]!);
    expect(reader.results.getState().rows).toHaveLength(2);
    reader.dispose();
    expect(w.terminated).toBe(true);
  });

  test('a worker error is shown as a message', () => {
    const w = new FakeWorker();
    const reader = createLogReader(() => w as unknown as Worker);
    reader.read(LOG, params, 'current');
    w.deliver({ type: 'error', id: w.sent[0]!.id, message: 'boom' });
    expect(reader.results.getState()).toMatchObject({ status: 'error', error: 'boom' });
  });
});

describe('memory per pasted MB is capped', () => {
  test('rows beyond the cap are counted, not kept', () => {
    expect(rowCapFor(10)).toBe(MIN_ROW_CAP);
    expect(rowCapFor(20_000_000)).toBe(20 * ROWS_PER_MB);
    const w = new FakeWorker();
    const reader = createLogReader(() => w as unknown as Worker);
    // Text packed with SPTEs: far more per MB than any real log.
    const line = '------ spte 0x2038001ffe00d407 level 1.';
    const text = Array.from({ length: MIN_ROW_CAP + 500 }, () => line).join('\n');
    expect(text.length).toBeLessThan(1_000_000); // so the cap is 20,000 rows
    reader.read(text, params, 'current');
    w.run(w.sent[0]!, 4096);
    const s = reader.results.getState();
    expect(s.status).toBe('done');
    expect(s.rows).toHaveLength(rowCapFor(text.length));
    expect(s.rows.length + s.dropped).toBe(MIN_ROW_CAP + 500);
  });
});
