import type { ReactNode } from 'react';
import { DiffBody } from '../components/DiffBody';
import { buttonBase, mutedText } from '../components/styles';
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

/** The diff of two log rows (see DiffBody), with where they came from and a way to open each. */
export function DiffPanel({ before, after, title, controls, onOpen }: Props) {
  const level = before.row.at;
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
      <DiffBody
        before={{ value: before.row.value, label: labels[0]!, where: `line ${before.row.line}` }}
        after={{ value: after.row.value, label: labels[1]!, where: `line ${after.row.line}` }}
        level={level}
      />
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
