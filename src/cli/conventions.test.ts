// CLI conventions: Node's argument parser (`--`, `-` for stdin, --flag=value, short
// flags), --version, per-command help with exit codes, colour detection, completion, svg.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { wantsColour } from './colour';
import { spte } from './spawn-cli';

const ROOT = new URL('../../', import.meta.url).pathname;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('parseArgs', () => {
  it('reads short flags, --flag=value and the word after --', () => {
    const o = parseArgs(['decode', '-p', 'npt', '--kernel=6.6', '-l', '2', '-j', '--', '--not-a-flag']);
    expect(o).toMatchObject({ command: 'decode', preset: 'npt', kernel: '6.6', level: 2, json: true });
    expect(o.positional).toEqual(['--not-a-flag']);
  });
  it('keeps "-" and negative numbers as values', () => {
    expect(parseArgs(['decode', '-', '-3']).positional).toEqual(['-', '-3']);
  });
  it('names what is wrong', () => {
    expect(() => parseArgs(['decode', '--bogus'])).toThrow(/Unknown option '--bogus'/);
    expect(() => parseArgs(['decode', '--preset'])).toThrow(/--preset/);
    expect(() => parseArgs(['svg', '--theme', 'pink'])).toThrow(/light or dark/);
  });
});

describe('wantsColour', () => {
  const tty = (colours: boolean) => ({ isTTY: true, hasColors: () => colours });
  it('the flag wins, then the terminal decides, and a pipe only with FORCE_COLOR', () => {
    expect(wantsColour(true, {}, {})).toBe(true);
    expect(wantsColour(false, tty(true), {})).toBe(false);
    expect(wantsColour(null, tty(true), {})).toBe(true);
    expect(wantsColour(null, tty(false), {})).toBe(false);
    expect(wantsColour(null, { isTTY: false }, {})).toBe(false);
    expect(wantsColour(null, { isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour(null, { isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('spte', () => {
  it('--version and -V print the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await spte([flag]);
      expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    }
  });

  it('per-command help names the command and the exit codes', async () => {
    const r = await spte(['svg', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: spte svg/);
    expect(r.stdout).toContain('exit status:');
    expect((await spte(['help', 'log'])).stdout).toMatch(/^usage: spte log/);
  });

  it('"-" reads values from stdin among other values', async () => {
    const r = await spte(['decode', '--json', '0x1', '-'], '0x2\n0x3\n');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('a usage error exits 2 with a pointer to the help', async () => {
    const r = await spte(['decode', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('spte --help');
  });

  it('TERM=dumb and NO_COLOR keep output plain; FORCE_COLOR colours a pipe', async () => {
    expect((await spte(['decode', '0x5a0'], '', { TERM: 'dumb' })).stdout).not.toContain('\x1b[');
    expect((await spte(['decode', '0x5a0'], '', { NO_COLOR: '1' })).stdout).not.toContain('\x1b[');
    expect((await spte(['decode', '0x5a0'], '', { FORCE_COLOR: '1' })).stdout).toContain('\x1b[');
  });

  it('svg writes one SVG document; completion prints a script per shell', async () => {
    const svg = await spte(['svg', '-p', 'npt', '--theme=dark', '0x8000000123456867']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^]*<\/svg>\n$/);
    const bad = await spte(['svg', 'zz']);
    expect(bad.code).toBe(2);
    for (const [shell, mark] of [
      ['bash', 'complete -F _spte spte'],
      ['zsh', '#compdef spte'],
      ['fish', 'complete -c spte'],
    ] as const)
      expect((await spte(['completion', shell])).stdout).toContain(mark);
    expect((await spte(['completion', 'tcsh'])).code).toBe(2);
  });
});
