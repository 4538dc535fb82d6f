import { useId, useState } from 'react';
import { KERNEL_OPTIONS } from '../lib/kernels';
import { useInspector, useInspectorStore } from '../store';
import { selectKernelError, selectKernelSummary, selectKernelText } from '../store/selectors';
import { controlBase, invalidControl, labelText, mutedText, codeTextProps } from './styles';

/** Longer pastes are not versions (`uname -r` is at most 64 characters): refused outright. */
const MAX_KERNEL_PASTE = 1_000;

/**
 * The kernel version field: a version ("6.1", "5.15.135", "current") with suggestions for
 * every era, labelled with the kernels people run. Valid text applies as you type; text
 * the version parser rejects stays in the field with its message, and decoding keeps the
 * last valid kernel. Under the field: the version and era being decoded for.
 */
export function KernelInput({ readonly = false }: { readonly?: boolean }) {
  const store = useInspectorStore();
  const text = useInspector(selectKernelText);
  const error = useInspector(selectKernelError);
  const kernel = useInspector(selectKernelSummary);
  const id = useId();
  /** Why the last paste was refused (far longer than any version), until the next edit. */
  const [refused, setRefused] = useState<string | null>(null);

  return (
    <div className="flex w-44 min-w-0 flex-col gap-1 xl:w-36">
      <label htmlFor={id} className={labelText}>
        Kernel version
      </label>
      <input
        id={id}
        type="text"
        list={`${id}-list`}
        value={text}
        readOnly={readonly}
        {...codeTextProps}
        aria-invalid={error !== null}
        aria-describedby={`${id}-era ${id}-error`}
        onPaste={(e) => {
          const n = e.clipboardData.getData('text/plain').length;
          if (n <= MAX_KERNEL_PASTE) return;
          e.preventDefault();
          setRefused(
            `The pasted text (${n.toLocaleString('en-US')} characters) is not a kernel version; it was not put into the field.`,
          );
        }}
        onChange={(e) => {
          setRefused(null);
          // Keystrokes form one history entry; a paste or a pick from the list is its own.
          const inputType = (e.nativeEvent as Partial<InputEvent>).inputType ?? '';
          const typed = /^(?:insertText|insertCompositionText|deleteContent)/.test(inputType);
          store.getState().setKernel(e.target.value, typed ? 'type' : 'paste');
        }}
        onBlur={() => store.getState().endTyping()}
        className={`${controlBase} ${error ? invalidControl : ''} h-10 w-full px-2 font-mono text-sm sm:h-11`}
      />
      <datalist id={`${id}-list`}>
        {KERNEL_OPTIONS.map((o) => (
          <option key={o.value} value={o.value} label={o.label} />
        ))}
      </datalist>
      {/* On phones the auto summary under the controls names the era (and the host) in one
          line; this stays the field's description for screen readers. */}
      <p id={`${id}-era`} className={`sr-only text-xs leading-snug sm:not-sr-only ${mutedText}`}>
        <span className="font-mono text-slate-900 dark:text-slate-100">{kernel.version}</span> · era{' '}
        {kernel.eraLabel}
      </p>
      <p
        id={`${id}-error`}
        aria-live="polite"
        className="text-xs leading-snug text-red-700 dark:text-red-300"
      >
        {refused ?? error}
      </p>
    </div>
  );
}
