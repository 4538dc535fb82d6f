import { readdirSync } from 'node:fs';
import { readJsonlGz } from './jsonl';
import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { setMmioGeneration } from '../edit';
import { compareEras, suggestEras } from '../eras/hints';
import * as E from '../predicates';
import { ERAS, ERA_IDS, eraOfRelease, kernelSpec } from '../eras/table';
import type { KernelEra } from '../eras/types';
import { verdictKeys } from '../verdicts';
import { parseKernelVersion } from '../eras/version';
import { kernelLabel, markdownSummary } from '../format';
import { hostFromParams, hostFromPreset, makeHost, makeHostForKernel } from '../host';
import type { HostParams } from '../params';
import { PRESETS } from '../presets';

const params = (id: string): HostParams => PRESETS.find((p) => p.id === id)!.params;
const ok = (text: string) => {
  const r = parseKernelVersion(text);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('parseKernelVersion', () => {
  it.each([
    ['5.10', '5.10', 'special-type'],
    ['5.12.9', '5.12.9', 'special-type'],
    ['5.13', '5.13', 'mmu-present-lockless'],
    ['5.15.135', '5.15.135', 'mmu-present-lockless'],
    ['5.17', '5.17', 'mmu-present-lockless'],
    ['5.18', '5.18', 'mmu-writable'],
    ['5.19', '5.19', 'mmu-writable'],
    ['v6.1', '6.1', 'mmu-writable'],
    ['6.6', '6.6', 'mmu-writable'],
    ['6.9.12', '6.9.12', 'mmu-writable'],
    ['6.10', '6.10', 'nonpresent-bit63'],
    ['6.12.63', '6.12.63', 'nonpresent-bit63'],
    ['6.13', '6.13', 'ad-always'],
    ['6.18.2', '6.18.2', 'ad-always'],
    ['7.1', '7.1', 'ad-always'],
    ['7.1.3', '7.1.3', 'ad-always'],
    ['7.2', '7.2', 'mbec'],
    ['7.2-rc1', '7.2-rc1', 'mbec'],
    ['7.5', '7.5', 'mbec'],
    ['  V6.6.30 ', '6.6.30', 'mmu-writable'],
    ['linux-6.1.119', '6.1.119', 'mmu-writable'],
    ['6.7-rc5', '6.7-rc5', 'mmu-writable'],
  ])('%s → %s, %s', (text, version, era) => {
    const r = ok(text);
    expect([r.version, r.era]).toEqual([version, era]);
    expect(r.note).toBeUndefined();
  });

  it.each(['current', 'mainline', 'latest', 'CURRENT'])('%s is mainline, the 7.2 (mbec) era', (text) => {
    expect(ok(text)).toEqual({ ok: true, version: 'mainline', era: 'mbec', basis: 'mainline' });
  });

  it('maps RHEL 8 4.18 kernels to special-type with a note', () => {
    const r = ok('4.18.0-305.3.1.el8');
    expect([r.era, r.basis]).toEqual(['special-type', '5.10']);
    expect(r.note).toMatch(/RHEL 8\.3\/8\.4/);
    const later = ok('4.18.0-553.el8_10');
    expect(later.era).toBe('special-type');
    expect(later.note).toMatch(/may differ/);
  });

  it('accepts kernels before 5.10 with the oldest layout and a caveat saying what differed', () => {
    for (const text of ['4.19', '5.4.0-150-generic', '3.10.0-229.el7', '2.6.32']) {
      const r = ok(text);
      expect([r.era, r.basis]).toEqual(['special-type', '5.10']);
      expect(r.note).toMatch(/older than 5\.10.*mmu\.c.*no TDP MMU/);
    }
  });

  it('names what it assumes for distribution and local suffixes', () => {
    const ubuntu = ok('6.8.0-45-generic');
    expect(ubuntu.era).toBe('mmu-writable');
    expect(ubuntu.note).toMatch(/Distribution kernel: assumed to have upstream 6\.8/);
    const local = ok('6.9.0-rc7-snp-host-05b10142ac6a');
    expect(local.era).toBe('mmu-writable');
    expect(local.note).toMatch(/not an upstream release suffix.*assumed.*6\.9/);
    expect(ok('6.1.0+').note).toMatch(/local or development tree/);
  });

  it('does not take an out-of-tree TDX kernel for upstream', () => {
    const r = ok('5.10.60-tdx+');
    expect(r.fromValues).toBe(true);
    expect(r.note).toMatch(/not upstream 5\.10.*bit 63/);
  });

  it('keeps the upstream era for other vendor kernels but warns about backports', () => {
    for (const [text, era] of [
      ['5.14.0-284.11.1.el9_2', 'mmu-present-lockless'],
      ['6.12.0-55.el10', 'nonpresent-bit63'],
      ['5.15.0-200.131.27.el9uek', 'mmu-present-lockless'],
      ['5.14.21-150400.24.46-default', 'mmu-present-lockless'],
    ] as const) {
      const r = ok(text);
      expect(r.era).toBe(era);
      expect(r.note).toMatch(/backport/);
    }
  });

  it.each([
    ['', /Empty/],
    ['six', /not a kernel version/],
    ['6', /not a kernel version/],
    ['6.x', /not a kernel version/],
    ['2.6.18', /older than KVM/],
    ['5.20', /5\.19 was the last/],
  ])('rejects %j', (text, why) => {
    const r = parseKernelVersion(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(why);
  });
});

describe('era table and facts', () => {
  it('labels and boundaries follow kernel-versions.md §2/§10', () => {
    expect(ERAS.map((e) => [e.id, e.label])).toEqual([
      ['special-type', '5.10 – 5.12'],
      ['mmu-present-lockless', '5.13 – 5.17'],
      ['mmu-writable', '5.18 – 6.9'],
      ['nonpresent-bit63', '6.10 – 6.12'],
      ['ad-always', '6.13 – 7.1'],
      ['mbec', '7.2 and later'],
    ]);
    // The 7.2 facts rest on the merged patch series: the era says so.
    expect(ERAS.find((e) => e.id === 'mbec')!.identifies).toMatch(/patch series/);
    expect(eraOfRelease('5.9')).toBeNull();
    for (const e of ERAS) {
      expect(eraOfRelease(e.covers.from)).toBe(e.id);
      if (e.covers.until) expect(eraOfRelease(e.covers.until)).toBe(e.id);
      expect(e.examples.length).toBeGreaterThan(0);
    }
  });

  it('refines inside an era by release', () => {
    expect(kernelSpec('special-type', '5.10').removed).toBeNull();
    expect(kernelSpec('special-type', '5.12').removed).toEqual({
      name: 'REMOVED_SPTE',
      fn: 'is_removed_spte',
      value: 1n << 59n,
    });
    expect(kernelSpec('mmu-present-lockless', '5.15').lockless).toBe('host-and-mmu');
    expect(kernelSpec('mmu-present-lockless', '5.17').lockless).toBe('mmu-only');
    expect(kernelSpec('mmu-writable', '5.19').nptNxReserved).toBe(true);
    expect(kernelSpec('mmu-writable', '6.1').nptNxReserved).toBe(false);
    expect(kernelSpec('nonpresent-bit63', '6.10').removed?.name).toBe('REMOVED_SPTE');
    expect(kernelSpec('nonpresent-bit63', '6.11').removed?.name).toBe('FROZEN_SPTE');
    expect(kernelSpec('ad-always', '6.14').volatileFn).toBe('volatile');
    expect(kernelSpec('ad-always', '7.1').volatileFn).toBe('needs-atomic-update');
    expect(kernelSpec('mbec', 'mainline').volatileFn).toBe('needs-atomic-update');
  });

  it('value keys: functions a kernel did not have are absent', () => {
    const keys = (era: KernelEra, basis?: string) => verdictKeys(kernelSpec(era, basis));
    expect(keys('special-type')).not.toContain('is_removed_spte');
    expect(keys('special-type', '5.12')).toContain('is_removed_spte');
    expect(keys('special-type')).not.toContain('writable_invariant');
    expect(keys('mmu-writable')).not.toContain('spte_can_locklessly_be_made_writable');
    expect(keys('nonpresent-bit63')).toContain('is_ept_ve_possible');
    expect(keys('ad-always')).not.toContain('is_dirty_spte');
    // 6.13/6.14 are ad-always-era values but still call the helper spte_has_volatile_bits.
    expect(keys('ad-always', '6.13')).toContain('spte_has_volatile_bits');
    expect(keys('ad-always', '6.13')).not.toContain('spte_needs_atomic_update');
    // 7.2 changed bit positions, not the function set.
    expect(keys('mbec')).toEqual(keys('ad-always'));
  });
});

describe('hosts for a kernel', () => {
  it('keep the mainline default without options', () => {
    const h = makeHost(params('ept-ad'));
    expect([h.era, h.kernel.version]).toEqual(['mbec', null]);
    expect(kernelLabel(h)).toBe('kernel mainline (era mbec, 7.2 and later)');
  });

  it('take a version string or an era', () => {
    const h = makeHost(params('npt'), { kernel: '6.1' });
    expect([h.era, h.kernel.version]).toEqual(['mmu-writable', '6.1']);
    expect(kernelLabel(h)).toBe('kernel 6.1 (era mmu-writable, 5.18 – 6.9)');
    expect(kernelLabel(makeHost(params('npt'), { era: 'special-type' }))).toBe(
      'kernel 5.10 – 5.12 (era special-type, modelled on 5.10)',
    );
    expect(hostFromPreset('shadow', { kernel: '5.15.135' })!.era).toBe('mmu-present-lockless');
  });

  it('report unusable versions instead of guessing', () => {
    expect(() => makeHost(params('npt'), { kernel: '2.6.19' })).toThrow(/older than KVM/);
    expect(makeHostForKernel(params('npt'), 'nope')).toMatchObject({ ok: false });
    const r = hostFromParams(params('npt'), { kernel: '2.4' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/older than KVM/);
    // Before 5.10: the oldest modelled layout, with the caveat on the kernel.
    const old = makeHost(params('npt'), { kernel: '5.9' });
    expect([old.era, old.kernel.note]).toEqual(['special-type', expect.stringMatching(/older than 5\.10/)]);
    expect(makeHostForKernel(params('npt'), '6.6').ok).toBe(true);
    expect(() => makeHost(params('npt'), { kernel: '6.1', era: 'ad-always' })).toThrow(/mmu-writable/);
  });

  it('ignore TDX on kernels without KVM TDX, with a setup warning', () => {
    const h = makeHost(params('tdx-td'), { kernel: '6.12' });
    expect(h.masks.kvm_arch_shadow_mmio_value).toBe(6n);
    expect(h.masks.setup_warnings[0]).toMatch(/no KVM TDX/);
    expect(makeHost(params('tdx-td')).masks.kvm_arch_shadow_mmio_value).toBe(0n);
  });

  it('5.10 MMIO value carries the special type; 5.15 disables MMIO caching with value 0', () => {
    expect(makeHost(params('npt'), { kernel: '5.10' }).masks.shadow_mmio_value).toBe(0x0038000000000001n);
    const off = makeHost({ ...params('npt'), mmio_caching_param: false }, { kernel: '5.15' });
    expect(off.masks.shadow_mmio_value).toBe(0n);
    expect(E.is_mmio_spte(off, 0x0008000000000001n)).toBe(false);
    // 5.10 has no such parameter: bits 52–53 = 11 are MMIO regardless.
    const old = makeHost({ ...params('npt'), mmio_caching_param: false }, { kernel: '5.10' });
    expect(E.is_mmio_spte(old, 0x0038000000000001n)).toBe(true);
  });
});

describe('decode with a kernel', () => {
  it('5.10 EPT leaf: present without bit 11, H/M at 10/11', () => {
    const h = makeHost(params('ept-noad'), { kernel: '5.10' });
    const d = decode(h, 0x0010000123456c77n, 1);
    expect(d.cls.kind).toBe('leaf');
    expect(d.verdicts.spte_can_locklessly_be_made_writable).toBe(true);
    expect(d.verdicts.is_mmu_writable_spte).toBeUndefined();
    expect('writable_invariant' in d.verdicts).toBe(false);
    expect(d.fields.find((f) => f.def.lo === 11)!.def.name).toBe('MMU-writable');
    const ids = d.findings.map((f) => f.id);
    expect(ids).not.toContain('SPTE-P001');
    expect(ids).toContain('SPTE-W003');
  });

  it('5.10 MMIO: generation from bits 3–11 and 54–62, and the inverse', () => {
    const h = makeHost(params('ept-ad'), { kernel: '5.10' });
    const v = setMmioGeneration(0x0030000012345006n, 0x3ffff, h);
    expect(E.get_mmio_spte_generation(h, v)).toBe(0x3ffff);
    expect(v & 0xff8n).toBe(0xff8n);
    expect(v >> 54n).toBe(0x1ffn);
    const d = decode(h, v, 1);
    expect(d.cls.kind).toBe('mmio');
    expect(d.verdicts.get_mmio_spte_generation).toEqual({ precondition: true, value: 0x3ffff });
    expect(d.fields.find((f) => f.def.id === 'gen_low')!.text).toMatch(/generation 262143/);
  });

  it('writable-invariant errors only from 5.19; the lockless WARN before', () => {
    const bad = 0x0200000123456b77n; // W + H at 57, no M, bit 11, A/D type 00
    const ids = (kernel: string) =>
      decode(makeHost(params('ept-ad'), { kernel }), bad, 1).findings.map((f) => f.id);
    expect(ids('5.15')).toContain('SPTE-W004');
    expect(ids('5.15')).not.toContain('SPTE-W002');
    expect(ids('6.1')).toContain('SPTE-W002');
    expect(ids('6.1')).not.toContain('SPTE-W004');
    const at = decode(makeHost(params('ept-noad'), { kernel: '5.15' }), 0x0210000123456877n, 1).verdicts
      .mark_spte_for_access_track;
    expect(at.warnings).toEqual(['writable-not-locklessly-dirty-trackable']);
  });

  it('0 is the non-present value before 6.10, 0x5a0 the removed placeholder 5.13–6.9', () => {
    const h = makeHost(params('ept-ad'), { kernel: '6.6' });
    const zero = decode(h, 0n, 1);
    expect(zero.cls.nonpresentValue).toBe(true);
    expect(zero.findings.map((f) => f.id)).toEqual(['SPTE-N002']);
    const removed = decode(h, 0x5a0n, 1);
    expect(removed.cls.kind).toBe('frozen');
    expect(removed.verdicts.is_removed_spte).toBe(true);
    expect(removed.findings.map((f) => f.id)).toContain('SPTE-F001');
    expect(removed.findings.find((f) => f.id === 'SPTE-F001')!.explanation).toMatch(/REMOVED_SPTE/);
    // bit 63 alone is a stray non-present value here.
    expect(decode(h, 1n << 63n, 1).findings.map((f) => f.id)).toContain('SPTE-N003');
  });

  it('markdown names the kernel for non-default hosts only', () => {
    const h = makeHost(params('npt'), { kernel: '5.15' });
    expect(markdownSummary(h, decode(h, 0n, 1))).toContain('- Kernel: 5.15 (era mmu-present-lockless');
    const cur = makeHost(params('npt'));
    expect(markdownSummary(cur, decode(cur, 0n, 1))).not.toContain('- Kernel:');
  });
});

describe('suggestEras', () => {
  const verdicts = (id: string, v: bigint) =>
    Object.fromEntries(suggestEras(params(id), v).map((h) => [h.era, h.verdict]));

  it('a present NPT leaf with bit 11 clear points before 5.13', () => {
    const hints = suggestEras(params('npt'), 0x0000000123456067n);
    expect(hints.find((h) => h.era === 'special-type')!.verdict).toBe('consistent');
    const later = hints.filter((h) => h.era !== 'special-type');
    expect(later.every((h) => h.verdict === 'inconsistent')).toBe(true);
    expect(later[0]!.reason).toMatch(/bit 11/);
  });

  it('EPT: bit 63 splits 5.13–6.9 from 6.10+, bits 8/9 without A/D mean 6.13+', () => {
    expect(verdicts('ept-ad', 0x0600000123456b77n)).toEqual({
      'special-type': 'inconsistent',
      'mmu-present-lockless': 'consistent',
      'mmu-writable': 'consistent',
      'nonpresent-bit63': 'inconsistent',
      'ad-always': 'inconsistent',
      mbec: 'inconsistent',
    });
    expect(verdicts('ept-noad', 0x8610000123456b77n)).toMatchObject({
      'nonpresent-bit63': 'inconsistent',
      'ad-always': 'consistent',
      // H/M at 57/58: not the 7.2 layout.
      mbec: 'inconsistent',
    });
    expect(verdicts('ept-noad', 0x0010000123456c77n)['special-type']).toBe('consistent');
  });

  it('empty slots, placeholders and MMIO', () => {
    expect(new Set(Object.values(verdicts('npt', 0n)))).toEqual(new Set(['ambiguous']));
    expect(verdicts('npt', 1n << 63n)).toMatchObject({
      'mmu-writable': 'inconsistent',
      'ad-always': 'consistent',
      mbec: 'consistent',
    });
    expect(verdicts('ept-ad', 0x5a0n)).toMatchObject({
      'mmu-writable': 'consistent',
      'ad-always': 'inconsistent',
    });
    expect(verdicts('npt', 0x0008000012345001n)).toMatchObject({
      'special-type': 'inconsistent',
      'ad-always': 'consistent',
      mbec: 'consistent',
    });
    // Type 11 without the later MMIO value bits: MMIO only before 5.13.
    expect(verdicts('npt', 0x0030000012345001n)).toMatchObject({
      'special-type': 'consistent',
      'ad-always': 'inconsistent',
    });
    // With bit 51 | P it is MMIO in every era (52–53 are generation bits later).
    expect(new Set(Object.values(verdicts('npt', 0x0038000012345001n)))).toEqual(new Set(['ambiguous']));
    expect(new Set(Object.values(verdicts('ept-ad', 0x0030000012345006n)))).toEqual(new Set(['ambiguous']));
  });

  it('never calls a value KVM built in that kernel inconsistent (all version vectors)', () => {
    const base = new URL('../../../test-fixtures/vectors/', import.meta.url);
    const dirs: [string, KernelEra][] = [
      ['versions/5.10/', 'special-type'],
      ['versions/5.15/', 'mmu-present-lockless'],
      ['versions/6.1/', 'mmu-writable'],
      ['versions/6.6/', 'mmu-writable'],
      ['versions/6.12/', 'nonpresent-bit63'],
      ['', 'ad-always'],
    ];
    const bad: string[] = [];
    let n = 0;
    for (const [dir, era] of dirs) {
      const url = new URL(dir, base);
      for (const f of readdirSync(url).filter((x) => x.endsWith('.jsonl.gz'))) {
        const lines = readJsonlGz(new URL(f, url)).map((l) => JSON.parse(l) as Record<string, unknown>);
        const p = (lines[0] as { params: HostParams }).params;
        for (const l of lines)
          if (l.kind === 'value' && /^(make_|kvm_mmu_changed)/.test(l.src as string)) {
            n++;
            const h = suggestEras(p, BigInt(l.v as string)).find((x) => x.era === era)!;
            if (h.verdict === 'inconsistent') bad.push(`${dir}${f} ${l.v as string}: ${h.reason}`);
          }
      }
    }
    expect(n).toBeGreaterThan(10000);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('returns one hint per era, in era order, with a reason', () => {
    const hints = suggestEras(params('shadow'), 0x12380ff65432122fn);
    expect(hints.map((h) => h.era)).toEqual([...ERA_IDS]);
    for (const h of hints) expect(h.reason.length).toBeGreaterThan(10);
  });
});

describe('compareEras', () => {
  it('lists the bit ranges and predicates that differ between 5.10 and 6.1', () => {
    const c = compareEras(params('ept-noad'), 0x0010000123456c77n, 'special-type', '6.1', 1);
    expect(c.a.host.era).toBe('special-type');
    expect(c.b.host.kernel.version).toBe('6.1');
    const at = (b: number) => c.fields.find((f) => f.lo <= b && b <= f.hi);
    expect(at(11)).toMatchObject({
      a: { symbol: 'SPTE_MMU_WRITEABLE' },
      b: { symbol: 'SPTE_MMU_PRESENT_MASK' },
    });
    expect(at(10)).toMatchObject({ a: { name: 'Host-writable' }, b: { category: 'unused' } });
    expect(at(58)).toMatchObject({ a: { category: 'unused' }, b: { symbol: 'EPT_SPTE_MMU_WRITABLE' } });
    expect(at(52)).toMatchObject({ hi: 53, lo: 52, a: { symbol: 'SPTE_SPECIAL_MASK' } });
    expect(at(2)).toBeUndefined();
    const keys = Object.fromEntries(c.predicates.map((p) => [p.key, p]));
    expect(keys.spte_can_locklessly_be_made_writable).toMatchObject({ onlyIn: 'a', a: true, b: null });
    expect(keys.writable_invariant?.onlyIn).toBe('b');
    expect(keys.is_shadow_present_pte).toBeUndefined();
    expect(keys.host_writable_bit).toMatchObject({ a: true, b: false, onlyIn: null });
  });

  it('finds nothing to compare between an era and itself', () => {
    const c = compareEras(params('npt'), 0x0000000123456e67n, 'mmu-writable', '6.6', 1);
    expect(c.fields).toEqual([]);
    expect(c.predicates).toEqual([]);
  });

  it('rejects an unusable version', () => {
    expect(() => compareEras(params('npt'), 0n, 'current', '2.4', 1)).toThrow(/older than KVM/);
  });
});
