import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../findings/rules';
import { applyOverrides } from '../host-overrides';
import { hostFromPreset, makeHost } from '../host';
import { createAddressScanner, scanAddresses } from '../log/addresses';
import { FORMATS } from '../log/formats';
import { extractSptes } from '../log/extract';
import { findPreset } from '../presets';
import { inferFromText } from './from-text';
import { mmioGfnChecks, suggestMaxphyaddr } from './maxphyaddr';

const K002 = RULES_BY_ID.get('SPTE-K002')!.example;
/** The example's 5.10 dump: an L1TF-affected MAXPHYADDR-40 EPT host (guard bits 35–39). */
const DUMP = K002.text!;

function read(text: string, preset: string, kernel: string, overrides = {}) {
  const host = makeHost(applyOverrides(findPreset(preset)!.params, overrides), { kernel });
  return { host, hint: suggestMaxphyaddr(host, extractSptes(text), scanAddresses(text)) };
}

describe('address claims', () => {
  it("reads the address of every format that prints one (each format's own example)", () => {
    const expected: Record<string, [string, bigint, bigint | null]> = {
      walk_header: ['mmio', 0xfe00d000n, null],
      walk_header_old: ['mmio', 0xfe00d000n, null],
      ve_header: ['ve', 0x1234000n, null],
      ept_misconfig_gpa: ['ept', 0x108ba4538n, null],
      handle_mmio_page_fault: ['fault', 0xfe00d000n, 0xfe00dn],
    };
    for (const [id, [source, address, gfn]] of Object.entries(expected)) {
      const f = FORMATS.find((x) => x.id === id)!;
      expect(scanAddresses(f.example), id).toEqual([{ line: 1, source, address, gfn }]);
    }
  });

  it('counts lines as the extractor does and ignores lines without an address', () => {
    const s = createAddressScanner();
    for (const l of ['noise', '> kvm: #VE fed00000, spte[4] = 0x1', 'spte = 0x1, level = 1, rsvd bits = 0x0'])
      s.push(l);
    expect(s.claims()).toEqual([{ line: 2, source: 've', address: 0xfed00000n, gfn: null }]);
  });
});

describe('SPTE-K002: the MAXPHYADDR that makes an MMIO GFN agree with the dump', () => {
  it('a MAXPHYADDR-40 L1TF dump read as MAXPHYADDR 46 without L1TF: 40 fits, with L1TF', () => {
    const { hint } = read(DUMP, 'ept-noad', '5.10');
    expect(hint).toMatchObject({
      id: 'SPTE-K002',
      severity: 'warning',
      checked: 1,
      disagree: 1,
      fits: [40],
      maxphyaddr: 40,
      flags: '--maxphyaddr 40 --set x86_bug_l1tf=true',
      first: { line: 5, value: 0x3000f8fed00036n, expected: 0xfed00n, decoded: 0xf8fed00n, source: 'mmio' },
    });
    expect(hint!.explanation).toContain('L1TF guard bits 35–39');
    expect(hint!.explanation).toContain('Run with --maxphyaddr 40 --set x86_bug_l1tf=true.');
  });

  it('read with the suggested flags, the dump agrees and nothing is suggested', () => {
    const { host, hint } = read(DUMP, 'ept-noad', '5.10', { maxphyaddr: 40, set: { x86_bug_l1tf: true } });
    expect(hint).toBeNull();
    expect(mmioGfnChecks(host, extractSptes(DUMP), scanAddresses(DUMP))).toMatchObject([
      { expected: 0xfed00n, decoded: 0xfed00n },
    ]);
  });

  it('an L1TF host only needs MAXPHYADDR itself', () => {
    expect(read(DUMP, 'ept-ad-l1tf', '5.10').hint).toMatchObject({ fits: [40], flags: '--maxphyaddr 40' });
  });

  it('a host whose cache width runs ahead of MAXPHYADDR is given the cache width too (trace pairs)', () => {
    const trace = [
      ' qemu-3312 [001] 911.204502: check_mmio_spte: spte 8001ffebf10d3 kvm_gen 1a spte-gen 1a valid 1',
      ' qemu-3312 [001] 911.204503: handle_mmio_page_fault: addr:ffffc900001c00d8 gfn febf1 access 2',
    ].join('\n');
    // Shadow paging prints a GVA as addr; the traced gfn is what is compared.
    expect(read(trace, 'shadow', '5.15').hint).toMatchObject({
      fits: [36, 37],
      flags: '--maxphyaddr 36 --set x86_cache_bits=36',
      first: { source: 'fault', expected: 0xfebf1n },
    });
  });

  it('a fault line pairs with the check_mmio_spte line just before it, once', () => {
    const trace = [
      'check_mmio_spte: spte 8001ffebf10d3 kvm_gen 1a spte-gen 1a valid 1',
      'handle_mmio_page_fault: addr:0 gfn febf1 access 2',
      'handle_mmio_page_fault: addr:0 gfn fed00 access 2',
    ].join('\n');
    const host = hostFromPreset('shadow', { kernel: '5.15' })!;
    expect(mmioGfnChecks(host, extractSptes(trace), scanAddresses(trace))).toHaveLength(1);
  });

  it('a shadow-paging dump prints a GVA: its address is not compared', () => {
    const host = hostFromPreset('shadow', { kernel: '5.10' })!;
    expect(mmioGfnChecks(host, extractSptes(DUMP), scanAddresses(DUMP))).toEqual([]);
  });

  it('the #VE walk (6.10+) is checked against its GPA', () => {
    const ve =
      'kvm: #VE fed00000, spte[4] = 0x80000000badc0907, spte[3] = 0x80000000bad00907, ' +
      'spte[2] = 0x80000000baddf907, spte[1] = 0x1ffed00036';
    expect(read(ve, 'ept-ad', '6.12').hint).toMatchObject({ first: { source: 've' }, maxphyaddr: 36 });
  });

  it('nothing is suggested when the GFNs agree, no address is printed, or no MAXPHYADDR fits', () => {
    expect(read(DUMP.replace('0xfed00000', '0xf8fed00000'), 'ept-noad', '5.10').hint).toBeNull();
    expect(read(DUMP.split('\n').slice(1).join('\n'), 'ept-noad', '5.10').hint).toBeNull();
    // A GFN no geometry produces from this SPTE.
    expect(read(DUMP.replace('fed00000', '12345000'), 'ept-noad', '5.10').hint).toBeNull();
  });

  it('inferFromText reads it on the host the text was read as', () => {
    const r = inferFromText(DUMP);
    expect(r.inference.eraLabel).toBe('5.10 – 5.12');
    expect(r.claims).toHaveLength(1);
    expect(r.maxphyaddr?.maxphyaddr).toBe(40);
  });
});
