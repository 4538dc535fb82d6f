import { RULES } from './rules';
import { writableReport } from '../writable';
import type { CheckContext, Finding, Severity } from './types';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Run every rule; errors first, then warnings, then explanations, each in catalogue order. */
export function checkFindings(
  input: Omit<CheckContext, 'writable'> & Partial<Pick<CheckContext, 'writable'>>,
): Finding[] {
  const { cls } = input;
  const ctx: CheckContext = {
    ...input,
    writable:
      input.writable ??
      writableReport(input.host, input.value, cls.present && cls.leaf && !cls.mmio && !cls.frozen),
  };
  const out: Finding[] = [];
  for (const r of RULES) {
    const hit = r.check(ctx);
    if (hit)
      out.push({
        id: r.id,
        severity: r.severity,
        title: r.title,
        kernel: r.kernel,
        bits: hit.bits,
        explanation: hit.explanation,
      });
  }
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  return findings.length === 0 ? null : findings[0]!.severity;
}
