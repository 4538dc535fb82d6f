import type { Classification } from '../classify';
import type { Host } from '../host';
import type { HostParams } from '../params';
import type { Applicability } from './scope';
import type { WritableReport } from '../writable';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable id (e.g. SPTE-W001): documented, tested, safe to quote in a bug report. */
  id: string;
  severity: Severity;
  title: string;
  /** The kernel function that would complain, or that explains the oddity. */
  kernel: string;
  /** Bits involved, to highlight in the grid. */
  bits: bigint;
  /** Why, in one or two sentences. */
  readonly explanation: string;
}

export interface CheckContext {
  host: Host;
  value: bigint;
  level: number;
  cls: Classification;
  /** The (Host-writable, MMU-writable, W) report, computed once for every rule. */
  writable: WritableReport;
  /** The value's 32-bit halves (halves.ts), split once for every rule. */
  lo: number;
  hi: number;
}

export interface FindingRule {
  id: string;
  severity: Severity;
  title: string;
  kernel: string;
  /** What the rule is about, for the catalogue page and the CLI's --list-findings. */
  summary: string;
  /**
   * Where the rule can fire. checkFindings runs a rule only there, and a property test
   * checks that the rule never fires anywhere else, so the declaration cannot drift.
   */
  appliesTo: Applicability;
  /** A value that fires the rule: the unit tests, the e2e test and `spte findings` use it. */
  example: FindingExample;
  /**
   * `explain` is called only when the text is read: a bulk scan never pays for it.
   * `kernel`, when given, names the function as the host's kernel spells it.
   */
  check: (ctx: CheckContext) => { bits: bigint; explain: () => string; kernel?: string } | null;
}

/** A value, and the host, kernel and level it fires on. */
export interface FindingExample {
  value: bigint;
  preset: string;
  kernel: string;
  level: number;
  /** Host parameters that differ from the preset's (e.g. MMIO caching turned off). */
  params?: Partial<HostParams>;
  /**
   * For a finding about a whole pasted text (appliesTo.input 'text'): an excerpt that fires
   * it when read with no settings (`spte log`, the Log tab); `value` is one of its SPTEs.
   */
  text?: string;
}
