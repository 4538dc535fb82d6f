import { describe, expect, it } from 'vitest';
import { hex16 } from '../bits';
import { hostFromParams } from '../host';
import { checkParams } from '../params';
import { PRESETS, findPreset, presetMatching } from '../presets';

const base = findPreset('ept-ad')!.params;
const problems = (patch: object) => {
  const r = checkParams({ ...base, ...patch });
  return r.ok ? [] : r.problems.map((p) => p.message);
};

describe('host parameters', () => {
  it('accepts every preset and finds it again', () => {
    for (const p of PRESETS) {
      expect(checkParams(p.params).ok).toBe(true);
      expect(presetMatching(p.params)?.id).toBe(p.id);
    }
  });
  it.each([
    [{ x86_cache_bits: 40 }, /x86_cache_bits \(40\) cannot be below x86_phys_bits/],
    [{ x86_phys_bits: 48 }, /cannot exceed MAXPHYADDR/],
    [
      {
        vendor: 'amd',
        rsvd_model: 'tdp-npt',
        ept_ad_bits: false,
        ept_exec_only: false,
        sme_active: true,
        syscfg_mem_encrypt: true,
        c_bit: 47,
      },
      /C-bit \(47\) must lie below MAXPHYADDR \(46\)/,
    ],
    [{ sme_active: true }, /SYSCFG/],
    [{ tdx_td_vm: true, tdx_shared_gpa_bit: 40 }, /47 or 51/],
    [{ rsvd_model: 'tdp-npt' }, /only on AMD/],
    [{ rsvd_model: 'shadow' }, /shadow paging is used only when EPT is disabled/],
    [{ rsvd_model: 'nested-ept', tdp_enabled: false }, /needs TDP enabled/],
    [{ maxphyaddr_cpuid: 60 }, /from 32 to 52/],
    [{ vendor: 'arm' }, /must be one of intel, amd/],
    [{ tdp_enabled: 'yes' }, /true or false/],
  ])('rejects %o', (patch, msg) => expect(problems(patch).join(' ')).toMatch(msg));
  it('accepts the shadow MMU under NPT (L1 NPT tables shadowed for an L2 guest)', () => {
    const r = hostFromParams({ ...findPreset('npt')!.params, rsvd_model: 'shadow' });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join(' '));
    // Same masks as NPT; reserved bits from the shadow-paging table (no C-bit removal).
    expect(r.host.masks.shadow_present_mask).toBe(1n);
  });
  it('rejects a missing key and a non-object', () => {
    const rest: Record<string, unknown> = { ...base };
    delete rest.vendor;
    expect(checkParams(rest).ok).toBe(false);
    expect(checkParams(null).ok).toBe(false);
  });
  it('turns MMIO caching off when no reserved PA bit is left (npt at MAXPHYADDR 52)', () => {
    const r = hostFromParams({
      ...findPreset('npt')!.params,
      maxphyaddr_cpuid: 52,
      x86_phys_bits: 52,
      x86_cache_bits: 52,
      guest_maxphyaddr: 52,
    });
    if (!r.ok) throw new Error('rejected');
    expect(r.host.masks.enable_mmio_caching).toBe(false);
    expect(hex16(r.host.masks.shadow_mmio_mask)).toBe('0x0000000000000000');
  });
  it('keeps the L1TF guard for an EPT host without exec-only (present mask gains R up to 7.1)', () => {
    const p = {
      ...base,
      ept_exec_only: false,
      x86_bug_l1tf: true,
      maxphyaddr_cpuid: 39,
      x86_phys_bits: 39,
      x86_cache_bits: 44,
      guest_maxphyaddr: 39,
    };
    const r = hostFromParams(p, { kernel: '7.1' });
    if (!r.ok) throw new Error('rejected');
    expect(hex16(r.host.masks.shadow_present_mask)).toBe('0x8000000000000001');
    // 7.2 (§12.2): the present mask is the suppress-#VE bit alone, exec-only or not.
    const m = hostFromParams(p);
    if (!m.ok) throw new Error('rejected');
    expect(hex16(m.host.masks.shadow_present_mask)).toBe('0x8000000000000000');
    expect(hex16(r.host.masks.shadow_nonpresent_or_rsvd_mask)).toBe('0x00000f8000000000');
    expect(hex16(r.host.masks.shadow_nonpresent_or_rsvd_lower_gfn_mask)).toBe('0x0000007ffffff000');
  });
});
