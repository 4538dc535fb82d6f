import { useId } from 'react';
import { PRESETS } from '../../core';
import { useInspector, useInspectorStore } from '../store';
import { selectParamProblems, selectParamsOpen, selectPresetId } from '../store/selectors';
import { buttonBase, controlBase, labelText } from './styles';

/** The preset select ("Custom" when the parameters match none) and the parameters toggle. */
export function HostConfig({ readonly = false, panelId }: { readonly?: boolean; panelId: string }) {
  const store = useInspectorStore();
  const presetId = useInspector(selectPresetId);
  const open = useInspector(selectParamsOpen);
  const pending = useInspector(selectParamProblems).length > 0;
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className={labelText}>
        Host configuration
      </label>
      <div className="flex min-w-0 gap-2">
        <select
          id={id}
          value={presetId}
          disabled={readonly}
          onChange={(e) => store.getState().selectPreset(e.target.value)}
          className={`${controlBase} h-10 min-w-0 flex-1 px-2 text-sm sm:h-11`}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          {presetId === 'custom' && <option value="custom">Custom</option>}
        </select>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => store.getState().setParamsOpen(!open)}
          className={`${buttonBase} h-10 shrink-0 sm:h-11`}
        >
          <span aria-hidden="true" className="inline-block w-3 text-center">
            {open ? '▾' : '▸'}
          </span>
          Parameters
          {pending && (
            <span className="rounded-full bg-red-700 px-1.5 text-xs text-white dark:bg-red-300 dark:text-red-950">
              !<span className="sr-only"> (changes not applied)</span>
            </span>
          )}
        </button>
      </div>
    </div>
  );
}
