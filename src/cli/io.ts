/**
 * The CLI's I/O: streamed line input with a size limit per line, bounded file reads,
 * buffered output that survives a closed pipe, and I/O faults as one-line errors.
 *
 * Memory stays bounded whatever arrives: at most one read chunk plus one line of up to
 * MAX_LINE_CHARS is held. A longer line is not collected: its first characters are kept
 * for the message and the rest is skipped up to the next line break.
 */

import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** Far longer than any log line that holds an SPTE; far shorter than what hurts. */
export const MAX_LINE_CHARS = 1 << 20;
/** A host configuration is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1 << 20;
/** How much of a refused line the message quotes. */
const HEAD_CHARS = 80;

/** An I/O fault or a refused file: reported as `spte: MESSAGE` on one line, exit 2. */
export class IoError extends Error {}

/** A line longer than the limit: its length and first characters only. */
export class TooLongLine {
  constructor(
    readonly length: number,
    readonly head: string,
  ) {}
  get message(): string {
    return `line too long (${this.length.toLocaleString('en-US')} characters; the limit is ${MAX_LINE_CHARS.toLocaleString('en-US')}): skipped`;
  }
}

export type InputLine = string | TooLongLine;

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory". */
function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const m = /^[A-Z]+: ([^,]+)/.exec(err?.message ?? '');
  return m ? m[1]! : String(err?.message ?? e);
}

/**
 * Lines of `input`, split at \n, \r\n or a lone \r (as readline does), each at most `max`
 * characters; a longer one comes as a TooLongLine.
 */
export async function* splitLines(input: Readable, max = MAX_LINE_CHARS): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  const BREAK = /[\r\n]/g;
  let partial = '';
  /** Characters of the current line when it is over the limit (then `partial` is empty). */
  let overLong = -1;
  let head = '';
  /** The last chunk ended in \r: a \n at the start of the next one belongs to it. */
  let afterCr = false;
  const add = (piece: string) => {
    if (overLong >= 0) overLong += piece.length;
    else if (partial.length + piece.length > max) {
      head = (partial + piece.slice(0, HEAD_CHARS)).slice(0, HEAD_CHARS);
      overLong = partial.length + piece.length;
      partial = '';
    } else partial += piece;
  };
  const finish = (): InputLine => {
    const line = overLong >= 0 ? new TooLongLine(overLong, head) : partial;
    partial = '';
    overLong = -1;
    return line;
  };
  const take = function* (text: string): Generator<InputLine> {
    let from = afterCr && text.startsWith('\n') ? 1 : 0;
    afterCr = false;
    BREAK.lastIndex = from;
    for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
      add(text.slice(from, m.index));
      yield finish();
      from = m.index + 1;
      if (m[0] === '\r') {
        if (from === text.length) afterCr = true;
        else if (text[from] === '\n') from++;
      }
      BREAK.lastIndex = from;
    }
    if (from < text.length) add(text.slice(from));
  };
  for await (const chunk of input) yield* take(decoder.write(chunk as Buffer));
  yield* take(decoder.end());
  if (overLong >= 0 || partial !== '') yield finish();
}

/** Lines of FILE (or stdin for null or "-"); a file that cannot be read is an IoError. */
export async function* readLines(file: string | null): AsyncGenerator<InputLine> {
  const stdin = file === null || file === '-';
  const input = stdin ? process.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  try {
    yield* splitLines(input);
  } catch (e) {
    throw new IoError(`cannot read ${stdin ? 'standard input' : file}: ${reason(e)}`);
  } finally {
    if (!stdin) input.destroy();
  }
}

/** A small file read whole, refused when larger than `max` bytes (`--config /dev/zero`). */
export function readSmallFile(file: string, what: string, max = MAX_CONFIG_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new IoError(`cannot read ${what} ${file}: ${reason(e)}`);
  }
  try {
    const buf = Buffer.alloc(max + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > max)
        throw new IoError(
          `${what} ${file} is larger than ${max.toLocaleString('en-US')} bytes: not a host configuration`,
        );
    }
    return new TextDecoder().decode(buf.subarray(0, got));
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError(`cannot read ${what} ${file}: ${reason(e)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Output faults end the run at once: a reader that closed the pipe (`| head`) quietly,
 * anything else (a full disk) with one line on stderr. The exit status still says
 * whether input was rejected.
 */
export function guardOutput(status: () => number): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') {
      try {
        process.stderr.write(`spte: cannot write output: ${reason(e)}\n`);
      } catch {
        // stderr is gone too: the exit status is all that is left.
      }
      process.exit(2);
    }
    process.exit(status());
  });
  // A closed or failing stderr must not turn into a stack trace either.
  process.stderr.on('error', () => {});
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
