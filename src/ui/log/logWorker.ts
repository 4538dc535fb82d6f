/**
 * The log reader's worker: extraction and decoding of a pasted log off the main thread,
 * results posted in chunks. A newer request stops the running one at its next chunk; the
 * last log's extraction is kept, so a new host or kernel only re-decodes.
 */

import { hostFor } from '../lib/kernels';
import { readLog, type Extracted } from './process';
import type { FromWorker, ToWorker } from './protocol';

interface Port {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const port = self as unknown as Port;

let latest = -1;
let previous: Extracted | null = null;

/** Let queued messages (a newer request) run before the next chunk. */
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });

async function read(req: ToWorker): Promise<void> {
  const { id } = req;
  try {
    const run = readLog(req.text, hostFor(req.params, req.kernel), 4000, previous);
    for (;;) {
      const r = run.next();
      if (r.done) {
        previous = r.value.extracted;
        port.postMessage({ type: 'done', id, ...r.value.summary });
        return;
      }
      port.postMessage({ type: 'chunk', id, ...r.value });
      await yieldToMessages();
      if (id !== latest) return;
    }
  } catch (e) {
    port.postMessage({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  }
}

port.addEventListener('message', (e) => {
  if (e.data.type !== 'read') return;
  latest = e.data.id;
  void read(e.data);
});
