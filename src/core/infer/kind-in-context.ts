/**
 * How a list names a value's kind when the message that printed it says what it is. The
 * make_spte WARN and the "…on MMU-present spte" walk print present SPTEs: under a kernel
 * and host where the bits alone read as MMIO (or not present), the row is still a present
 * SPTE whose bits that layout cannot explain, never "an MMIO SPTE". Likewise an MMIO
 * tracepoint prints MMIO SPTEs.
 */

import { KIND_LABELS, type SpteKind } from '../layout/types';
import type { ValueSample } from './types';

export interface KindInContext {
  /** Short, for a list cell: "present (per its message)" or the kind's own label. */
  label: string;
  /** Why the label is not the bits' own kind, or null when it is. */
  note: string | null;
}

const PRESENT_KINDS: ReadonlySet<SpteKind> = new Set<SpteKind>(['leaf', 'nonleaf', 'access-tracked']);

const byKey = new Map<string, KindInContext>();

export function kindInContext(kind: SpteKind, context: ValueSample['context']): KindInContext {
  const key = `${context}:${kind}`;
  const known = byKey.get(key);
  if (known) return known;
  const bits = KIND_LABELS[kind];
  const r: KindInContext =
    context === 'present' && !PRESENT_KINDS.has(kind)
      ? {
          label: 'present (per its message)',
          note: `Its message prints it as a present SPTE; under this kernel and host its bits alone would read as ${bits}.`,
        }
      : context === 'mmio' && kind !== 'mmio'
        ? {
            label: 'MMIO (per its message)',
            note: `Its message prints it as an MMIO SPTE; under this kernel and host its bits alone would read as ${bits}.`,
          }
        : { label: bits, note: null };
  byKey.set(key, r);
  return r;
}
