/**
 * The Host-writable / MMU-writable / W triple as something to click: the value each of
 * the four legal states gives, with the transition the core names for getting there and
 * the flush decision it makes. Pure; loaded with the writable-state control.
 */

import { WRITABLE_STATES, classifyTransition, flushRows, type Decoded, type Host } from '../../core';
import { withState } from './writableFixes';

export interface WritableChoice {
  name: string;
  meaning: string;
  h: boolean;
  m: boolean;
  w: boolean;
  /** This value is in this state now. */
  current: boolean;
  value: bigint;
  /** What the kernel would call the change to this state ("Write-protect for shadowing: …"). */
  transition: string;
  /** The flush decision for that change, in one line ("no flush: MMU-writable kept …"). */
  flush: string;
}

/** The four legal states, each with the value, transition and flush decision picking it gives. */
export function writableChoices(host: Host, d: Decoded): WritableChoice[] {
  return WRITABLE_STATES.map((st, i) => {
    const value = withState(host, d.value, st);
    const rows = value === d.value ? [] : flushRows(host, d.value, value, d.level);
    const row = rows.find((r) => r.name === 'leaf_spte_change_needs_tlb_flush') ?? rows[0];
    return {
      name: st.name,
      meaning: st.meaning,
      h: st.h,
      m: st.m,
      w: st.w,
      current: d.writable.row === i,
      value,
      transition: value === d.value ? 'No change' : classifyTransition(host, d.value, value).name,
      flush: row ? `${row.name}: ${row.reason}` : '',
    };
  });
}
