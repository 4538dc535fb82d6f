import { useId, useState } from 'react';
import type { FieldRow } from '../lib/views';
import { useInspectorStore } from '../store';
import { controlBase, invalidControl } from './styles';

const LABELS = {
  hex: (r: FieldRow) => `${r.name} (bits ${r.range}), hex`,
  gfn: () => 'MMIO GFN, hex',
  generation: () => 'MMIO generation',
} as const;

/** A select of every encoding (memory type, A/D type). */
function EnumEditor({ row, readonly }: { row: FieldRow; readonly: boolean }) {
  const store = useInspectorStore();
  return (
    <select
      aria-label={`${row.name} (bits ${row.range})`}
      value={row.editValue}
      disabled={readonly}
      onChange={(e) => store.getState().editField(row.id, e.target.value)}
      className={`${controlBase} w-full max-w-72 px-2 py-1 font-mono text-xs`}
    >
      {row.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/**
 * Hex (PFN, GFN) or decimal (MMIO generation) input. Valid input writes through as you
 * type; invalid input keeps its text and shows why. The canonical value returns on blur.
 */
function TextEditor({
  row,
  kind,
  readonly,
}: {
  row: FieldRow;
  kind: keyof typeof LABELS;
  readonly: boolean;
}) {
  const store = useInspectorStore();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <input
        type="text"
        value={draft ?? row.editValue}
        readOnly={readonly}
        spellCheck={false}
        autoComplete="off"
        aria-label={LABELS[kind](row)}
        aria-invalid={error !== null}
        aria-describedby={`${id}-error`}
        onChange={(e) => {
          setDraft(e.target.value);
          const r = store.getState().editField(row.id, e.target.value, true);
          setError(r.ok ? null : r.message);
        }}
        onBlur={() => {
          store.getState().endTyping();
          if (error === null) setDraft(null);
        }}
        className={`${controlBase} ${error ? invalidControl : ''} w-full max-w-56 px-2 py-1 font-mono text-sm`}
      />
      <p id={`${id}-error`} aria-live="polite" className="min-h-[1lh] text-xs text-red-700 dark:text-red-300">
        {error}
      </p>
    </div>
  );
}

export function FieldEditor({ row, readonly }: { row: FieldRow; readonly: boolean }) {
  switch (row.editor) {
    case 'memtype':
    case 'ad-type':
      return <EnumEditor row={row} readonly={readonly} />;
    case 'hex':
    case 'gfn':
    case 'generation':
      return <TextEditor row={row} kind={row.editor} readonly={readonly} />;
    case null:
      return null;
  }
}
