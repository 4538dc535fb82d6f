import { useId, useState } from 'react';
import { eraVersion } from '../lib/kernels';
import { useInspector, useInspectorStore } from '../store';
import { selectAutoLine } from '../store/autoSelectors';
import { DisclosureButton } from './DisclosureButton';
import { buttonBase, mutedText } from './styles';

/**
 * The kernel field's one-line decision: what auto read the value as and why (or that the
 * kernel and host are the user's choice), with one click to take the runner-up or to go
 * back to auto. The line and its words come from selectAutoLine.
 */
export function AutoKernelLine({ readonly = false }: { readonly?: boolean }) {
  const store = useInspectorStore();
  const line = useInspector(selectAutoLine);
  const alt = line.alternative;
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs"
      role="group"
      aria-label="Kernel and host choice"
    >
      <p
        data-testid="auto-kernel-line"
        aria-live="polite"
        className={`min-w-0 flex-1 basis-72 leading-snug ${mutedText}`}
      >
        {line.text}
      </p>
      {!readonly && alt && (
        <button
          type="button"
          className={`${buttonBase} px-2 py-0.5 text-xs`}
          onClick={() => {
            const s = store.getState();
            s.selectPreset(alt.host);
            s.setKernel(eraVersion(alt.era));
          }}
        >
          Use {alt.label}
        </button>
      )}
      {!readonly && line.kind === 'choice' && (
        <button
          type="button"
          className={`${buttonBase} px-2 py-0.5 text-xs`}
          onClick={() => store.getState().setKernelAuto(true)}
        >
          Back to auto
        </button>
      )}
    </div>
  );
}

/**
 * The decision line for phones: one small button ("Auto: 7.2 and later · Intel EPT with A/D
 * bits (weak)") that opens the full line, so the bit grid still starts on the first screen.
 * The button's words are announced when auto decides again, as the full line's are.
 */
export function AutoKernelSummary({ readonly = false }: { readonly?: boolean }) {
  const line = useInspector(selectAutoLine);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col items-start gap-1">
      <div aria-live="polite" className="max-w-full">
        <DisclosureButton
          open={open}
          controls={id}
          onToggle={() => setOpen(!open)}
          className="max-w-full px-2 py-0.5 text-left text-xs"
        >
          {/* One line whatever its length: the full line is one tap away. */}
          <span className="min-w-0 truncate">{line.short}</span>
        </DisclosureButton>
      </div>
      <div id={id} className="w-full">
        {open && <AutoKernelLine readonly={readonly} />}
      </div>
    </div>
  );
}
