/** Line input and buffered output that survive a million-line stream and a closed pipe. */

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function* readLines(file: string | null): AsyncGenerator<string> {
  const input = file === null ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** Collects output and writes it in large chunks, waiting when the pipe is full. */
export class Out {
  private buf: string[] = [];
  private size = 0;
  async line(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!process.stdout.write(chunk)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
  }
}
