/** Shapes of the kernel/host inference (what a pasted text or a value says about its origin). */

import type { KernelEra } from '../eras/types';
import type { HostOverrides } from '../host-overrides';

/** One candidate origin: a kernel era and a host flavour (a preset id). */
export interface Candidate {
  era: KernelEra;
  /** Preset id standing for the flavour: ept-ad, ept-noad, ept-l2-pml, npt, npt-sme, shadow, tdx-td. */
  host: string;
}

/** A sample the values are scored on: one SPTE with what its line says about it. */
export interface ValueSample {
  value: bigint;
  /** Level printed next to it, else null (scored at level 1). */
  level: number | null;
  /**
   * What the printing message says the value is: 'present' (make_spte WARN, the
   * "…on MMU-present spte" dump, the writable-invariant WARNs), 'mmio' (the MMIO
   * tracepoints), or 'any'.
   */
  context: 'present' | 'mmio' | 'any';
  /** Finding ids the printing message implies (the reason it was printed): not held against a candidate. */
  expected?: readonly string[];
}

/** Evidence from the text (not the values): which eras and host flavours it fits. */
export interface TextClue {
  /** Stable id, e.g. "wording:walk-wording-old", "vendor:amd", "version". */
  id: string;
  /** Short human sentence. */
  text: string;
  /** Eras the clue allows (undefined: says nothing about the era). */
  eras?: readonly KernelEra[];
  /** Host presets the clue allows (undefined: says nothing about the host). */
  hosts?: readonly string[];
  /** How much a candidate outside the clue loses. */
  weight: number;
  /** The kernel version string found in the text, if this clue is one. */
  version?: string;
}

export type Strength = 'weak' | 'moderate' | 'strong';

export interface CandidateScore extends Candidate {
  /** Values this candidate cannot explain (an error finding, stray bits, wrong kind). */
  impossible: number;
  /** Text penalty plus value penalty; lower is better. */
  penalty: number;
  /** Short reasons against it (first few). */
  against: string[];
}

export interface ConflictFinding {
  id: 'SPTE-K001';
  severity: 'warning';
  title: string;
  explanation: string;
}

export interface Inference {
  best: Candidate;
  /** The era range the best host fits equally well ("5.13 – 6.9"), newest last. */
  eras: readonly KernelEra[];
  /** Human label of that range. */
  eraLabel: string;
  hostLabel: string;
  /** Short human strings: why this reading. */
  evidence: string[];
  /** The next best reading with a different era range or host, if any is not ruled out. */
  runnerUp: (Candidate & { eraLabel: string; hostLabel: string; why: string }) | null;
  strength: Strength;
  /** Wording and values point to different kernels (a kernel between releases). */
  conflict: ConflictFinding | null;
  /** Kernel version string seen in the text, if any. */
  version: string | null;
  /** The one-line decision ("Read as 5.10 – 5.12 on AMD NPT: … Also fits: …"). */
  line: string;
  scores: CandidateScore[];
}

/** An MMIO SPTE whose GFN the log states (a dump's address, a traced GFN). */
export interface MmioGfnCheck {
  line: number;
  value: bigint;
  level: number;
  /** The GFN the log states for it. */
  expected: bigint;
  /** get_mmio_spte_gfn under the host the log is read with. */
  decoded: bigint;
  /** Where the stated GFN comes from (a dump family, or a handle_mmio_page_fault line). */
  source: 'mmio' | 've' | 'ept' | 'fault';
}

/** SPTE-K002: the log's addresses fit another MAXPHYADDR than the chosen host's. */
export interface MaxphyaddrHint {
  id: 'SPTE-K002';
  severity: 'error' | 'warning' | 'info';
  title: string;
  explanation: string;
  /** MMIO SPTEs whose GFN the log states, and how many of them disagree. */
  checked: number;
  disagree: number;
  /** The first that disagrees. */
  first: MmioGfnCheck;
  /** Every MAXPHYADDR (36–52) that makes all checked SPTEs agree, with the fewest other changes. */
  fits: number[];
  /** The one suggested (a value real CPUs report, when several fit). */
  maxphyaddr: number;
  /** The CLI flags for it: "--maxphyaddr 36 --set x86_cache_bits=36". */
  flags: string;
  overrides: HostOverrides;
}
