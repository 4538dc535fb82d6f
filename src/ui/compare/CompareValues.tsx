import { useId } from 'react';
import { hex16 } from '../../core';
import { DiffBody } from '../components/DiffBody';
import { Panel } from '../components/Panel';
import {
  buttonBase,
  codeTextProps,
  controlBase,
  invalidControl,
  labelText,
  mutedText,
} from '../components/styles';
import { useInspector, useInspectorStore } from '../store';
import { selectCompareError, selectComparison, selectLevel } from '../store/selectors';

/**
 * The inspector's value against another one: changed bits, the named transition and the
 * kernel's flush decisions, at the inspector's level, host and kernel. The other value is
 * typed here (and kept in the store, so a valid one is in the link); text that does not
 * parse stays in the field with the parser's message.
 */
export default function CompareValues() {
  const store = useInspectorStore();
  const value = useInspector((s) => s.lastValidValue);
  const level = useInspector(selectLevel);
  const text = useInspector((s) => s.compareText) ?? '';
  const inspectorIs = useInspector((s) => s.compareAs);
  const comparison = useInspector(selectComparison);
  const error = useInspector(selectCompareError);
  const id = useId();
  const other = comparison?.value ?? null;

  const mine = { value, label: inspectorIs, where: 'the inspector' };
  const theirs = other === null ? null : { value: other, label: inspectorIs === 'old' ? 'new' : 'old' };

  return (
    <Panel title="Compare two values">
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={id} className={labelText}>
            Value to compare with
          </label>
          <input
            id={id}
            type="text"
            value={text}
            {...codeTextProps}
            placeholder="0x8600000123456b75"
            aria-invalid={error !== null}
            aria-describedby={`${id}-error`}
            onChange={(e) => store.getState().setCompareText(e.target.value)}
            className={`${controlBase} ${error ? invalidControl : ''} h-10 w-full px-3 font-mono text-sm sm:w-[25ch]`}
          />
          <p id={`${id}-error`} aria-live="polite" className="text-xs text-red-700 dark:text-red-300">
            {error}
          </p>
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className={labelText}>The inspector&apos;s value ({hex16(value)}) is the</legend>
          <div className="mt-1 flex gap-4 text-sm">
            {(['old', 'new'] as const).map((side) => (
              <label key={side} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-side`}
                  checked={inspectorIs === side}
                  onChange={() => store.getState().setCompareAs(side)}
                  className="accent-blue-700 dark:accent-sky-400"
                />
                {side} value
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {theirs === null ? (
        <p className={`mt-2 text-sm ${mutedText}`}>
          Type or paste a second SPTE: the difference is shown here, decoded at level {level} with the
          inspector&apos;s host and kernel.
        </p>
      ) : (
        <div className="mt-2">
          <DiffBody
            before={inspectorIs === 'old' ? mine : theirs}
            after={inspectorIs === 'old' ? theirs : mine}
            level={level}
          />
          <button
            type="button"
            className={`${buttonBase} mt-3 px-2 py-1 text-xs`}
            onClick={() => store.getState().openEntry(theirs.value, level)}
          >
            Open the other value in the inspector
          </button>
        </div>
      )}
    </Panel>
  );
}
