import { useMemo, type ReactNode } from 'react';
import { BitStrip } from '../components/BitStrip';
import { buttonBase, mutedText } from '../components/styles';
import { buildDiffView } from '../lib/diffView';
import { useInspector } from '../store';
import { selectHost } from '../store/selectors';
import { TableHead } from '../components/TableHead';
import type { LogRow } from './process';

interface Props {
  before: { row: LogRow; index: number };
  after: { row: LogRow; index: number };
  /** "kvm_tdp_mmu_spte_changed, line 27" or "line 12 and line 30". */
  title: string;
  /** Navigation (previous/next pair, or clear the comparison). */
  controls: ReactNode;
  onOpen: (index: number) => void;
}

/**
 * Two SPTEs aligned bit by bit with the changed bits marked (outline and bar, and as a
 * list in words), the transition's name when it is a known one, and the kernel's flush
 * decisions with their reasons. Decoded with the inspector's host and kernel.
 */
export function DiffPanel({ before, after, title, controls, onOpen }: Props) {
  const host = useInspector(selectHost);
  const level = before.row.at;
  const diff = useMemo(
    () => buildDiffView(host, before.row.value, after.row.value, level),
    [host, before.row.value, after.row.value, level],
  );
  const labels = before.row.role === 'old' && after.row.role === 'new' ? ['old', 'new'] : ['first', 'second'];

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold">
          {title}
          <span className={`font-normal ${mutedText}`}> · level {level}</span>
        </p>
        {controls}
      </div>
      <div className="mt-2 rounded-lg border border-slate-300 bg-slate-50 p-2.5 dark:border-slate-600 dark:bg-slate-800/60">
        <p className="text-sm">
          <span className={mutedText}>Transition: </span>
          <strong data-testid="transition-name" data-transition={diff.transition.id}>
            {diff.transition.name}
          </strong>
        </p>
        {diff.transition.detail && <p className={`mt-0.5 text-xs ${mutedText}`}>{diff.transition.detail}</p>}
      </div>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
        <dt className={mutedText}>{labels[0]}</dt>
        <dd>
          <span className="font-mono">{diff.old.hex}</span> · {diff.old.kind}{' '}
          <span className={mutedText}>(line {before.row.line})</span>
        </dd>
        <dt className={mutedText}>{labels[1]}</dt>
        <dd>
          <span className="font-mono">{diff.new.hex}</span> · {diff.new.kind}{' '}
          <span className={mutedText}>(line {after.row.line})</span>
        </dd>
      </dl>
      <p className="mt-2 text-sm font-semibold" data-testid="changed-bits">
        {diff.bitsText}
        {diff.fields.length > 0 && (
          <span className={`font-normal ${mutedText}`}> ({diff.fields.join(', ')})</span>
        )}
      </p>
      <div className="mt-2">
        <BitStrip
          rows={[
            { label: labels[0]!, cells: diff.old.cells },
            { label: labels[1]!, cells: diff.new.cells },
          ]}
          label={`Bits of the ${labels[0]} and ${labels[1]} value, 63 to 0; ${diff.bitsText}`}
        />
      </div>
      <table className="mt-3 w-full border-collapse text-xs">
        <caption className="mb-1 text-left text-sm font-semibold">Flush decisions</caption>
        <TableHead columns={['Decision', 'Result', 'Why']} />
        <tbody>
          {diff.flush.map((f) => (
            <tr
              key={f.name}
              data-flush={f.name}
              className="border-t border-slate-200 align-top dark:border-slate-800"
            >
              <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">
                {f.name.split('_').map((part, i) => (
                  <span key={i}>
                    {i > 0 && '_'}
                    {i > 0 && <wbr />}
                    {part}
                  </span>
                ))}
              </th>
              <td className={`py-1 pr-2 font-mono ${f.value ? 'font-bold' : ''}`}>
                {String(f.value)}
                {!f.precondition && (
                  <span className={`block font-sans ${mutedText}`}>precondition fails</span>
                )}
              </td>
              <td className="py-1 leading-snug [overflow-wrap:anywhere]">{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={`${buttonBase} px-2 py-1 text-xs`}
          onClick={() => onOpen(before.index)}
        >
          Open {labels[0]} in the inspector
        </button>
        <button
          type="button"
          className={`${buttonBase} px-2 py-1 text-xs`}
          onClick={() => onOpen(after.index)}
        >
          Open {labels[1]} in the inspector
        </button>
      </div>
    </div>
  );
}
