/**
 * The findings catalogue. Errors are states the kernel never creates or would WARN on;
 * warnings are states it never creates but would not notice; infos explain deliberate
 * oddities (MMIO, frozen, non-present, access tracking) so they are not mistaken for bugs.
 * IDs are stable: never renumber, only add.
 *
 * Rules follow the host's kernel era (host.kernel): e.g. the writable-invariant errors exist
 * only where check_spte_writable_invariants does (5.19+), the lockless WARN of
 * mark_spte_for_access_track only before it, and there is no "MMU-present" logic before 5.13.
 */

import { bit, bitsOf, genmask, hexShort, not64 } from '../bits';
import { SHADOW_NONPRESENT_OR_RSVD_MASK_LEN, SPTE_MMU_PRESENT_MASK, VMX_EPT_RWX_MASK } from '../constants';
import { hit, matches } from '../halves';
import type { Host } from '../host';
import * as P from '../predicates';
import { ALL_KINDS } from '../layout/tables';
import { WARN, makeSpteRsvdWarn } from '../warns';
import { WRITABLE_STATES } from '../writable';
import { TEXT_RULES } from './text-rules';
import type { CheckContext, FindingRule } from './types';

// Hoisted: building a bigint per check is measurable at a million values.
const BIT1 = bit(1);
const MT_XWR_BITS = genmask(5, 0);
const BIT63 = bit(63);
const BIT7 = bit(7);

/**
 * Wraps an explanation thunk. Passing the arrow as an argument (instead of writing it as a
 * property value) keeps esbuild's keepNames (used by tsx, i.e. the CLI) from naming a
 * fresh closure on every check, which cost more than the check itself.
 */
const BOTH = ['ept', 'x86'] as const;
/** Present kinds that are not MMIO (frozen values are never treated as present). */
const PRESENT = ['leaf', 'nonleaf', 'access-tracked'] as const;
const LEAF = ['leaf', 'access-tracked'] as const;
const PRESENT_OR_MMIO = [...PRESENT, 'mmio'] as const;

const lazy = (f: () => string): (() => string) => f;
const RWX = Number(VMX_EPT_RWX_MASK);

/** Bits no MMIO field uses: mask, value, access, generation, GFN, guard, GFN direct bits, bit 11. */
const mmioUnusedCache = new WeakMap<Host, bigint>();
function mmioUnused(h: Host): bigint {
  let unused = mmioUnusedCache.get(h);
  if (unused === undefined) {
    const m = h.masks;
    const k = h.kernel;
    const used =
      m.shadow_mmio_mask |
      (k.specialTypeMmio ? m.shadow_mmio_value | k.bits.adType.mask : 0n) |
      m.shadow_mmio_access_mask |
      k.gen.lowMask |
      k.gen.highMask |
      m.shadow_nonpresent_or_rsvd_lower_gfn_mask |
      m.shadow_nonpresent_or_rsvd_mask |
      (m.shadow_nonpresent_or_rsvd_mask << BigInt(SHADOW_NONPRESENT_OR_RSVD_MASK_LEN)) |
      (m.gfn_direct_bits << 12n) |
      SPTE_MMU_PRESENT_MASK;
    mmioUnusedCache.set(h, (unused = not64(used)));
  }
  return unused;
}

const bitList = (m: bigint): string => {
  const b = bitsOf(m);
  return b.length === 1 ? `bit ${b[0]}` : `bits ${b.join(', ')}`;
};
const adType = (c: CheckContext): number => P.word.adType(c.host, c.hi);
const adBits = (c: CheckContext): bigint => c.host.kernel.bits.adType.mask;
const adPlace = (c: CheckContext): string => {
  const lo = Number(c.host.kernel.bits.adType.shift);
  return `bits ${lo}–${lo + 1}`;
};
const savedPlace = (c: CheckContext): string => bitsOf(c.host.kernel.bits.saved.mask).join('/');
const presentLeaf = (c: CheckContext): boolean => c.cls.present && c.cls.leaf && !c.cls.mmio && !c.cls.frozen;
const wMasks = (c: CheckContext): bigint => c.host.pairs.writableState;
/** check_spte_writable_invariants exists (5.19+). */
const hasInvariants = (c: CheckContext): boolean => c.host.kernel.writableInvariants;

