import { PARAM_SPECS } from '../../core';
import { useInspector, useInspectorStore } from '../store';
import { selectParamProblems, selectParamValues, selectPresetId } from '../store/selectors';
import { ParamField } from './ParamField';
import { buttonBase, mutedText } from './styles';

/**
 * Every host parameter. An edit that checkParams accepts is applied at once (and the
 * select shows the matching preset or "Custom"); one it rejects stays in the inputs with
 * the reasons listed, while decoding continues with the last applied configuration.
 */
export function HostParamsPanel({ id, readonly = false }: { id: string; readonly?: boolean }) {
  const store = useInspectorStore();
  const values = useInspector(selectParamValues);
  const problems = useInspector(selectParamProblems);
  const presetId = useInspector(selectPresetId);
  const invalid = new Set(problems.flatMap((p) => p.keys));

  return (
    <div
      id={id}
      role="group"
      aria-label="Host parameters"
      className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800"
    >
      <div aria-live="polite">
        {problems.length > 0 && (
          <div className="mb-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
            <p className="font-semibold">
              Not applied: these parameters do not describe a real host. Decoding still uses{' '}
              {presetId === 'custom' ? 'the last valid custom parameters' : `the ${presetId} preset`}.
            </p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
            <button
              type="button"
              className={`${buttonBase} mt-2`}
              onClick={() => store.getState().discardParamDraft()}
            >
              Discard these changes
            </button>
          </div>
        )}
      </div>
      <p className={`mb-3 text-xs ${mutedText}`}>
        Changing a parameter re-decodes the same value. Parameters follow the kernel&apos;s names; the select
        above shows “Custom” when they match no preset.
      </p>
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {PARAM_SPECS.map((spec) => (
          <ParamField
            key={spec.key}
            spec={spec}
            value={values[spec.key]}
            invalid={invalid.has(spec.key)}
            readonly={readonly}
          />
        ))}
      </div>
    </div>
  );
}
