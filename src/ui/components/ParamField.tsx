import { memo, useId } from 'react';
import type { ParamSpec } from '../../core';
import { useInspectorStore } from '../store';
import { controlBase, focusRing, invalidControl, mutedText } from './styles';

interface Props {
  spec: ParamSpec;
  value: unknown;
  invalid: boolean;
  readonly: boolean;
}

/** One host parameter, rendered from its PARAM_SPECS entry (label, help, range). */
export const ParamField = memo(function ParamField({ spec, value, invalid, readonly }: Props) {
  const store = useInspectorStore();
  const id = useId();
  const set = (v: unknown) => store.getState().setParam(spec.key, v);
  const help = (
    <p id={`${id}-help`} className={`text-xs leading-snug ${mutedText}`}>
      {spec.help}
      <span className="font-mono"> ({spec.key})</span>
    </p>
  );

  if (spec.type === 'boolean')
    return (
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          disabled={readonly}
          aria-invalid={invalid}
          aria-describedby={`${id}-help`}
          onChange={(e) => set(e.target.checked)}
          className={`mt-0.5 size-4 shrink-0 accent-blue-700 dark:accent-sky-400 ${focusRing}`}
        />
        <div className="min-w-0">
          <label
            htmlFor={id}
            className={`text-sm font-medium ${invalid ? 'text-red-700 dark:text-red-300' : ''}`}
          >
            {spec.label}
          </label>
          {help}
        </div>
      </div>
    );

  const control =
    spec.type === 'number' ? (
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={spec.min}
        max={spec.max}
        value={typeof value === 'number' || typeof value === 'string' ? String(value) : ''}
        disabled={readonly}
        aria-invalid={invalid}
        aria-describedby={`${id}-help`}
        onChange={(e) => set(e.target.value === '' ? '' : Number(e.target.value))}
        className={`${controlBase} ${invalid ? invalidControl : ''} w-24 px-2 py-1 font-mono text-sm`}
      />
    ) : (
      <select
        id={id}
        value={String(value)}
        disabled={readonly}
        aria-invalid={invalid}
        aria-describedby={`${id}-help`}
        onChange={(e) => set(e.target.value)}
        className={`${controlBase} ${invalid ? invalidControl : ''} max-w-full px-2 py-1 text-sm`}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label
        htmlFor={id}
        className={`text-sm font-medium ${invalid ? 'text-red-700 dark:text-red-300' : ''}`}
      >
        {spec.label}
        {spec.type === 'number' && (
          <span className={`font-normal ${mutedText}`}>
            {' '}
            ({spec.min}–{spec.max})
          </span>
        )}
      </label>
      {control}
      {help}
    </div>
  );
});
