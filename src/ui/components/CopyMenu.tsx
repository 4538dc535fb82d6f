import { useState } from 'react';
import { COPY_LABELS, copyText, type CopyKind } from '../lib/copyTexts';
import { writeClipboard } from '../lib/clipboard';
import { useInspectorStore } from '../store';
import { selectDecoded, selectHost } from '../store/selectors';
import { DownloadPicture } from './DownloadPicture';
import { buttonBase } from './styles';

const KINDS: CopyKind[] = ['hex', 'c', 'markdown'];

/** Copy and download buttons with a polite confirmation (the status region is always in the DOM). */
export function CopyMenu() {
  const store = useInspectorStore();
  const [status, setStatus] = useState('');

  const copy = async (kind: CopyKind) => {
    const s = store.getState();
    const text = copyText(kind, selectHost(s), selectDecoded(s));
    try {
      await writeClipboard(text);
      setStatus(`${COPY_LABELS[kind].done}${kind === 'hex' ? ` ${text}` : ''} to the clipboard.`);
    } catch {
      setStatus('Copying failed: the browser did not allow access to the clipboard.');
    }
  };

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div role="group" aria-label="Copy" className="flex flex-wrap gap-2">
        {KINDS.map((k) => (
          <button key={k} type="button" className={buttonBase} onClick={() => void copy(k)}>
            {COPY_LABELS[k].button}
          </button>
        ))}
      </div>
      <DownloadPicture />
      <p
        role="status"
        aria-live="polite"
        className="min-h-[1lh] text-xs text-emerald-800 dark:text-emerald-300"
      >
        {status}
      </p>
    </div>
  );
}