/** Findings about one value, run by checkFindings. */
const VALUE_RULES: readonly FindingRule[] = [
  {
    id: 'SPTE-W001',
    severity: 'error',
    title: 'MMU-writable without Host-writable',
    kernel: 'check_spte_writable_invariants',
    summary: 'A leaf may only be MMU-writable when the host mapping is writable.',
    appliesTo: { kinds: LEAF, flavours: BOTH, kernels: 'writable-invariants' },
    example: { value: 0x8400000123456b75n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      presentLeaf(c) && hasInvariants(c) && c.writable.verdict === 'mmu-writable-not-host-writable'
        ? {
            bits: c.host.masks.shadow_host_writable_mask | c.host.masks.shadow_mmu_writable_mask,
            explain: lazy(
              () =>
                `KVM would WARN "${WARN.mmuWritableNotHostWritable}": the fast page fault path could make a read-only host page writable.`,
            ),
          }
        : null,
  },
  {
    id: 'SPTE-W002',
    severity: 'error',
    title: 'Writable without MMU-writable',
    kernel: 'check_spte_writable_invariants',
    summary: 'W may only be set when MMU-writable is set.',
    appliesTo: { kinds: LEAF, flavours: BOTH, kernels: 'writable-invariants' },
    example: { value: 0x8200000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      presentLeaf(c) && hasInvariants(c) && c.writable.verdict === 'writable-not-mmu-writable'
        ? {
            bits: BIT1 | c.host.masks.shadow_mmu_writable_mask,
            explain: lazy(
              () =>
                `KVM would WARN "${WARN.writableNotMmuWritable}": a write-protected (shadowed or read-only) page would be writable by the guest.`,
            ),
          }
        : null,
  },
  {
    id: 'SPTE-W003',
    severity: 'info',
    title: 'Writable state',
    kernel: 'check_spte_writable_invariants',
    summary: 'Names which of the four legal Host-writable/MMU-writable/W states a leaf is in.',
    appliesTo: { kinds: LEAF, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8600000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (!presentLeaf(c)) return null;
      const r = c.writable;
      if (r.row === null) return null;
      const st = WRITABLE_STATES[r.row]!;
      return {
        bits: wMasks(c),
        // Before 5.19 the same states were read by the lockless write-fault check.
        kernel: hasInvariants(c) ? 'check_spte_writable_invariants' : 'spte_can_locklessly_be_made_writable',
        explain: lazy(
          () => `Host-writable ${+r.h}, MMU-writable ${+r.m}, W ${+r.w}: ${st.name}. ${st.meaning}`,
        ),
      };
    },
  },
  {
    id: 'SPTE-W004',
    severity: 'error',
    title: 'Writable but not locklessly dirty-trackable',
    kernel: 'mark_spte_for_access_track / spte_can_locklessly_be_made_writable',
    summary:
      'Kernels before 5.19: W set while Host-writable and MMU-writable are not both set (MMU-writable alone from 5.17).',
    appliesTo: { kinds: LEAF, flavours: BOTH, kernels: 'lockless-writable' },
    example: { value: 0x0200000123456b77n, preset: 'ept-ad', kernel: '5.15', level: 1 },
    check: (c) => {
      if (!presentLeaf(c) || c.host.kernel.lockless === null) return null;
      if (!P.word.writable(c.lo) || P.spte_can_locklessly_be_made_writable(c.host, c.value)) return null;
      const need =
        c.host.kernel.lockless === 'mmu-only'
          ? 'MMU-writable is clear'
          : 'Host-writable and MMU-writable are not both set';
      return {
        bits: wMasks(c),
        explain: lazy(
          () =>
            `W is set but ${need}: the fast page fault path could not restore write access, so marking this SPTE for access tracking would WARN "${WARN.notLocklesslyDirtyTrackable}".`,
        ),
      };
    },
  },
  {
    id: 'SPTE-A001',
    severity: 'error',
    title: 'A/D type 11',
    kernel: 'spte_ad_enabled / spte_ad_need_write_protect',
    summary: 'A/D type 11 (bits 52–53; 60–61 from 7.2) is never produced.',
    appliesTo: { kinds: PRESENT, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8630000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.present && !c.cls.mmio && adType(c) === 3
        ? {
            bits: adBits(c),
            explain: lazy(
              () =>
                `KVM only writes 00, 01 or 10 in ${adPlace(c)}. The predicates treat 11 like write-protect-only (10): spte_ad_enabled is true because it is not 01, and spte_ad_need_write_protect is true because it is not 00, so dirty tracking would write-protect this SPTE.`,
            ),
          }
        : null,
  },
  {
    id: 'SPTE-A002',
    severity: 'warning',
    title: 'A/D type set on NPT/shadow',
    kernel: 'make_spte',
    summary:
      'NPT and shadow-paging SPTEs have A/D type 00, except type 10 for a nested guest on 5.10 – 5.11.',
    appliesTo: { kinds: PRESENT, flavours: ['x86'], kernels: 'all' },
    example: { value: 0x0010000123456e67n, preset: 'npt', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.present &&
      !c.cls.mmio &&
      c.host.flavour === 'x86' &&
      adType(c) !== 0 &&
      adType(c) !== 3 &&
      // 5.10/5.11 choose WRPROT_ONLY for every nested-MMU vCPU, AMD nested NPT included.
      !(adType(c) === 2 && c.host.kernel.wrprotOnAnyNestedMmu)
        ? {
            bits: adBits(c),
            explain: lazy(() =>
              adType(c) === 2
                ? `Type 10 (write-protect-only) on NPT/shadow: from 5.12 KVM picks it only with PML enabled, which AMD does not have; 5.10 – 5.11 put it into every SPTE of a nested (L2) guest, nested NPT included.`
                : `Only EPT uses ${adPlace(c)}. With shadow_acc_track_mask = 0 a type-01 value counts as access-tracked here, which KVM never does on this host.`,
            ),
          }
        : null,
  },
  {
    id: 'SPTE-A003',
    severity: 'warning',
    title: 'WRPROT_ONLY outside nested EPT with PML enabled',
    kernel: 'kvm_mmu_page_ad_need_write_protect',
    summary:
      'A/D type 10 appears only in shadow-EPT SPTEs for L2 of a VM with PML enabled (any L2 SPTE on 5.10 – 5.11).',
    appliesTo: { kinds: PRESENT, flavours: ['ept'], kernels: 'all' },
    example: { value: 0x8620000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.present &&
      !c.cls.mmio &&
      c.host.flavour === 'ept' &&
      adType(c) === 2 &&
      // 5.10/5.11 pick WRPROT_ONLY for every nested-EPT SPTE; PML became a requirement in 5.12.
      !(
        c.host.params.rsvd_model === 'nested-ept' &&
        (c.host.params.pml_dirty_logging || !c.host.kernel.wrprotNeedsPml)
      )
        ? {
            bits: adBits(c),
            explain: lazy(
              () =>
                'KVM sets WRPROT_ONLY only in SPTEs for an L2 guest of a VM with PML enabled (whether or not a memslot is being dirty-logged); the TDP MMU never creates it.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-A004',
    severity: 'warning',
    title: 'A/D disabled on an A/D host',
    kernel: 'make_spte',
    summary: 'A/D type 01 in a TDP MMU SPTE while EPT A/D bits are enabled.',
    appliesTo: { kinds: PRESENT, flavours: ['ept'], kernels: 'all' },
    example: { value: 0x8610000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.present &&
      !c.cls.mmio &&
      c.host.flavour === 'ept' &&
      adType(c) === 1 &&
      c.host.masks.kvm_ad_enabled &&
      c.host.params.rsvd_model === 'tdp-ept'
        ? {
            bits: adBits(c),
            explain: lazy(
              () =>
                'With kvm_ad_enabled the TDP MMU creates every SPTE with type 00; type 01 comes only from a nested guest whose L1 disabled A/D.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-T001',
    severity: 'info',
    title: 'Access-tracked',
    kernel: 'mark_spte_for_access_track',
    summary:
      'Explains an access-tracked SPTE: permissions saved in high bits (54/56; 52/54/62 from 7.2), hardware-not-present.',
    appliesTo: { kinds: ['access-tracked'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x8750000123456a70n, preset: 'ept-noad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.kind === 'access-tracked'
        ? {
            bits: c.host.masks.shadow_acc_track_mask | c.host.kernel.bits.saved.mask,
            explain: lazy(
              () =>
                `Aged without hardware A/D: ${c.host.kernel.bits.eptUserExec !== 0n ? 'R, X and XU' : 'R and X'} were saved in bits ${savedPlace(c)} and the access-track mask cleared${c.host.kernel.markClearsAccessed ? ' (and Accessed)' : ''}, so the next access faults and restore_acc_track_spte gives back ${hexShort(P.restore_acc_track_spte(c.host, c.value))}.`,
            ),
          }
        : null,
  },
  {
    id: 'SPTE-T002',
    severity: 'warning',
    title: 'Saved permission bits outside access tracking',
    kernel: 'mark_spte_for_access_track',
    summary:
      'Saved-permission bits (54/56; 52/54/62 from 7.2) set in a present SPTE that is not access-tracked.',
    appliesTo: { kinds: PRESENT, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8640000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (!c.cls.present || c.cls.mmio || c.cls.accessTracked || !hit(c.host.pairs.savedMask, c.lo, c.hi))
        return null;
      // From 7.2 bit 53 (Host-writable) sits between the saved bits; only the saved ones count.
      const saved = c.value & c.host.kernel.bits.saved.mask;
      return {
        bits: saved,
        explain: lazy(() =>
          c.host.flavour === 'ept'
            ? `Bits ${savedPlace(c)} hold saved permissions only while access-tracked. Marking this SPTE would WARN "${WARN.savedBitsNotZero}" and the stale bits would survive.`
            : `Bits ${bitsOf(saved).join('/')} are unused on NPT/shadow; KVM never sets them.`,
        ),
      };
    },
  },
  {
    id: 'SPTE-R001',
    severity: 'error',
    title: 'Reserved bits set',
    kernel: 'is_rsvd_spte',
    summary: 'A present SPTE with bits reserved at its level; the walk would fault (EPT misconfig / RSVD).',
    appliesTo: { kinds: PRESENT_OR_MMIO, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8600400123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (!c.cls.present) return null;
      const levelMask = c.host.pairs.rsvd[P.word.large(c.lo) ? 1 : 0][c.level - 1];
      if (!levelMask || !hit(levelMask, c.lo, c.hi)) return null;
      const r = P.rsvd_bits_at(c.host, c.value, c.level);
      if (r === null || r === 0n) return null;
      return {
        bits: r,
        explain: lazy(() => {
          const large = (c.value & BIT7) !== 0n;
          // The WARN prints the level's whole reserved mask (get_rsvd_bits), not value & mask.
          const mask = c.host.masks.rsvd.rsvd_bits_mask[large ? 1 : 0][c.level - 1] ?? 0n;
          const where = `At level ${c.level}${P.word.large(c.lo) ? ' (large)' : ''} ${bitList(r)} must be 0.`;
          if (!c.host.kernel.mmuPresentBit)
            return `${where} get_mmio_spte would report "${WARN.mmioRsvdOld}" and dump the hierarchy.`;
          const dump = `get_mmio_spte would dump the hierarchy with "rsvd bits = 0x${mask.toString(16)}" at this level.`;
          return c.cls.mmio
            ? `${where} ${dump} (make_spte builds no MMIO SPTE, so it does not WARN here.)`
            : `${where} make_spte would WARN "${makeSpteRsvdWarn(`0x${c.value.toString(16)}`, `${c.level}`, `0x${mask.toString(16)}`)}" (the level's whole reserved mask) and ${dump}`;
        }),
      };
    },
  },
  {
    id: 'SPTE-R002',
    severity: 'error',
    title: 'Invalid memory type / XWR combination',
    kernel: 'is_rsvd_spte (bad_mt_xwr)',
    summary: 'EPT memory types 2, 3, 7; write without read; execute-only without support.',
    appliesTo: { kinds: PRESENT_OR_MMIO, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8600000123456b53n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (!c.cls.present || !P.is_bad_mt_xwr(c.host, c.value)) return null;
      const mt = (c.lo >>> 3) & 7;
      const xwr = c.lo & 7;
      const why =
        mt === 2 || mt === 3 || mt === 7
          ? `memory type ${mt} is a reserved encoding`
          : xwr === 2 || xwr === 6
            ? 'write permission without read is never valid in EPT'
            : 'execute-only (XWR 100) is not allowed by this checker (the TDP MMU checks without execute-only)';
      return { bits: MT_XWR_BITS, explain: lazy(() => `EPT misconfiguration: ${why}.`) };
    },
  },
  {
    id: 'SPTE-P001',
    severity: 'warning',
    title: 'MMU-present but missing the present mask',
    kernel: 'make_spte',
    summary: 'Every SPTE KVM builds ORs in shadow_present_mask.',
    appliesTo: { kinds: PRESENT, flavours: BOTH, kernels: 'mmu-present-bit' },
    example: { value: 0x0600000123456b77n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      // Before 5.13 "present" only means "not MMIO and not zero": there is no MMU-present bit to compare.
      if (!c.host.kernel.mmuPresentBit) return null;
      if (!c.cls.present || c.cls.mmio || c.cls.accessTracked) return null;
      const want = c.host.pairs.presentMask;
      if (matches(want, want, c.lo, c.hi)) return null;
      const missing = c.host.masks.shadow_present_mask & not64(c.value);
      return {
        bits: missing,
        explain: lazy(() =>
          c.host.flavour !== 'ept'
            ? 'P is clear, so the CPU sees this MMU-present entry as not present. KVM only does that for access tracking, which NPT/shadow paging do not use.'
            : (missing & BIT63) !== 0n
              ? `${bitList(missing)} of shadow_present_mask is clear. Without bit 63 (suppress #VE) an EPT violation on this entry could be delivered to the guest as #VE.`
              : `${bitList(missing)} of shadow_present_mask is clear: make_spte always sets R on a host without execute-only support.`,
        ),
      };
    },
  },
  {
    id: 'SPTE-P002',
    severity: 'warning',
    title: 'Present leaf without any access',
    kernel: 'make_spte',
    summary: 'An EPT leaf with RWX = 000 that is not access-tracked.',
    appliesTo: { kinds: LEAF, flavours: ['ept'], kernels: 'all' },
    example: { value: 0x8600000123456b70n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      presentLeaf(c) &&
      !c.cls.accessTracked &&
      c.host.flavour === 'ept' &&
      (c.lo & RWX) === 0 &&
      !hit(c.host.pairs.xu, c.lo, c.hi)
        ? {
            bits: 7n,
            explain: lazy(
              () =>
                'The CPU treats RWX = 000 as not present. KVM only clears RWX when access tracking (A/D type 01), and this SPTE is not.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-P007',
    severity: 'warning',
    title: 'User-execute without R, W or X',
    kernel: 'make_spte',
    summary: 'A 7.2+ EPT leaf with RWX = 000 but XU (bit 10) set.',
    appliesTo: { kinds: LEAF, flavours: ['ept'], kernels: 'user-exec' },
    example: { value: 0x80a0000123456f70n, preset: 'ept-ad', kernel: '7.2', level: 1 },
    check: (c) =>
      presentLeaf(c) &&
      !c.cls.accessTracked &&
      c.host.flavour === 'ept' &&
      (c.lo & RWX) === 0 &&
      hit(c.host.pairs.xu, c.lo, c.hi)
        ? {
            bits: VMX_EPT_RWX_MASK | c.host.masks.shadow_xu_mask,
            explain: lazy(
              () =>
                'KVM sets user-execute only together with X. To MBEC hardware an entry with only bit 10 is present (user-execute only); without MBEC the bit is ignored and the entry is not present. The reserved-combination test folds XU into X, so this counts as execute-only.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-P003',
    severity: 'warning',
    title: 'Non-leaf without full permissions',
    kernel: 'make_nonleaf_spte',
    summary: 'Table entries always allow everything; permissions are enforced at the leaf.',
    appliesTo: { kinds: ['nonleaf'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x8000000123456905n, preset: 'ept-ad', kernel: '7.1', level: 2 },
    check: (c) => {
      if (!c.cls.present || c.cls.leaf || c.cls.mmio) return null;
      const want =
        BIT1 | c.host.masks.shadow_user_mask | c.host.masks.shadow_x_mask | c.host.masks.shadow_present_mask;
      const missing = want & not64(c.value);
      const extra = c.value & c.host.masks.shadow_nx_mask;
      if (missing === 0n && extra === 0n) return null;
      return {
        bits: missing | extra,
        explain: lazy(
          () =>
            `make_nonleaf_spte always sets W, user, X and the present mask (and never NX); ${bitList(missing | extra)} differ.`,
        ),
      };
    },
  },
  {
    id: 'SPTE-P004',
    severity: 'warning',
    title: 'Writable-tracking bits in a non-leaf',
    kernel: 'make_nonleaf_spte',
    summary: 'Host-/MMU-writable belong to leaves only.',
    appliesTo: { kinds: ['nonleaf'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x8400000123456907n, preset: 'ept-ad', kernel: '7.1', level: 2 },
    check: (c) => {
      if (!c.cls.present || c.cls.leaf || c.cls.mmio) return null;
      const b = c.value & (c.host.masks.shadow_host_writable_mask | c.host.masks.shadow_mmu_writable_mask);
      return b === 0n
        ? null
        : {
            bits: b,
            explain: lazy(
              () => 'make_nonleaf_spte never sets them; in a table entry they would be ignored by KVM.',
            ),
          };
    },
  },
  {
    id: 'SPTE-P005',
    severity: 'info',
    title: 'Large bit at level 1',
    kernel: 'is_last_spte',
    summary: 'Bit 7 in a 4K leaf is PAT (x86) or ignored (EPT); KVM leaves it 0.',
    appliesTo: { kinds: PRESENT, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8600000123456bf7n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.present && !c.cls.mmio && c.level === 1 && P.word.large(c.lo)
        ? {
            bits: BIT7,
            explain: lazy(() =>
              c.host.flavour === 'ept'
                ? 'EPT ignores bit 7 at level 1, but is_large_pte() reads it as a huge page; KVM never sets it there.'
                : 'In a 4K x86 leaf bit 7 is the PAT bit; KVM never sets it, and is_large_pte() would call this a huge page.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-P006',
    severity: 'info',
    title: 'Host MMIO or unencrypted mapping',
    kernel: 'make_spte',
    summary: 'Present leaf without shadow_me_value on a host with SME.',
    appliesTo: { kinds: LEAF, flavours: BOTH, kernels: 'all' },
    example: { value: 0x0000000123456e67n, preset: 'npt-sme', kernel: '7.1', level: 1 },
    check: (c) => {
      const me = c.host.masks.shadow_me_value;
      if (!presentLeaf(c) || me === 0n || hit(c.host.pairs.meValue, c.lo, c.hi)) return null;
      return {
        bits: me,
        explain: lazy(
          () =>
            'KVM sets the C-bit in every SPTE except those mapping host MMIO; this one maps host MMIO or was built wrongly.',
        ),
      };
    },
  },
  {
    id: 'SPTE-M001',
    severity: 'info',
    title: 'MMIO SPTE',
    kernel: 'make_mmio_spte / is_mmio_spte',
    summary: 'Explains an MMIO SPTE: a deliberately faulting pattern that caches gfn, access and generation.',
    appliesTo: { kinds: ['mmio'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x0000000012345006n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (!c.cls.mmio) return null;
      const m = c.host.masks;
      const special = c.host.kernel.specialTypeMmio;
      const how =
        c.host.flavour === 'ept'
          ? m.kvm_arch_shadow_mmio_value === 0n
            ? 'For a TD the MMIO value is 0: RWX = 000 with bit 63 clear, so the TDX module injects #VE and the TD asks KVM to emulate.'
            : "W+X without R is deliberate: it is an EPT misconfiguration, which exits straight to KVM's MMIO fast path."
          : 'The reserved PA bit(s) are deliberate: the access faults with RSVD set and KVM emulates it without a memslot lookup.';
      return {
        bits: special ? m.shadow_mmio_value : m.shadow_mmio_mask,
        explain: lazy(
          () =>
            `${special ? 'Special type 11 (bits 52–53) marks an MMIO SPTE in this kernel. ' : ''}${how} gfn ${hexShort(P.get_mmio_spte_gfn(c.host, c.value))}, generation ${P.get_mmio_spte_generation(c.host, c.value)}.`,
        ),
      };
    },
  },
  {
    id: 'SPTE-M002',
    severity: 'warning',
    title: 'MMIO SPTE with MMU-present set',
    kernel: 'is_shadow_present_pte / is_mmio_spte',
    summary: 'A value that is both MMIO and MMU-present.',
    appliesTo: { kinds: ['mmio'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x0000000012345806n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.mmio && c.cls.present
        ? {
            bits: SPTE_MMU_PRESENT_MASK,
            explain: lazy(
              () =>
                'make_mmio_spte never sets bit 11. KVM would treat this entry as present in some paths and as MMIO in others.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-M003',
    severity: 'info',
    title: 'MMIO pattern with MMIO caching disabled',
    kernel: 'is_mmio_spte',
    summary: 'The bits match the MMIO mask but caching is off, so it is not an MMIO SPTE.',
    appliesTo: { kinds: ALL_KINDS, flavours: BOTH, kernels: 'all' },
    example: {
      value: 0x0008000000000001n,
      preset: 'npt',
      kernel: '7.1',
      level: 1,
      params: { mmio_caching_param: false },
    },
    check: (c) => {
      const m = c.host.masks;
      if (P.mmio_caching_effective(c.host) || m.shadow_mmio_mask === 0n) return null;
      // With caching off the kernel stores value 0, so compare with the pattern it would have used.
      const intended = c.host.flavour === 'ept' ? 6n : m.shadow_mmio_mask;
      if ((c.value & m.shadow_mmio_mask) !== intended || c.cls.present) return null;
      return {
        bits: m.shadow_mmio_mask,
        explain: lazy(
          () =>
            'MMIO caching is disabled on this host (module parameter, or no reserved PA bit left), so is_mmio_spte() is always false.',
        ),
      };
    },
  },
  {
    id: 'SPTE-M004',
    severity: 'warning',
    title: 'MMIO SPTE without all L1TF guard bits',
    kernel: 'make_mmio_spte',
    summary: 'On L1TF hosts every MMIO SPTE has the five guard bits set.',
    appliesTo: { kinds: ['mmio'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x1237c1001234522en, preset: 'ept-ad-l1tf', kernel: '7.1', level: 1 },
    check: (c) => {
      const g = c.host.masks.shadow_nonpresent_or_rsvd_mask;
      const guard = c.host.pairs.l1tfGuard;
      if (!c.cls.mmio || g === 0n || matches(guard, guard, c.lo, c.hi)) return null;
      return {
        bits: g & not64(c.value),
        explain: lazy(
          () =>
            'make_mmio_spte always sets the guard so a speculative L1TF access cannot reach cached host memory; these bits are clear.',
        ),
      };
    },
  },
  {
    id: 'SPTE-M005',
    severity: 'warning',
    title: 'MMIO SPTE with bits KVM does not use',
    kernel: 'make_mmio_spte / get_mmio_spte_gfn',
    summary: 'Bits outside the mask, generation, GFN and guard fields of an MMIO SPTE.',
    appliesTo: { kinds: ['mmio'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x0000400012345006n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (!c.cls.mmio) return null;
      const k = c.host.kernel;
      const stray = c.value & mmioUnused(c.host);
      return stray === 0n
        ? null
        : {
            bits: stray,
            explain: lazy(
              () =>
                `${bitList(stray)} ${bitsOf(stray).length === 1 ? 'is' : 'are'} not part of any MMIO field: get_mmio_spte_gfn drops them, so the GPA they encode is lost.${(stray & k.bits.eptUserExec) !== 0n ? ' From 7.2 bit 10 is no longer a generation bit: an MMIO SPTE with it set could look present to MBEC hardware.' : ''}`,
            ),
          };
    },
  },
  {
    id: 'SPTE-F001',
    severity: 'info',
    title: 'Frozen SPTE',
    kernel: 'is_frozen_spte',
    summary: 'FROZEN_SPTE is a deliberate placeholder.',
    appliesTo: { kinds: ['frozen'], flavours: BOTH, kernels: 'frozen-value' },
    example: { value: 0x80000000000005a0n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.frozen && c.host.kernel.removed !== null
        ? {
            bits: c.host.kernel.removed.value,
            kernel: c.host.kernel.removed.fn,
            explain: lazy(
              () =>
                `${c.host.kernel.removed?.name ?? 'FROZEN_SPTE'}: the TDP MMU parks this value while it updates the slot without exclusive mmu_lock; other threads see it and retry.`,
            ),
          }
        : null,
  },
  {
    id: 'SPTE-N001',
    severity: 'info',
    title: 'Non-present value',
    kernel: 'SHADOW_NONPRESENT_VALUE',
    summary: 'The value KVM writes into empty slots.',
    appliesTo: { kinds: ['nonpresent'], flavours: BOTH, kernels: 'nonpresent-value' },
    example: { value: 0x8000000000000000n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.cls.nonpresentValue && c.host.kernel.nonpresentValue !== 0n && !c.cls.mmio
        ? {
            bits: BIT63,
            explain: lazy(() =>
              c.host.flavour === 'ept'
                ? 'An empty slot. Bit 63 (suppress #VE) keeps EPT violations on it from becoming #VE in the guest.'
                : 'An empty slot. AMD ignores bit 63 when P is clear, so it behaves like zero.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-N002',
    severity: 'info',
    title: 'Zero SPTE',
    kernel: 'is_ept_ve_possible',
    summary: 'All-zero: never-populated on legacy paths.',
    appliesTo: { kinds: ['nonpresent'], flavours: BOTH, kernels: 'all' },
    example: { value: 0n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) =>
      c.value === 0n && !c.cls.mmio
        ? {
            bits: 0n,
            explain: lazy(() =>
              c.host.kernel.nonpresentValue === 0n
                ? 'Not present: the value this kernel writes into empty and zapped slots (SHADOW_NONPRESENT_VALUE with bit 63 arrived in 6.10).'
                : c.host.flavour === 'ept'
                  ? 'Not present. With bit 63 clear an EPT violation here could become #VE (is_ept_ve_possible is true); KVM writes SHADOW_NONPRESENT_VALUE instead.'
                  : 'Not present. KVM normally writes SHADOW_NONPRESENT_VALUE into empty TDP slots.',
            ),
          }
        : null,
  },
  {
    id: 'SPTE-N003',
    severity: 'warning',
    title: 'Non-present with stray bits',
    kernel: 'handle_changed_spte',
    summary: 'Not present, not MMIO, not frozen, yet not the non-present value either.',
    appliesTo: { kinds: ['nonpresent'], flavours: BOTH, kernels: 'all' },
    example: { value: 0x8000000000000400n, preset: 'ept-ad', kernel: '7.1', level: 1 },
    check: (c) => {
      if (c.cls.kind !== 'nonpresent' || c.value === 0n || c.cls.nonpresentValue) return null;
      const stray = c.value & not64(c.host.kernel.nonpresentValue);
      return {
        bits: stray,
        explain: lazy(
          () =>
            `KVM only writes SHADOW_NONPRESENT_VALUE, FROZEN_SPTE or an MMIO SPTE into a non-present slot; replacing one non-present value with a different one would trip the "${WARN.changedSpteUnexpected}" WARN.`,
        ),
      };
    },
  },
  {
    id: 'SPTE-L001',
    severity: 'warning',
    title: 'Level above the root',
    kernel: 'is_rsvd_spte',
    summary: 'The chosen level does not exist with this root level.',
    appliesTo: { kinds: ALL_KINDS, flavours: BOTH, kernels: 'all' },
    example: { value: 0x8000000123456907n, preset: 'ept-ad', kernel: '7.1', level: 5 },
    check: (c) =>
      c.level > c.host.params.root_level
        ? {
            bits: 0n,
            explain: lazy(
              () =>
                `This host uses ${c.host.params.root_level}-level paging; there is no reserved-bit table for level ${c.level}.`,
            ),
          }
        : null,
  },
];

/** The whole catalogue: findings about one value, then those about a pasted text. */
export const RULES: readonly FindingRule[] = [...VALUE_RULES, ...TEXT_RULES];

export const RULES_BY_ID: ReadonlyMap<string, FindingRule> = new Map(RULES.map((r) => [r.id, r]));
