/**
 * Hosts beyond the nine presets: realistic parameter sets drawn at random (seeded), on
 * every modelled kernel. The golden vectors pin the presets exactly; this checks that any
 * host a user (or a config file) can describe is accepted when it is real, derives its
 * masks, and decodes every value without throwing, with a full, non-overlapping layout and
 * JSON that round-trips.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genmask } from '../bits';
import { decode } from '../decode';
import { computePairVerdicts } from '../verdicts';
import { RULES_BY_ID } from '../findings/rules';
import { hostFromParams } from '../host';
import type { HostParams } from '../params';
import { vectorJsonString } from '../vector-json';

const KERNELS = ['current', '5.10', '5.15', '6.1', '6.6', '6.12'];

/** A host as real machines come: vendor first, then what that vendor and MMU allow. */
const realisticParams: fc.Arbitrary<HostParams> = fc
  .record({
    amd: fc.boolean(),
    tdp: fc.boolean(),
    nested: fc.boolean(),
    maxphy: fc.integer({ min: 36, max: 52 }),
    reduction: fc.integer({ min: 0, max: 6 }),
    cacheExtra: fc.integer({ min: 0, max: 5 }),
    l1tf: fc.boolean(),
    ad: fc.boolean(),
    execOnly: fc.boolean(),
    sme: fc.boolean(),
    syscfg: fc.boolean(),
    tdx: fc.boolean(),
    mmio: fc.boolean(),
    root5: fc.boolean(),
    huge: fc.integer({ min: 1, max: 3 }),
    gbpages: fc.boolean(),
    nx: fc.boolean(),
    pml: fc.boolean(),
    nestedExec: fc.boolean(),
    guestLess: fc.integer({ min: 0, max: 8 }),
    dynMask: fc.boolean(),
  })
  .map((r): HostParams => {
    const phys = Math.max(32, r.maxphy - r.reduction);
    const cBit = r.maxphy > 51 ? 51 : 47;
    const sme = r.amd && r.syscfg && r.sme && cBit < r.maxphy;
    const tdx = !r.amd && r.tdp && r.tdx && r.maxphy >= 48;
    const intelTdp = !r.amd && r.tdp;
    return {
      vendor: r.amd ? 'amd' : 'intel',
      tdp_enabled: r.tdp,
      ept_ad_bits: intelTdp && r.ad,
      ept_exec_only: intelTdp && r.execOnly,
      maxphyaddr_cpuid: r.maxphy,
      x86_phys_bits: phys,
      x86_cache_bits: Math.min(52, phys + r.cacheExtra),
      x86_bug_l1tf: !r.amd && r.l1tf,
      sme_active: sme,
      syscfg_mem_encrypt: r.amd && r.syscfg,
      c_bit: r.amd ? cBit : 0,
      tdx_td_vm: tdx,
      tdx_shared_gpa_bit: tdx ? (r.maxphy > 51 ? 51 : 47) : 0,
      mmio_caching_param: r.mmio,
      root_level: r.root5 ? 5 : 4,
      gbpages: r.gbpages,
      max_huge_page_level: r.huge,
      nx_huge_pages: r.nx,
      pml_dirty_logging: intelTdp && r.pml,
      rsvd_model: !r.tdp
        ? 'shadow'
        : r.amd
          ? r.nested
            ? 'shadow'
            : 'tdp-npt'
          : r.nested
            ? 'nested-ept'
            : 'tdp-ept',
      nested_execonly: r.nestedExec,
      guest_maxphyaddr: Math.max(32, r.maxphy - r.guestLess),
      config_dynamic_physical_mask: r.dynMask,
    };
  });

const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });

describe('random realistic hosts (seeded property)', () => {
  it('are accepted, and decode any value on any kernel with a full layout and valid JSON', () => {
    fc.assert(
      fc.property(
        realisticParams,
        fc.constantFrom(...KERNELS),
        u64,
        u64,
        fc.integer({ min: 1, max: 5 }),
        (params, kernel, v, w, level) => {
          const r = hostFromParams(params, { kernel });
          if (!r.ok) throw new Error(r.problems.map((p) => p.message).join(' '));
          const d = decode(r.host, v, level);
          let acc = 0n;
          for (const f of d.fields) {
            const m = genmask(f.def.hi, f.def.lo);
            expect(acc & m).toBe(0n);
            acc |= m;
            expect(f.text.length).toBeGreaterThan(0);
          }
          expect(acc).toBe((1n << 64n) - 1n);
          for (const f of d.findings) {
            expect(RULES_BY_ID.has(f.id)).toBe(true);
            expect(f.explanation.length).toBeGreaterThan(0);
          }
          expect(() => JSON.parse(vectorJsonString(d.verdicts)) as unknown).not.toThrow();
          const pair = computePairVerdicts(r.host, v, w, level);
          expect(typeof pair.mmu_spte_update_flush.value).toBe('boolean');
        },
      ),
      { seed: 7, numRuns: 1500 },
    );
  });
});
