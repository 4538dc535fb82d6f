import type { FindingView } from '../lib/views';
import { useInspector } from '../store';
import { selectFindings, selectPinnedFindingId } from '../store/selectors';
import { FindingItem } from './FindingItem';
import { Panel } from './Panel';
import { mutedText } from './styles';

function summary(findings: readonly FindingView[]): string {
  const n = (sev: FindingView['severity']) => findings.filter((f) => f.severity === sev).length;
  const errors = n('error');
  const warnings = n('warning');
  const infos = n('info');
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  if (errors + warnings === 0)
    return infos === 0 ? 'Nothing to report.' : `No problems. ${plural(infos, 'explanation')} below.`;
  const parts = [
    errors > 0 && plural(errors, 'error'),
    warnings > 0 && plural(warnings, 'warning'),
    infos > 0 && plural(infos, 'explanation'),
  ];
  return parts.filter(Boolean).join(', ') + '.';
}

/** `dense`: explanations clipped to two lines (the full page's first screen). */
export function FindingsPanel({ dense = false }: { dense?: boolean }) {
  const findings = useInspector(selectFindings);
  const pinned = useInspector(selectPinnedFindingId);
  return (
    <Panel title="Findings">
      <p className={`mb-2 text-sm ${mutedText}`}>{summary(findings)}</p>
      <ul className="flex flex-col gap-2">
        {findings.map((f) => (
          <FindingItem key={f.id} f={f} pinned={pinned === f.id} dense={dense} />
        ))}
      </ul>
    </Panel>
  );
}
