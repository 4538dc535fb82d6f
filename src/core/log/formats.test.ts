import { describe, expect, it } from 'vitest';
import { extractSptes, LOG_FORMATS, type LogEntry, type LogFormatId } from './index';

type Row = [role: string, hex: string, level: number | null, format: LogFormatId];
const rows = (entries: LogEntry[]): Row[] =>
  entries.map((e) => [e.role, e.value.toString(16), e.level, e.format]);

interface Case {
  name: string;
  /** The message as the kernel prints it (no prefixes). */
  line: string;
  /** Where the format's anchor ends: mail wrapping is only tried at blanks after it. */
  anchorEnd: number;
  trace: boolean;
  expect: Row[];
}

const c = (name: string, line: string, anchor: string, trace: boolean, expect: Row[]): Case => ({
  name,
  line,
  anchorEnd: line.indexOf(anchor) + anchor.length,
  trace,
  expect,
});

const CASES: Case[] = [
  c(
    'kvm_mmu_set_spte',
    'kvm_mmu_set_spte: gfn 7f3a1 spte 86000001234b77 (rwxu) level 1 at 10a3c0f28',
    'kvm_mmu_set_spte:',
    true,
    [['spte', '86000001234b77', 1, 'kvm_mmu_set_spte']],
  ),
  c(
    'kvm_mmu_set_spte, MBEC five flags, non-present prefix',
    'kvm_mmu_set_spte: gfn 100 spte 8600000100000bf7 (r-x-u) level 2 at 1c2d3e008',
    'kvm_mmu_set_spte:',
    true,
    [['spte', '8600000100000bf7', 2, 'kvm_mmu_set_spte']],
  ),
  c(
    'kvm_mmu_split_huge_page',
    'kvm_mmu_split_huge_page: gfn 40000 spte 8600000140000bf7 level 2 errno 0',
    'kvm_mmu_split_huge_page:',
    true,
    [['spte', '8600000140000bf7', 2, 'kvm_mmu_split_huge_page']],
  ),
  c(
    'kvm_mmu_split_huge_page, negative errno',
    'kvm_mmu_split_huge_page: gfn 40000 spte 8600000140000bf7 level 3 errno -12',
    'kvm_mmu_split_huge_page:',
    true,
    [['spte', '8600000140000bf7', 3, 'kvm_mmu_split_huge_page']],
  ),
  c(
    'kvm_tdp_mmu_spte_changed',
    'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000 new_spte 86000001234b77',
    'kvm_tdp_mmu_spte_changed:',
    true,
    [
      ['old', '8000000000000000', 1, 'kvm_tdp_mmu_spte_changed'],
      ['new', '86000001234b77', 1, 'kvm_tdp_mmu_spte_changed'],
    ],
  ),
  c(
    'fast_page_fault, old printed as bare 0',
    'fast_page_fault: vcpu 0 gva 7f3a1000 error_code P|W sptep 0000000012ab34cd old 0 new 86000001234b77 spurious 0 fixed 1',
    'fast_page_fault:',
    true,
    [
      ['old', '0', null, 'fast_page_fault'],
      ['new', '86000001234b77', null, 'fast_page_fault'],
    ],
  ),
  c(
    'fast_page_fault, old with 0x, empty error_code',
    'fast_page_fault: vcpu 3 gva ffffc90000a1b000 error_code  sptep ffff888101234560 old 0x86000001234b75 new 86000001234b77 spurious 0 fixed 1',
    'fast_page_fault:',
    true,
    [
      ['old', '86000001234b75', null, 'fast_page_fault'],
      ['new', '86000001234b77', null, 'fast_page_fault'],
    ],
  ),
  c(
    'check_mmio_spte',
    'check_mmio_spte: spte 8000fe00d000a076 kvm_gen a spte-gen a valid 1',
    'check_mmio_spte:',
    true,
    [['spte', '8000fe00d000a076', null, 'check_mmio_spte']],
  ),
  c(
    'walk_entry (current wording)',
    'kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0',
    '------ spte',
    false,
    [['spte', '8000000102a3e907', 4, 'walk_entry']],
  ),
  c(
    'walk_entry without kvm: prefix (5.14-6.2)',
    '------ spte = 0x2038001ffe00d407 level = 1, rsvd bits = 0x2000000000000000',
    '------ spte',
    false,
    [['spte', '2038001ffe00d407', 1, 'walk_entry']],
  ),
  c('walk_entry_old', '------ spte 0x1db00000000b83b6 level 1.', '------ spte', false, [
    ['spte', '1db00000000b83b6', 1, 'walk_entry_old'],
  ]),
  c(
    'make_spte_rsvd_warn',
    'spte = 0x860000012345fb77, level = 1, rsvd bits = 0x10000000000000',
    'spte = ',
    false,
    [['spte', '860000012345fb77', 1, 'make_spte_rsvd_warn']],
  ),
  c(
    'writable_invariant_warn (MMU-writable, not Host-writable)',
    'kvm: MMU-writable SPTE is not Host-writable: 84000001234b77',
    'SPTE is not Host-writable:',
    false,
    [['spte', '84000001234b77', null, 'writable_invariant_warn']],
  ),
  c(
    'writable_invariant_warn (Writable, not MMU-writable)',
    'kvm: Writable SPTE is not MMU-writable: 82000001234b77',
    'SPTE is not MMU-writable:',
    false,
    [['spte', '82000001234b77', null, 'writable_invariant_warn']],
  ),
  c(
    'handle_changed_spte_warn',
    'as_id: 0 gfn: 1234 old_spte: 86000001234b77 new_spte: 86000005678b77 level: 1',
    'as_id:',
    false,
    [
      ['old', '86000001234b77', 1, 'handle_changed_spte_warn'],
      ['new', '86000005678b77', 1, 'handle_changed_spte_warn'],
    ],
  ),
  c(
    'ept_misconfig (old vmx dump)',
    'ept_misconfig_inspect_spte: spte 0x10515c7107 level 3',
    'ept_misconfig_inspect_spte:',
    false,
    [['spte', '10515c7107', 3, 'ept_misconfig']],
  ),
  c(
    'mmu_audit_mapping (typo "n" after the value)',
    'audit: (post page fault) error: levels 4 pfn 1234 hpa 1234000 ent 86000005678b77n',
    'audit: (',
    false,
    [['spte', '86000005678b77', null, 'mmu_audit_mapping']],
  ),
  c(
    'mmu_audit_rmap',
    'audit: (pre sync) error: no rmap for writable spte 86000001234b77',
    'audit: (',
    false,
    [['spte', '86000001234b77', null, 'mmu_audit_rmap']],
  ),
];

