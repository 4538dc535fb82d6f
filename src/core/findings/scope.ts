/**
 * Where a finding can apply: the SPTE kinds, the paging flavours and the kernels. Kernel
 * scopes are named after the kernel feature the rule needs and read from the era record,
 * so the release list a user sees ("5.18 – 7.2+") is derived, never typed.
 */

import { ERAS } from '../eras/table';
import { kernelSpec } from '../eras/table';
import type { KernelSpec } from '../eras/types';
import type { Flavour } from '../host';
import type { SpteKind } from '../layout/types';

export const KERNEL_SCOPES = {
  all: { what: 'every kernel', holds: (): boolean => true },
  'writable-invariants': {
    what: 'kernels with check_spte_writable_invariants',
    holds: (k: KernelSpec): boolean => k.writableInvariants,
  },
  'lockless-writable': {
    what: 'kernels whose access tracking checks the lockless-writable state',
    holds: (k: KernelSpec): boolean => k.lockless !== null,
  },
  'mmu-present-bit': {
    what: 'kernels with SPTE_MMU_PRESENT_MASK',
    holds: (k: KernelSpec): boolean => k.mmuPresentBit,
  },
  'frozen-value': {
    what: 'kernels with a REMOVED_SPTE/FROZEN_SPTE placeholder',
    holds: (k: KernelSpec): boolean => k.removed !== null,
  },
  'nonpresent-value': {
    what: 'kernels with SHADOW_NONPRESENT_VALUE (bit 63)',
    holds: (k: KernelSpec): boolean => k.nonpresentValue !== 0n,
  },
  'user-exec': {
    what: 'kernels with the EPT user-execute bit',
    holds: (k: KernelSpec): boolean => k.bits.eptUserExec !== 0n,
  },
} as const;

export type KernelScope = keyof typeof KERNEL_SCOPES;

export interface Applicability {
  kinds: readonly SpteKind[];
  flavours: readonly Flavour[];
  kernels: KernelScope;
  /**
   * 'text': the finding judges a whole pasted text (its wording against its values, a dump's
   * address against its SPTEs), never one value alone, so checkFindings never runs it.
   * Absent: a finding about one value.
   */
  input?: 'text';
}

/** The releases a scope covers, from the era table: "5.18 – 7.1", "6.10+", "every kernel". */
export function kernelScopeText(scope: KernelScope): string {
  if (scope === 'all') return KERNEL_SCOPES.all.what;
  const runs: string[] = [];
  let from: string | null = null;
  let until: string | null = null;
  const close = (): void => {
    if (from !== null) runs.push(until === null ? `${from}+` : `${from} – ${until}`);
    from = null;
  };
  for (const e of ERAS) {
    if (KERNEL_SCOPES[scope].holds(kernelSpec(e.id))) {
      from ??= e.covers.from;
      until = e.covers.until;
    } else close();
  }
  close();
  return runs.join(', ');
}
