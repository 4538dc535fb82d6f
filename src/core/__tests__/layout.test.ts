import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bit, genmask } from '../bits';
import { decode } from '../decode';
import { makeHost } from '../host';
import { ALL_KINDS, layoutFor } from '../layout/tables';
import { PRESETS } from '../presets';

const hosts = PRESETS.map((p) => [p.id, makeHost(p.params)] as const);
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
    expect(m('mmu_writable')).toBe(host.masks.shadow_mmu_writable_mask);
    expect(m('host_writable')).toBe(host.masks.shadow_host_writable_mask);
    expect(m('mmu_present')).toBe(bit(11));
    expect(m('ad_type')).toBe(3n << 52n);
    expect(m('dirty')).toBe(host.masks.shadow_dirty_mask);
    const pfn = leaf
      .filter((f) => f.id.startsWith('pfn') || f.category === 'encryption')
      .reduce((a, f) => a | maskOf(f.lo, f.hi), 0n);
    expect(pfn).toBe(genmask(host.masks.kvm_host_maxphyaddr - 1, 12));
    if (host.flavour === 'ept') {
      expect(m('x')).toBe(host.masks.shadow_x_mask);
      expect(m('memtype')).toBe(0x38n);
    } else {
      expect(m('nx')).toBe(host.masks.shadow_nx_mask);
      expect(m('user')).toBe(host.masks.shadow_user_mask);
    }
    const mmio = layoutFor(host, 'mmio').fields;
    const markers = mmio
      .filter((f) => f.category === 'mmio-marker')
      .reduce((a, f) => a | maskOf(f.lo, f.hi), 0n);
    expect(markers).toBe(host.masks.shadow_mmio_mask);
    const gen = mmio.filter((f) => f.category === 'mmio-gen').reduce((a, f) => a | maskOf(f.lo, f.hi), 0n);
    expect(gen).toBe(genmask(10, 3) | genmask(62, 52));
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