const TRACE_PREFIXES: [string, (line: string) => string][] = [
  ['trace-cmd report', (l) => `  qemu-system-x86-1234  [003]  5678.123456: ${l.replace(': ', ':     ')}`],
  ['trace-cmd report with flags', (l) => `  qemu-system-x86-1234  [003] d..1.  5678.123456: ${l}`],
  ['tracefs trace_pipe (task name with blanks)', (l) => `   CPU 1/KVM-4567    [002] d..2.  123.456789: ${l}`],
  ['tracefs trace, 4-column flags', (l) => `           <...>-4567    [002] ....   123.456789: ${l}`],
  ['perf script', (l) => `qemu-system-x86  1234 [003]  5678.123456:  kvmmmu:${l}`],
];

const LOG_PREFIXES: [string, string][] = [
  ['dmesg', '[  123.456789] '],
  ['dmesg -T', '[Sat Nov 28 10:00:00 2026] '],
  ['syslog', 'Nov 28 10:00:00 host kernel: '],
  ['syslog + dmesg time, one-digit day', 'Nov  8 10:00:00 host kernel: [  123.456789] '],
  ['journalctl -o short-iso', '2026-11-28T10:00:00+0100 host kernel: '],
  ['rsyslog RFC 3339', '2026-11-28T10:00:00.123456+01:00 host kernel: '],
  ['printk caller id', '[  123.456789][ T4567] '],
  ['printk level + dmesg', '<4>[  123.456789] '],
  ['dmesg -x', 'kern  :warn  : [  123.456789] '],
  ['/dev/kmsg record', '4,1234,123456789,-;'],
];

const QUOTES = ['> ', '> > ', '>> ', '>>> ', '> >> ', '  >  > '];

/** The message with both prefix kinds, as it appears in real output for its family. */
function prefixedVariants(k: Case): [string, string][] {
  if (k.trace) return TRACE_PREFIXES.map(([name, f]) => [name, f(k.line)]);
  return LOG_PREFIXES.map(([name, p]) => [name, p + k.line]);
}

/** Blank positions after the anchor: where a mail client could break the line. */
function breakPoints(k: Case): number[] {
  const out: number[] = [];
  for (let i = k.anchorEnd; i < k.line.length; i++) if (k.line[i] === ' ') out.push(i);
  return out;
}

