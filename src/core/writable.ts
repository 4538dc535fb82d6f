/** The four legal (Host-writable, MMU-writable, W) states of a present leaf (spec §5). */

import type { Host } from './host';
import * as P from './predicates';

export interface WritableState {
  h: boolean;
  m: boolean;
  w: boolean;
  name: string;
  meaning: string;
}

export const WRITABLE_STATES: readonly WritableState[] = [
  {
    h: true,
    m: true,
    w: true,
    name: 'writable',
    meaning: 'The guest may write; nothing is write-protected.',
  },
  {
    h: true,
    m: true,
    w: false,
    name: 'write-protected for dirty logging',
    meaning:
      'W dropped (dirty logging or access tracking); the fast page fault path may set it again without mmu_lock.',
  },
  {
    h: true,
    m: false,
    w: false,
    name: 'write-protected for shadowing',
    meaning: 'The GFN is a guest page table KVM shadows; only an unsync under mmu_lock can make it writable.',
  },
  {
    h: false,
    m: false,
    w: false,
    name: 'read-only for the host',
    meaning: 'Read-only memslot or VMA; Host-writable never changes after the SPTE is created.',
  },
];

/** WRITABLE_STATES' row for each (H, M, W) as a 3-bit number; -1 for an illegal combination. */
const STATE_INDEX: readonly number[] = Array.from({ length: 8 }, (_, hmw) =>
  WRITABLE_STATES.findIndex(
    (st) => st.h === (hmw & 4) > 0 && st.m === (hmw & 2) > 0 && st.w === (hmw & 1) > 0,
  ),
);

export interface WritableReport {
  /** The invariant is only checked on shadow-present leaves. */
  applies: boolean;
  h: boolean;
  m: boolean;
  w: boolean;
  /** Index into WRITABLE_STATES, or null for an illegal combination. */
  row: number | null;
  verdict: P.WritableVerdict;
}

export function writableReport(host: Host, s: bigint, presentLeaf: boolean): WritableReport {
  const h = P.host_writable_bit(host, s);
  const m = P.is_mmu_writable_spte(host, s);
  const w = P.is_writable_pte(s);
  const i = STATE_INDEX[(+h << 2) | (+m << 1) | +w]!;
  return {
    applies: presentLeaf,
    h,
    m,
    w,
    row: i < 0 ? null : i,
    verdict: P.check_spte_writable_invariants(host, s),
  };
}
