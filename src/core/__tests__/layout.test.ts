import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bit, genmask } from '../bits';
import { decode } from '../decode';
import { ERA_IDS } from '../eras/table';
import { makeHost, type Host } from '../host';
import { buildFields, LayoutOverlapError, type Claim } from '../layout/builder';
import { ALL_KINDS, layoutFor } from '../layout/tables';
import { PRESETS } from '../presets';

/** Every preset on current mainline (as before) and on every kernel era. */
const hosts: (readonly [string, Host])[] = [
  ...PRESETS.map((p) => [p.id, makeHost(p.params)] as const),
  ...ERA_IDS.flatMap((era) => PRESETS.map((p) => [`${era}/${p.id}`, makeHost(p.params, { era })] as const)),
];
const maskOf = (lo: number, hi: number) => genmask(hi, lo);

describe.each(hosts)('layouts on %s', (_id, host) => {
  it.each(ALL_KINDS)('%s: fields cover bits 0–63 exactly once, sorted high to low', (kind) => {
    const { fields } = layoutFor(host, kind);
    let acc = 0n;
    let prevLo = 64;
    for (const f of fields) {
      expect(f.hi).toBe(prevLo - 1);
      expect(f.lo).toBeLessThanOrEqual(f.hi);
      const m = maskOf(f.lo, f.hi);
      expect(acc & m).toBe(0n);
      acc |= m;
      prevLo = f.lo;
    }
    expect(acc).toBe((1n << 64n) - 1n);
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
  });

  it('field masks equal the kernel constants', () => {
    const leaf = layoutFor(host, 'leaf').fields;
    const m = (id: string) => {
      const f = leaf.find((x) => x.id === id);
      if (!f) throw new Error(`no ${id}`);
      return maskOf(f.lo, f.hi);
    };
    const has = (id: string) => leaf.some((x) => x.id === id);
    expect(m('mmu_writable')).toBe(host.masks.shadow_mmu_writable_mask);
    expect(m('host_writable')).toBe(host.masks.shadow_host_writable_mask);
    // No MMU-present bit before 5.13: bit 11 is MMU-writable there.
    if (host.kernel.mmuPresentBit) expect(m('mmu_present')).toBe(bit(11));
    else expect(has('mmu_present')).toBe(false);
    // The A/D type moved from bits 52–53 to 60–61 in 7.2.
    expect(m('ad_type')).toBe(host.era === 'mbec' ? 3n << 60n : 3n << 52n);
    // EPT without A/D before 6.13 has no dirty mask: bit 9 is then unused.
    if (host.masks.shadow_dirty_mask === 0n) expect(has('dirty')).toBe(false);
    else expect(m('dirty')).toBe(host.masks.shadow_dirty_mask);
    const pfn = leaf
      .filter((f) => f.id.startsWith('pfn') || f.category === 'encryption')
      .reduce((a, f) => a | maskOf(f.lo, f.hi), 0n);
    expect(pfn).toBe(genmask(host.masks.kvm_host_maxphyaddr - 1, 12));
    if (host.flavour === 'ept') {
      expect(m('x')).toBe(host.masks.shadow_x_mask);
      expect(m('memtype')).toBe(0x38n);
      if (host.era === 'mbec') expect(m('xu')).toBe(bit(10));
      else expect(has('xu')).toBe(false);
    } else {
      expect(m('nx')).toBe(host.masks.shadow_nx_mask);
      expect(m('user')).toBe(host.masks.shadow_user_mask);
    }
    const mmio = layoutFor(host, 'mmio').fields;
    const markers = mmio
      .filter((f) => f.category === 'mmio-marker')
      .reduce((a, f) => a | maskOf(f.lo, f.hi), 0n);
    // ≤5.12: type 11 in bits 52–53 plus the value bits that make the access fault.
    expect(markers).toBe(
      host.kernel.specialTypeMmio ? host.masks.shadow_mmio_value : host.masks.shadow_mmio_mask,
    );
    const gen = mmio.filter((f) => f.category === 'mmio-gen').reduce((a, f) => a | maskOf(f.lo, f.hi), 0n);
    expect(gen).toBe(host.kernel.gen.lowMask | host.kernel.gen.highMask);
  });

  it('bit 63 and the placeholders follow the era', () => {
    const leaf = layoutFor(host, 'leaf').fields;
    const top = leaf[0]!;
    if (host.flavour === 'x86') expect(top.symbol).toBe('PT64_NX_MASK');
    else if (host.kernel.eptBit63) expect(top.symbol).toBe('VMX_EPT_SUPPRESS_VE_BIT');
    else expect(top.category).toBe('unused');
    const frozen = layoutFor(host, 'frozen').fields;
    const marker = frozen.find((f) => f.category === 'frozen-marker');
    if (host.kernel.removed === null) expect(marker).toBeUndefined();
    else expect(marker?.symbol).toBe(host.kernel.removed.name);
    const np = layoutFor(host, 'nonpresent').fields;
    expect(np[0]!.symbol).toBe(host.kernel.nonpresentValue === 0n ? '' : 'SHADOW_NONPRESENT_VALUE');
  });
});