describe.each(CASES.map((k) => [k.name, k] as const))('%s', (_name, k) => {
  it('plain', () => {
    const got = extractSptes(k.line);
    expect(rows(got)).toEqual(k.expect);
    for (const e of got) {
      expect(e.line).toBe(1);
      expect(e.text).toBe(k.line);
    }
  });

  it.each(prefixedVariants(k))('with prefix: %s', (_p, line) => {
    const got = extractSptes(`unrelated line before\n${line}\n`);
    expect(rows(got)).toEqual(k.expect);
    for (const e of got) {
      expect(e.line).toBe(2);
      // Display text drops the prefixes (the trace header or the log prefix).
      expect(e.text.replace(/ +/g, ' ')).toBe(k.line.replace(/ +/g, ' '));
    }
  });

  it.each(QUOTES)('quoted %j', (q) => {
    expect(rows(extractSptes(q + k.line))).toEqual(k.expect);
    const [, prefixed] = prefixedVariants(k)[0]!;
    expect(rows(extractSptes(q + prefixed))).toEqual(k.expect);
  });

  it('wrapped by a mail client at any blank after the anchor', () => {
    const points = breakPoints(k);
    expect(points.length).toBeGreaterThan(0);
    for (const i of points) {
      const head = k.line.slice(0, i);
      const tail = k.line.slice(i + 1);
      for (const [q1, q2] of [
        ['', ''],
        ['> ', '> '],
        ['> > ', '> > '],
        ['>> ', '>>'],
        ['> ', ''], // broken quoting: the continuation lost its marker
      ] as const) {
        const text = `${q1}[  1.000000] first line\n${q1}[  2.000000] ${head}\n${q2}${tail}\n${q1}[  3.000000] next`;
        const got = extractSptes(text);
        expect(rows(got), `${JSON.stringify(text)}`).toEqual(k.expect);
        for (const e of got) {
          expect(e.line).toBe(2);
          expect(e.text.replace(/ +/g, ' ')).toBe(k.line.replace(/ +/g, ' '));
        }
      }
    }
  });

  it('wrapped three times (four physical lines)', () => {
    const points = breakPoints(k);
    if (points.length < 3) return;
    const [a, b, d] = [points[0]!, points[Math.floor(points.length / 2)]!, points[points.length - 1]!];
    if (new Set([a, b, d]).size < 3) return;
    const parts = [k.line.slice(0, a), k.line.slice(a + 1, b), k.line.slice(b + 1, d), k.line.slice(d + 1)];
    expect(rows(extractSptes(parts.map((p) => '> ' + p).join('\n')))).toEqual(k.expect);
  });
});

describe('catalog', () => {
  it('every example yields exactly the roles its format declares', () => {
    for (const f of LOG_FORMATS) {
      const got = extractSptes(f.example);
      expect(
        got.map((e) => e.role),
        f.id,
      ).toEqual(f.kind === 'entry' || f.kind === 'walk-entry' ? f.roles : []);
      for (const e of got) {
        expect(e.format).toBe(f.id);
        expect(e.level === null).toBe(!f.hasLevel);
      }
    }
  });

  it('lists each format id the extractor can report', () => {
    const ids = new Set(LOG_FORMATS.map((f) => f.id));
    for (const k of CASES) for (const r of k.expect) expect(ids.has(r[3])).toBe(true);
  });
});

describe('joining limits', () => {
  const line =
    'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000 new_spte 86000001234b77';

  it('gives up after three joins and falls back to what the first line shows', () => {
    // Five physical lines: the value-bearing tail is four joins away.
    const text = [
      'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte',
      '8000000000000000',
      'new_spte',
      'something',
      '86000001234b77',
    ].join('\n');
    expect(rows(extractSptes(text))).toEqual([]);
    // With the first line complete up to a value, the lenient fallback still reports it.
    const partial = [
      'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000',
      'a',
      'b',
      'c',
      'd',
    ];
    expect(rows(extractSptes(partial.join('\n')))).toEqual([
      ['old', '8000000000000000', 1, 'kvm_tdp_mmu_spte_changed'],
    ]);
  });

  it('does not join a line that starts a record of its own', () => {
    const text = [
      '[  1.0] kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000',
      '[  1.1] kvm: Writable SPTE is not MMU-writable: 82000001234b77',
    ].join('\n');
    expect(rows(extractSptes(text))).toEqual([
      ['old', '8000000000000000', 1, 'kvm_tdp_mmu_spte_changed'],
      ['spte', '82000001234b77', null, 'writable_invariant_warn'],
    ]);
  });

  it('does not join across a blank line or a deeper quote', () => {
    const head = 'kvm_tdp_mmu_spte_changed: as id 0 gfn 1234 level 1 old_spte 8000000000000000';
    expect(rows(extractSptes(`${head}\n\nnew_spte 86000001234b77`)).map((r) => r[0])).toEqual(['old']);
    expect(rows(extractSptes(`> ${head}\n> > new_spte 86000001234b77`)).map((r) => r[0])).toEqual(['old']);
  });

  it('accepts CRLF line ends and extra blanks inside the line', () => {
    const text = line.replace(/ /g, '  ') + '\r\n' + line + '\r\n';
    expect(extractSptes(text)).toHaveLength(4);
  });

  it('still reads a dump whose trailing dots were lost in pasting', () => {
    const text = [
      '------ spte 0x8000030e level 3',
      '------ spte 0xaf82027 level 2',
      'WARNING: CPU: 1 PID: 355',
    ].join('\n');
    expect(rows(extractSptes(text))).toEqual([
      ['spte', '8000030e', 3, 'walk_entry_old'],
      ['spte', 'af82027', 2, 'walk_entry_old'],
    ]);
  });

  it('finds several records pasted on one line', () => {
    const text =
      'kernel ------ spte 0x8000030e level 3. ------ spte 0xaf82027 level 2. ------ spte 0x2038001ffe00d407 level 1.';
    const got = extractSptes(text);
    expect(rows(got)).toEqual([
      ['spte', '8000030e', 3, 'walk_entry_old'],
      ['spte', 'af82027', 2, 'walk_entry_old'],
      ['spte', '2038001ffe00d407', 1, 'walk_entry_old'],
    ]);
    expect(new Set(got.map((e) => e.walk))).toEqual(new Set([0]));
  });
});
