/**
 * The CLI under hostile input and failing I/O: every fault is one line on stderr and exit
 * status 2, and the run goes on where it can. No stack traces, no unbounded memory.
 */

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, TooLongLine, splitLines, type InputLine } from './io';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');
const tmp = mkdtempSync(join(tmpdir(), 'spte-io-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input: string | Buffer = '', stdout: 'pipe' | number = 'pipe'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, [MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', stdout, 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout: out, stderr: err }));
    p.stdin!.on('error', () => {});
    p.stdin!.end(input);
  });
}

/** One line, naming the program, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^spte: /);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
  return lines[0]!;
}

const GOOD = '0x8600000123456b77';

describe('size limits', () => {
  it('--config /dev/zero is refused at once (exit 2), not read until memory runs out', async () => {
    const r = await run(['decode', '--config', '/dev/zero', '0']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('--config /dev/zero is larger than 1,048,576 bytes');
  });

  it('a 20 MB stdin line is refused with a short message; the next line is decoded', async () => {
    const input = `0x5a0\n${'9'.repeat(20_000_000)}\n${GOOD}\n`;
    const r = await run(['decode', '--json'], input);
    expect(r.code).toBe(2);
    const line = oneLine(r.stderr);
    expect(line).toContain('stdin line 2');
    expect(line).toContain('line too long (20,000,000 characters');
    expect(line.length).toBeLessThan(300);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { v: string }).v),
    ).toEqual(['0x00000000000005a0', GOOD]);
  });

  it.runIf(existsSync('/usr/bin/time'))('a 20 MB line costs less than 300 MB of memory', () => {
    const file = join(tmp, 'one-big-line.txt');
    writeFileSync(file, `${'a'.repeat(20_000_000)}\n${GOOD}\n`);
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', TSX, MAIN, 'log', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(300 * 1024);
  });

  it('a too-long line in a log keeps the line numbers of what follows', async () => {
    const log = `x\n${'y'.repeat(MAX_LINE_CHARS + 1)}\nkvm: ------ spte = ${GOOD} level = 1, rsvd bits = 0x0\n`;
    const r = await run(['log', '--json'], log);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('stdin line 2:');
    expect(JSON.parse(r.stdout)).toMatchObject({ line: 3, v: GOOD });
  });
});

describe('I/O faults', () => {
  it('a full disk on stdout (/dev/full) is one line and exit 2', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await run(['decode', GOOD], '', fd);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe('spte: cannot write output: no space left on device');
    } finally {
      closeSync(fd);
    }
  });

  it('a missing log file is a user error (exit 2), not an internal one', async () => {
    const r = await run(['log', join(tmp, 'no-such.log')]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/cannot read .*no-such\.log: no such file or directory/);
  });

  it('an unreadable log file (a directory) is one line and exit 2', async () => {
    const r = await run(['log', tmp]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/cannot read .*: illegal operation on a directory/);
  });

  it('exit status 2 when a line was rejected, even if the reader then closed the pipe', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const p = spawn(TSX, [MAIN, 'decode'], { cwd: ROOT });
      let stderr = '';
      p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      p.stdout.once('data', () => p.stdout.destroy());
      p.on('error', reject);
      p.on('close', (code) => resolve({ code, stderr }));
      p.stdin.on('error', () => {});
      p.stdin.end(`zz\n${`${GOOD}\n`.repeat(200_000)}`);
    });
    expect(r.stderr).toContain('stdin line 1: "zz"');
    expect(r.code).toBe(2);
  });
});

async function lines(chunks: (string | Buffer)[], max?: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  const src = Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  for await (const l of splitLines(src, max)) out.push(l);
  return out;
}

describe('splitLines', () => {
  it('splits at \\n, \\r\\n and a lone \\r, also across chunks', async () => {
    expect(await lines(['a\r\nb\rc\n', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(await lines(['a\r', '\nb\r', 'c'])).toEqual(['a', 'b', 'c']);
    expect(await lines(['\n\n'])).toEqual(['', '']);
  });
  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('ü€\n');
    expect(await lines([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)])).toEqual(['ü€']);
  });
  it('gives an over-long line as its length and head, then goes on', async () => {
    const got = await lines(['ok\n', 'x'.repeat(50), 'y'.repeat(100), '\nnext\n'], 120);
    expect(got[0]).toBe('ok');
    expect(got[1]).toBeInstanceOf(TooLongLine);
    expect((got[1] as TooLongLine).length).toBe(150);
    expect((got[1] as TooLongLine).head).toBe('x'.repeat(50) + 'y'.repeat(30));
    expect(got[2]).toBe('next');
  });
});
