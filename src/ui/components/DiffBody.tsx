import { useMemo } from 'react';
import { buildDiffView } from '../lib/diffView';
import { useInspector } from '../store';
import { selectHost } from '../store/selectors';
import { BitStrip } from './BitStrip';
import { mutedText } from './styles';
import { TableHead } from './TableHead';

export interface DiffSideInput {
  value: bigint;
  /** "old", "new", "first", "this value"… */
  label: string;
  /** Where the value came from ("line 12"), or nothing. */
  where?: string;
}

/**
 * Two SPTEs aligned bit by bit with the changed bits marked (outline and bar, and as a
 * list in words), the transition's name when it is a known one, and the kernel's flush
 * decisions with their reasons. Decoded with the inspector's host and kernel.
 */
export function DiffBody({
  before,
  after,
  level,
}: {
  before: DiffSideInput;
  after: DiffSideInput;
  level: number;
}) {
  const host = useInspector(selectHost);
  const diff = useMemo(
    () => buildDiffView(host, before.value, after.value, level),
    [host, before.value, after.value, level],
  );
  return (
    <>
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
        <dt className={mutedText}>{before.label}</dt>
        <dd>
          <span className="font-mono">{diff.old.hex}</span> · {diff.old.kind}{' '}
          {before.where && <span className={mutedText}>({before.where})</span>}
        </dd>
        <dt className={mutedText}>{after.label}</dt>
        <dd>
          <span className="font-mono">{diff.new.hex}</span> · {diff.new.kind}{' '}
          {after.where && <span className={mutedText}>({after.where})</span>}
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
            { label: before.label, cells: diff.old.cells },
            { label: after.label, cells: diff.new.cells },
          ]}
          label={`Bits of the ${before.label} and ${after.label} value, 63 to 0; ${diff.bitsText}`}
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
    </>
  );
}
