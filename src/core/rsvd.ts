/**
 * Reserved-bit checkers (spec §9): what get_mmio_spte() and make_spte() test a
 * shadow-present SPTE against, per level and per "large" (bit 7) state.
 */

import { bit, genmask, not64 } from './bits';
import type { HostParams } from './params';

export interface RsvdCheck {
  /** [bit7][level-1]; null above the root level. */
  rsvd_bits_mask: [(bigint | null)[], (bigint | null)[]];
  /** Bit n set = memtype*8+XWR combination n is invalid (EPT only). */
  bad_mt_xwr: bigint;
}

const repeatByte = (b: bigint): bigint => {
  let r = 0n;
  for (let i = 0n; i < 8n; i++) r |= b << (i * 8n);
  return r;
};

function eptCheck(rsvdHpa: bigint, execonly: boolean, hugeLevel: number, hugeBit7: boolean): RsvdCheck {
  const high = rsvdHpa & genmask(51, 0);
  // Before 5.17 bit 7 is never reserved for missing huge-page support.
  const no1g = hugeBit7 && hugeLevel < 3 ? bit(7) : 0n;
  const no2m = hugeBit7 && hugeLevel < 2 ? bit(7) : 0n;
  const small = [
    high,
    high | genmask(6, 3) | no2m,
    high | genmask(6, 3) | no1g,
    high | genmask(7, 3),
    high | genmask(7, 3),
  ];
  const large = [high, high | genmask(20, 12) | no2m, high | genmask(29, 12) | no1g, small[3]!, small[4]!];
  // Memory types 2, 3, 7 are reserved; write without read (XWR 010, 110) is never valid;
  // execute-only (100) only when the CPU supports it.
  let bad = (0xffn << 16n) | (0xffn << 24n) | (0xffn << 56n);
  bad |= repeatByte(1n << 2n) | repeatByte(1n << 6n);
  if (!execonly) bad |= repeatByte(1n << 4n);
  return { rsvd_bits_mask: [small, large], bad_mt_xwr: bad };
}

function x86Check(rsvdHpa: bigint, nx: boolean, gbpages: boolean): RsvdCheck {
  let high = rsvdHpa & genmask(51, 0);
  if (!nx) high |= bit(63);
  const no1g = gbpages ? 0n : bit(7);
  // AMD reserves bit 8 in non-leaf PML4Es/PML5Es; KVM checks the strictest form.
  const upper = high | bit(8) | bit(7);
  const small = [high, high, high | no1g, upper, upper];
  const large = [high, high | genmask(20, 13), high | no1g | genmask(29, 13), upper, upper];
  return { rsvd_bits_mask: [small, large], bad_mt_xwr: 0n };
}

const mapLevels = (c: RsvdCheck, f: (m: bigint) => bigint): RsvdCheck => ({
  bad_mt_xwr: c.bad_mt_xwr,
  rsvd_bits_mask: [
    c.rsvd_bits_mask[0].map((m) => (m === null ? null : f(m))),
    c.rsvd_bits_mask[1].map((m) => (m === null ? null : f(m))),
  ],
});

/** Reserved-bit rules that changed between kernels (kernel-versions.md §7). */
export interface RsvdRules {
  /** EPT: bit 7 reserved where huge pages are unsupported (5.17+). */
  eptHugeBit7: boolean;
  /** NPT: built with NX unsupported, so bit 63 is reserved everywhere (≤5.19). */
  nptNxReserved: boolean;
}
const CURRENT_RULES: RsvdRules = { eptHugeBit7: true, nptNxReserved: false };

export function buildRsvdCheck(
  p: HostParams,
  maxphyaddr: number,
  meMask: bigint,
  meValue: bigint,
  rules: RsvdRules = CURRENT_RULES,
): RsvdCheck {
  const rsvdHpa = genmask(63, maxphyaddr);
  let check: RsvdCheck;
  switch (p.rsvd_model) {
    case 'tdp-ept':
      // The TDP MMU never creates execute-only SPTEs, so it checks without execonly.
      check = mapLevels(
        eptCheck(rsvdHpa, false, p.max_huge_page_level, rules.eptHugeBit7),
        (m) => m & not64(meMask),
      );
      break;
    case 'nested-ept':
      check = eptCheck(rsvdHpa, p.nested_execonly, p.max_huge_page_level, rules.eptHugeBit7);
      break;
    case 'tdp-npt':
      check = mapLevels(x86Check(rsvdHpa, !rules.nptNxReserved, p.gbpages), (m) => m & not64(meMask));
      break;
    case 'shadow':
      check = mapLevels(x86Check(rsvdHpa, true, p.gbpages), (m) => (m | meMask) & not64(meValue));
      break;
  }
  const cut = (arr: (bigint | null)[]) => arr.map((m, i) => (i < p.root_level ? m : null));
  return {
    bad_mt_xwr: check.bad_mt_xwr,
    rsvd_bits_mask: [cut(check.rsvd_bits_mask[0]), cut(check.rsvd_bits_mask[1])],
  };
}
