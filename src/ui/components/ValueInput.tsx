import { useRef } from 'react';
import { useInspector, useInspectorStore } from '../store';
import { selectParseError, selectText, selectValueHex } from '../store/selectors';
import { controlBase, invalidControl, labelText, mutedText, codeTextProps } from './styles';

/**
 * The SPTE value field. Every keystroke decodes; text that does not parse stays in the
 * field with the parser's message beside it while the last valid value stays decoded.
 */
export function ValueInput({ id, readonly = false }: { id: string; readonly?: boolean }) {
  const store = useInspectorStore();
  const text = useInspector(selectText);
  const error = useInspector(selectParseError);
  const pasted = useRef(false);

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className={labelText}>
        SPTE value
      </label>
      <input
        id={id}
        type="text"
        value={text}
        readOnly={readonly}
        {...codeTextProps}
        aria-invalid={error !== null}
        aria-describedby={`${id}-status ${id}-error`}
        onPaste={() => (pasted.current = true)}
        onKeyDown={() => (pasted.current = false)}
        onChange={(e) => {
          const how = pasted.current ? 'paste' : 'type';
          pasted.current = false;
          store.getState().setText(e.target.value, how);
        }}
        onBlur={() => store.getState().endTyping()}
        className={`${controlBase} ${error ? invalidControl : ''} h-10 w-full px-3 font-mono text-base sm:h-11 md:w-[25ch] md:text-lg xl:w-[21ch]`}
      />
    </div>
  );
}

/**
 * What is being decoded, and the parser's message when the text does not parse. Its
 * height is fixed, so a message appearing or changing never moves anything below it.
 */
export function ValueStatus({ inputId }: { inputId: string }) {
  const error = useInspector(selectParseError);
  const hex = useInspector(selectValueHex);
  return (
    <div className="h-[4lh] overflow-y-auto text-xs leading-snug sm:h-[3lh] lg:h-[2lh]">
      <p id={`${inputId}-status`} className={`font-mono ${mutedText}`}>
        {error ? 'Still decoding ' : 'Decoding '}
        <span className="text-slate-900 dark:text-slate-100">{hex}</span>
      </p>
      <p id={`${inputId}-error`} aria-live="polite" className="text-red-700 dark:text-red-300">
        {error}
      </p>
      {error === null && (
        <p className={mutedText}>
          Hex as the kernel prints it, with or without 0x; _ &apos; or spaces between digits are fine.
        </p>
      )}
    </div>
  );
}
