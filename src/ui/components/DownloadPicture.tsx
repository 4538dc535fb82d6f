import { useState } from 'react';
import { useInspectorStore } from '../store';
import { buttonBase } from './styles';

// The renderer loads on first use; pointing at or focusing a button starts the load early.
const loadPicture = () => import('../lib/picture');

/**
 * "Download SVG" / "Download PNG": the value as the core draws it (the same picture as
 * `spte svg`), in light colours, which read well printed and on slides.
 */
export function DownloadPicture() {
  const store = useInspectorStore();
  const [error, setError] = useState('');

  const download = async (format: 'svg' | 'png') => {
    // The value at the click, not the one after the renderer has loaded.
    const s = store.getState();
    try {
      const { downloadPicture } = await loadPicture();
      await downloadPicture(s, format);
      setError('');
    } catch (e) {
      setError(`Could not make the ${format.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div
      role="group"
      aria-label="Download picture"
      className="flex flex-wrap gap-2"
      onPointerEnter={() => void loadPicture()}
      onFocus={() => void loadPicture()}
    >
      <button type="button" className={buttonBase} onClick={() => void download('svg')}>
        Download SVG
      </button>
      <button type="button" className={buttonBase} onClick={() => void download('png')}>
        Download PNG
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
