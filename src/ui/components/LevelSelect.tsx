import { useId } from 'react';
import { LEVELS } from '../../core';
import { useInspector, useInspectorStore } from '../store';
import { selectLevel } from '../store/selectors';
import { controlBase, labelText } from './styles';

const LEVEL_NAMES: Record<number, string> = {
  1: '1 · PTE (4K)',
  2: '2 · PDE (2M)',
  3: '3 · PDPTE (1G)',
  4: '4 · PML4E',
  5: '5 · PML5E',
};

export function LevelSelect({ readonly = false }: { readonly?: boolean }) {
  const store = useInspectorStore();
  const level = useInspector(selectLevel);
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelText}>
        Level
      </label>
      <select
        id={id}
        value={level}
        disabled={readonly}
        onChange={(e) => store.getState().setLevel(Number(e.target.value))}
        className={`${controlBase} h-10 px-2 text-sm sm:h-11`}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