describe('decode never throws (seeded property)', () => {
  it('for any 64-bit value, any preset and any level', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        fc.integer({ min: 0, max: hosts.length - 1 }),
        fc.integer({ min: 1, max: 5 }),
        (v, h, level) => {
          const d = decode(hosts[h]![1], v, level);
          const covered = d.fields.reduce((a, f) => a | (f.raw << BigInt(f.def.lo)), 0n);
          return covered === v && d.fields.every((f) => f.text.length > 0);
        },
      ),
      { seed: 42, numRuns: 3000 },
    );
  });
});

describe('kernel symbols per era', () => {
  const npt = PRESETS.find((p) => p.id === 'npt')!.params;
  const ept = PRESETS.find((p) => p.id === 'ept-ad')!.params;
  const sym = (h: Host, id: string, kind: 'leaf' | 'mmio' | 'frozen' = 'leaf') =>
    layoutFor(h, kind).fields.find((f) => f.id === id)?.symbol;

  it('5.10: H/M at bits 10/11 for every flavour, special type, PT64_BASE_ADDR_MASK', () => {
    for (const params of [npt, ept]) {
      const h = makeHost(params, { kernel: '5.10' });
      const leaf = layoutFor(h, 'leaf').fields;
      expect(leaf.find((f) => f.lo === 11)!.symbol).toBe('SPTE_MMU_WRITEABLE');
      expect(leaf.find((f) => f.lo === 10)!.symbol).toBe('SPTE_HOST_WRITEABLE');
      expect(sym(h, 'ad_type')).toBe('SPTE_SPECIAL_MASK');
      expect(sym(h, 'pfn')).toBe('PT64_BASE_ADDR_MASK');
      expect(sym(h, 'mmio_mask', 'mmio')).toBe('SPTE_MMIO_MASK');
    }
  });

  it('5.15 / 6.1 / 6.10 / 6.12: placeholder and writable names', () => {
    expect(sym(makeHost(npt, { kernel: '5.15' }), 'host_writable')).toBe('DEFAULT_SPTE_HOST_WRITEABLE');
    expect(sym(makeHost(npt, { kernel: '6.1' }), 'host_writable')).toBe('DEFAULT_SPTE_HOST_WRITABLE');
    expect(sym(makeHost(npt, { kernel: '5.15' }), 'pfn')).toBe('PT64_BASE_ADDR_MASK');
    expect(sym(makeHost(npt, { kernel: '6.1' }), 'pfn')).toBe('SPTE_BASE_ADDR_MASK');
    expect(sym(makeHost(ept, { kernel: '6.6' }), 'frozen_marker', 'frozen')).toBe('REMOVED_SPTE');
    expect(sym(makeHost(ept, { kernel: '6.10' }), 'frozen_marker', 'frozen')).toBe('REMOVED_SPTE');
    expect(sym(makeHost(ept, { kernel: '6.12' }), 'frozen_marker', 'frozen')).toBe('FROZEN_SPTE');
    const f512 = layoutFor(makeHost(ept, { kernel: '5.12' }), 'frozen').fields.find(
      (f) => f.category === 'frozen-marker',
    )!;
    expect([f512.lo, f512.hi]).toEqual([59, 59]);
  });

  it('5.10 MMIO: 18-bit generation in 3–11 and 54–62', () => {
    const h = makeHost(ept, { kernel: '5.10' });
    const mmio = layoutFor(h, 'mmio').fields;
    const span = (id: string) => {
      const f = mmio.find((x) => x.id === id)!;
      return [f.lo, f.hi, f.name];
    };
    expect(span('gen_low')).toEqual([3, 11, 'Generation [8:0]']);
    expect(span('gen_high')).toEqual([54, 62, 'Generation [17:9]']);
    expect(span('mmio_mask')).toEqual([52, 53, 'MMIO type (11)']);
  });
});

describe('layout builder overlaps', () => {
  const gap = { name: 'Unused', meaning: 'nothing' };
  const claim = (id: string, mask: bigint, yieldsTo?: string[]): Claim => ({
    id,
    mask,
    name: id,
    symbol: id.toUpperCase(),
    category: 'permission',
    meaning: id,
    ...(yieldsTo ? { yieldsTo } : {}),
  });

  it('throws on an overlap nobody declared, naming both claims and the bits', () => {
    const build = () => buildFields([claim('dirty', bit(9)), claim('host_writable', bit(9) | bit(10))], gap);
    expect(build).toThrow(LayoutOverlapError);
    expect(build).toThrow(/'host_writable' overlaps 'dirty' at mask 0x200/);
  });

  it('lets a declared overlap through; the earlier claim keeps the shared bits', () => {
    const fields = buildFields([claim('c_bit', bit(47)), claim('pfn', genmask(51, 12), ['c_bit'])], gap);
    expect(fields.find((f) => f.id === 'c_bit')).toMatchObject({ lo: 47, hi: 47 });
    expect(fields.filter((f) => f.symbol === 'PFN').map((f) => [f.lo, f.hi])).toEqual([
      [48, 51],
      [12, 46],
    ]);
  });

  it('a declaration for one claim does not excuse an overlap with another', () => {
    const build = () =>
      buildFields([claim('a', bit(1)), claim('b', bit(2)), claim('c', bit(1) | bit(2), ['a'])], gap);
    expect(build).toThrow(/'c' overlaps 'b'/);
  });
});
