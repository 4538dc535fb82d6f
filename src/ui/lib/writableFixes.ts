/**
 * One-click fixes for an illegal Host-writable / MMU-writable / W triple: the legal
 * states the fewest bit flips away. Pure; every bit comes from the host's masks. Shared
 * with the writable-state control (writableChoices.ts), which needs the transitions too.
 */

import { PT_WRITABLE_MASK, WRITABLE_STATES, not64, type Decoded, type Host } from '../../core';

export interface Hmw {
  h: boolean;
  m: boolean;
  w: boolean;
}

const NAMES = { h: 'Host-writable', m: 'MMU-writable', w: 'W' } as const;

function masksOf(host: Host): Record<keyof Hmw, bigint> {
  return {
    h: host.masks.shadow_host_writable_mask,
    m: host.masks.shadow_mmu_writable_mask,
    w: PT_WRITABLE_MASK,
  };
}

/** `value` with the three bits set as in `to`. */
export function withState(host: Host, value: bigint, to: Hmw): bigint {
  const masks = masksOf(host);
  let v = value;
  for (const k of ['h', 'm', 'w'] as const) v = to[k] ? v | masks[k] : v & not64(masks[k]);
  return v;
}

const flips = (a: Hmw, b: Hmw): (keyof Hmw)[] => (['h', 'm', 'w'] as const).filter((k) => a[k] !== b[k]);

export interface WritableFix {
  /** "Set MMU-writable", "Clear W", "Set Host-writable and MMU-writable". */
  label: string;
  /** The state it leads to ("writable"). */
  state: string;
  value: bigint;
}

/**
 * Legal neighbours of an illegal triple, nearest first: every legal state at the least
 * number of flips (one, usually: "Set MMU-writable" or "Clear W"). Empty when the value
 * is legal or the invariant does not apply.
 */
export function writableFixes(host: Host, d: Decoded): WritableFix[] {
  const w = d.writable;
  if (!w.applies || w.row !== null) return [];
  const masks = masksOf(host);
  if (masks.h === 0n || masks.m === 0n) return [];
  const options = WRITABLE_STATES.map((st) => ({ st, diff: flips(w, st) }));
  const least = Math.min(...options.map((o) => o.diff.length));
  return options
    .filter((o) => o.diff.length === least)
    .map(({ st, diff }) => {
      const sets = diff.filter((k) => st[k]).map((k) => NAMES[k]);
      const clears = diff.filter((k) => !st[k]).map((k) => NAMES[k]);
      const parts = [
        sets.length ? `Set ${sets.join(' and ')}` : '',
        clears.length ? `Clear ${clears.join(' and ')}` : '',
      ];
      return { label: parts.filter(Boolean).join(', '), state: st.name, value: withState(host, d.value, st) };
    });
}
