/**
 * Grouping the lines of a hierarchy dump (get_mmio_spte's reserved-bit walk, or the old
 * vmx EPT-misconfiguration dump) into numbered walks.
 *
 * The kernel prints a dump root to leaf, so levels strictly decrease within one walk. A
 * header opens a walk; an entry joins the open walk of its family while its level is
 * below the previous one and it is not too far away. Anything else starts a new walk,
 * which also covers dumps pasted without their header. Unrelated lines in between (other
 * CPUs' messages, the WARN stack traces the old EPT code printed between levels) do not
 * close a walk. Indices are handed out on the first entry, so headers that are never
 * followed by an entry do not leave gaps.
 */

import type { WalkFamily } from './formats';

/** Lines allowed between two lines of one dump (old EPT dumps interleave stack traces). */
const MAX_GAP = 500;

interface OpenWalk {
  family: WalkFamily;
  index: number | null;
  lastLevel: number;
  lastLine: number;
}

export class WalkTracker {
  private open: OpenWalk | null = null;
  private next = 0;

  header(family: WalkFamily, line: number): void {
    this.open = { family, index: null, lastLevel: Number.POSITIVE_INFINITY, lastLine: line };
  }

  /** The walk index for an entry of `family` at `level` printed on `line`. */
  entry(family: WalkFamily, level: number | null, line: number): number {
    const w = this.open;
    const lvl = level ?? 0;
    if (w && w.family === family && lvl < w.lastLevel && line - w.lastLine <= MAX_GAP) {
      if (w.index === null) w.index = this.next++;
      w.lastLevel = lvl;
      w.lastLine = line;
      return w.index;
    }
    const index = this.next++;
    this.open = { family, index, lastLevel: lvl, lastLine: line };
    return index;
  }

  reset(): void {
    this.open = null;
    this.next = 0;
  }
}
