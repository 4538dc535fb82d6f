import { useRef, useState } from 'react';
import { useInspector, useInspectorStore } from '../store';
import { selectParseError, selectText, selectValueHex } from '../store/selectors';
import { buttonBase, controlBase, invalidControl, labelText, mutedText, codeTextProps } from './styles';

/**
 * A paste longer than this is a log, not a value (an SPTE is 16 hex digits; a log line
 * holding one is a few hundred characters). It is not put into the field: the browser
 * alone needs seconds to lay out megabytes in a text input.
 */
export const MAX_VALUE_PASTE = 20_000;

/**
 * The SPTE value field. Every keystroke decodes; text that does not parse stays in the
 * field with the parser's message beside it while the last valid value stays decoded.
 */
export function ValueInput({
  id,
  readonly = false,
  logTab = false,
}: {
  id: string;
  readonly?: boolean;
  /** The page has a Log tab to offer a refused paste to. */
  logTab?: boolean;
}) {
  const store = useInspectorStore();
  const text = useInspector(selectText);
  const error = useInspector(selectParseError);
  const pasted = useRef(false);
  const [refused, setRefused] = useState<string | null>(null);
  /** Refuses incoming text that is far too long; true when it did. */
  const refuse = (incoming: string): boolean => {
    if (incoming.length <= MAX_VALUE_PASTE) return false;
    setRefused(incoming);
    return true;
  };

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
        onPaste={(e) => {
          if (refuse(e.clipboardData.getData('text/plain'))) e.preventDefault();
          else pasted.current = true;
        }}
        onDrop={(e) => {
          if (refuse(e.dataTransfer.getData('text/plain'))) e.preventDefault();
        }}
        onKeyDown={() => (pasted.current = false)}
        onChange={(e) => {
          const how = pasted.current ? 'paste' : 'type';
          pasted.current = false;
          store.getState().setText(e.target.value, how);
        }}
        onBlur={() => store.getState().endTyping()}
        className={`${controlBase} ${error ? invalidControl : ''} h-10 w-full px-3 font-mono text-base sm:h-11 md:w-[25ch] md:text-lg xl:w-[21ch]`}
      />
      {refused !== null && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 text-xs text-red-700 md:w-[25ch] dark:text-red-300"
        >
          <p>
            The pasted text ({refused.length.toLocaleString('en-US')} characters) is far longer than any SPTE,
            so it was not put into the field{logTab ? '; the Log tab reads logs of any size' : ''}.
          </p>
          {logTab && (
            <button
              type="button"
              className={`${buttonBase} px-2 py-1 text-xs`}
              onClick={() => {
                store.getState().setLogText(refused);
                store.getState().setMode('log');
                setRefused(null);
              }}
            >
              Read it in the Log tab
            </button>
          )}
          <button
            type="button"
            className={`${buttonBase} px-2 py-1 text-xs`}
            onClick={() => setRefused(null)}
          >
            Dismiss
          </button>
        </div>
      )}
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
