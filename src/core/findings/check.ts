import { RULES } from './rules';
import { KERNEL_SCOPES } from './scope';
import type { Host } from '../host';
import type { SpteKind } from '../layout/types';
import { high32, low32 } from '../halves';
import { writableReport } from '../writable';
import type { CheckContext, Finding, FindingRule, Severity } from './types';

/** A finding whose explanation is written on first read. */
class LazyFinding implements Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly kernel: string;
  private text: string | undefined;
  constructor(
    rule: FindingRule,
    readonly bits: bigint,
    private readonly explain: () => string,
    kernel: string | undefined,
  ) {
    this.id = rule.id;
    this.severity = rule.severity;
    this.title = rule.title;
    this.kernel = kernel ?? rule.kernel;
  }
  get explanation(): string {
    return (this.text ??= this.explain());
  }
  /** Plain data for JSON.stringify and structured clone (e.g. to a worker). */
  toJSON(): Omit<Finding, 'bits'> & { bits: string } {
    return {
      id: this.id,
      severity: this.severity,
      title: this.title,
      kernel: this.kernel,
      bits: '0x' + this.bits.toString(16),
      explanation: this.explanation,
    };
  }
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The rules that can fire on this host, per kind (from each rule's appliesTo), built once. */
const applicable = new WeakMap<Host, Map<SpteKind, readonly FindingRule[]>>();
let lastHost: Host | undefined;
let lastPerKind: Map<SpteKind, readonly FindingRule[]> | undefined;
function rulesFor(host: Host, kind: SpteKind): readonly FindingRule[] {
  // A scan decodes many values on one host: skip the WeakMap while the host stays the same.
  let perKind = host === lastHost ? lastPerKind : applicable.get(host);
  if (!perKind) applicable.set(host, (perKind = new Map()));
  lastHost = host;
  lastPerKind = perKind;
  let rules = perKind.get(kind);
  if (!rules) {
    // Errors first, then warnings, then explanations, each in catalogue order (sort is stable).
    rules = RULES.filter(
      (r) =>
        r.appliesTo.input !== 'text' &&
        r.appliesTo.kinds.includes(kind) &&
        r.appliesTo.flavours.includes(host.flavour) &&
        KERNEL_SCOPES[r.appliesTo.kernels].holds(host.kernel),
    ).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    perKind.set(kind, rules);
  }
  return rules;
}

type CheckInput = Omit<CheckContext, 'writable' | 'lo' | 'hi'> & Partial<Pick<CheckContext, 'writable'>>;

/** What every rule reads, computed once per value: the writable report and the value's halves. */
export function checkContext(input: CheckInput): CheckContext {
  const { host, value, level, cls } = input;
  return {
    host,
    value,
    level,
    cls,
    writable:
      input.writable ?? writableReport(host, value, cls.present && cls.leaf && !cls.mmio && !cls.frozen),
    lo: low32(value),
    hi: high32(value),
  };
}

/** Run every rule that applies here; errors first, then warnings, then explanations, each in catalogue order. */
export function checkFindings(input: CheckInput): Finding[] {
  const ctx = checkContext(input);
  const out: Finding[] = [];
  // The rules come sorted by severity, so the findings need no sort.
  for (const r of rulesFor(ctx.host, ctx.cls.kind)) {
    const hit = r.check(ctx);
    if (hit) out.push(new LazyFinding(r, hit.bits, hit.explain, hit.kernel));
  }
  return out;
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  return findings.length === 0 ? null : findings[0]!.severity;
}
