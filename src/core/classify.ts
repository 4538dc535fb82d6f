/**
 * Which field table applies to a value, decided by the kernel's own predicates in the
 * order KVM itself distinguishes them. A value can match several (e.g. MMU-present and
 * MMIO); the flags keep every match visible while `kind` picks the table.
 */

import type { Host } from './host';
import type { SpteKind } from './layout/types';
import { high32, low32 } from './halves';
import * as P from './predicates';

export interface Classification {
  kind: SpteKind;
  present: boolean;
  mmio: boolean;
  /** FROZEN_SPTE (REMOVED_SPTE in kernels before 6.11; never true before 5.12). */
  frozen: boolean;
  /** is_last_spte at the chosen level (only meaningful when present). */
  leaf: boolean;
  accessTracked: boolean;
  /** The exact SHADOW_NONPRESENT_VALUE (0 in kernels before 6.10). */
  nonpresentValue: boolean;
}

export function classify(h: Host, s: bigint, level: number): Classification {
  const lo = low32(s);
  const hi = high32(s);
  const present = P.word.present(h, s, lo, hi);
  const mmio = P.word.mmio(h, lo, hi);
  const frozen = P.word.frozen(h, s);
  const leaf = level === 1 || P.word.large(lo);
  const accessTracked = present && P.word.accessTrack(h, lo, hi);
  let kind: SpteKind;
  if (frozen) kind = 'frozen';
  else if (mmio) kind = 'mmio';
  else if (present) kind = !leaf ? 'nonleaf' : accessTracked ? 'access-tracked' : 'leaf';
  else kind = 'nonpresent';
  return { kind, present, mmio, frozen, leaf, accessTracked, nonpresentValue: P.is_nonpresent_value(h, s) };
}
