/**
 * The era boundaries corrected in kernel-versions.md §12.1: one test per fact, named after
 * the release tree that pins it.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { kernelSpec } from '../eras/table';
import { pairVerdictKeys, verdictKeys } from '../verdicts';
import { kernelMaskVariables } from '../eras/variables';
import { parseKernelVersion } from '../eras/version';
import { makeHost, resolveKernel, type Host } from '../host';
import { classifyTransition, flushRows } from '../transitions';
import { findPreset } from '../presets';
import { PARAM_SPECS } from '../params';

const spec = (version: string) => {
  const r = resolveKernel({ kernel: version });
  if (!r.ok) throw new Error(r.message);
  return r.spec;
};
const host = (preset: string, kernel: string, extra: object = {}): Host =>
  makeHost({ ...findPreset(preset)!.params, ...extra }, { kernel });

describe('§12.1: 5.17 / 5.18', () => {
  it('5.18.12 already has is_mmu_writable_spte and check_spte_writable_invariants', () => {
    expect(parseKernelVersion('5.18.12')).toMatchObject({ ok: true, era: 'mmu-writable' });
    const keys = verdictKeys(spec('5.18.12'));
    expect(keys).toContain('is_mmu_writable_spte');
    expect(keys).toContain('writable_invariant');
    expect(keys).not.toContain('spte_can_locklessly_be_made_writable');
    // spte_has_volatile_bits without its own presence test.
    expect(spec('5.18.12').volatileFn).toBe('volatile');
    // The WRITABLE spelling arrived with them.
    expect(spec('5.18.12').names.hostWritableX86).toBe('DEFAULT_SPTE_HOST_WRITABLE');
  });

  it('5.17.0 still has spte_can_locklessly_be_made_writable (M only) and none of the 5.18 helpers', () => {
    expect(parseKernelVersion('5.17.0')).toMatchObject({ ok: true, era: 'mmu-present-lockless' });
    const k = spec('5.17.0');
    expect(k.lockless).toBe('mmu-only');
    expect(k.writableInvariants).toBe(false);
    expect(k.volatileFn).toBe('volatile-lockless');
    expect(k.names.hostWritableX86).toBe('DEFAULT_SPTE_HOST_WRITEABLE');
    // The lockless WARN text belongs to 5.17 and earlier.
    const at = decode(host('ept-noad', '5.17'), 0x0210000123456877n, 1).verdicts;
    expect(at.mark_spte_for_access_track.warnings).toEqual(['writable-not-locklessly-dirty-trackable']);
  });

  it('5.18.12 flushes in the TDP map path when a present non-leaf is replaced; 5.17.0 makes no such decision', () => {
    expect(pairVerdictKeys(spec('5.18.12'))).toContain('tdp_map_flush');
    expect(pairVerdictKeys(spec('5.17.0'))).not.toContain('tdp_map_flush');
  });

  it('5.18 is a hybrid: the MMIO caching flag and shadow_me_value arrive only in 5.19', () => {
    expect(spec('5.18.12')).toMatchObject({ mmioCheck: 'value-nonzero', meValue: false });
    expect(spec('5.19')).toMatchObject({ mmioCheck: 'caching-flag', meValue: true });
    const vars = kernelMaskVariables(host('npt-sme', '5.18'));
    expect('shadow_me_value' in vars).toBe(false);
    expect('enable_mmio_caching' in vars).toBe(true);
  });

  it('5.17 never creates MMU-writable without Host-writable (5.15 did, via the change-PTE notifier)', () => {
    expect(spec('5.17').mmuWithoutHostNeverCreated).toBe(true);
    expect(spec('5.15').mmuWithoutHostNeverCreated).toBe(false);
  });
});

describe('§12.1: 5.19 / 6.0', () => {
  it('5.19 still names PT64_BASE_ADDR_MASK; 6.0 introduced SPTE_BASE_ADDR_MASK', () => {
    expect(spec('5.19').names.baseAddrMask).toBe('PT64_BASE_ADDR_MASK');
    expect(spec('6.0').names.baseAddrMask).toBe('SPTE_BASE_ADDR_MASK');
  });

  it('5.19 keeps MMIO caching off once a setter call turned it off; 6.0 re-derives it per call', () => {
    // MAXPHYADDR 52: the default MMIO value is 0 (caching off); the EPT setter then asks for 6.
    const wide = { maxphyaddr_cpuid: 52, x86_phys_bits: 52, x86_cache_bits: 52, guest_maxphyaddr: 52 };
    expect(spec('5.19').mmioCachingSticky).toBe(true);
    expect(host('ept-ad', '5.19', wide).masks.enable_mmio_caching).toBe(false);
    expect(host('ept-ad', '6.0', wide).masks.enable_mmio_caching).toBe(true);
    expect(host('ept-ad', '6.0', wide).masks.shadow_mmio_value).toBe(6n);
  });
});

describe('§12.1: the write-protect-only A/D type', () => {
  it('5.12.9 needs PML for type 10; 5.10/5.11 choose it for every nested-MMU vCPU', () => {
    expect(spec('5.12.9').wrprotNeedsPml).toBe(true);
    expect(spec('5.11').wrprotNeedsPml).toBe(false);
    expect(spec('5.11').wrprotOnAnyNestedMmu).toBe(true);
    // A nested-EPT host with PML off: type 10 is normal on 5.11, suspicious on 5.12.
    const l2 = { rsvd_model: 'nested-ept', pml_dirty_logging: false };
    const leaf = 0x0020000123456c77n; // type 10 (bit 53), H/M at 10/11, WB|IPAT, RWX
    const a003 = (k: string) =>
      decode(host('ept-ad', k, l2), leaf, 1).findings.some((f) => f.id === 'SPTE-A003');
    expect(a003('5.11')).toBe(false);
    expect(a003('5.12')).toBe(true);
  });

  it('5.10/5.11 put type 10 into nested-NPT SPTEs: not an A002 warning there', () => {
    const leaf = 0x0020000123456e67n; // type 10 on an NPT leaf (H/M at 10/11, P/RW/U/A/D)
    const a002 = (k: string) => decode(host('npt', k), leaf, 1).findings.some((f) => f.id === 'SPTE-A002');
    expect(a002('5.10')).toBe(false);
    expect(a002('5.12')).toBe(true);
  });

  it('"PML enabled", not "dirty logging active", decides it (parameter help and A003)', () => {
    const help = PARAM_SPECS.find((m) => m.key === 'pml_dirty_logging')!;
    expect(`${help.label} ${help.help}`).toMatch(/PML enabled/);
    const f = decode(host('ept-ad', '6.1'), 0x0620000123456b77n, 1).findings.find(
      (x) => x.id === 'SPTE-A003',
    )!;
    expect(f.title).toMatch(/PML enabled/);
    expect(f.explanation).toMatch(/PML enabled/);
  });
});

describe('§12.1: handle_changed_spte wording', () => {
  it('5.11 ends at "are MMIO SPTEs."; 5.12.9 adds "temporary removed SPTE"; 6.11 says "frozen"', () => {
    expect(spec('5.11').changedSpteWording).toBe('mmio');
    expect(spec('5.12.9').changedSpteWording).toBe('removed');
    expect(spec('6.10').changedSpteWording).toBe('removed');
    expect(spec('6.11').changedSpteWording).toBe('frozen');
  });
});

describe('§12.1: flushes', () => {
  it('6.12 flushes after aging a young SPTE; 6.13.7 elides that flush', () => {
    expect(spec('6.12').agingFlushes).toBe(true);
    expect(spec('6.13.7').agingFlushes).toBe(false);
    const age = (k: string, a: bigint, b: bigint) => classifyTransition(host('ept-ad', k), a, b);
    expect(age('6.12', 0x8600000123456b77n, 0x8600000123456a77n).detail).toMatch(/flushes/);
    expect(age('6.13', 0x8600000123456b77n, 0x8600000123456a77n).detail).toMatch(/elides/);
  });

  it('6.13.7 flushes and WARNs when the TDP map path clears MMU-writable of a leaf', () => {
    expect(spec('6.12').mapLeafChangeWarns).toBe(false);
    expect(spec('6.13.7').mapLeafChangeWarns).toBe(true);
    const row = flushRows(host('ept-ad', '6.13.7'), 0x8600000123456b77n, 0x8200000123456b75n, 1).find(
      (r) => r.name === 'tdp_map_flush',
    )!;
    expect(row.value).toBe(true);
    expect(row.reason).toMatch(/WARN/);
  });
});

describe('§12.1: the labels users see follow the facts', () => {
  it('5.13 – 5.17 and 5.18 – 6.9', () => {
    expect(kernelSpec('mmu-present-lockless').basis).toBe('5.15');
    expect(parseKernelVersion('5.18')).toMatchObject({ ok: true, era: 'mmu-writable' });
  });
});
