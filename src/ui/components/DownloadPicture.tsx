import { useState } from 'react';
import { renderSvg } from '../../core';
import { saveBlob, svgToPng } from '../lib/download';
import { useInspectorStore } from '../store';
import { selectHost, selectLevel, selectValueHex } from '../store/selectors';
import { buttonBase } from './styles';

/**
 * "Download SVG" / "Download PNG": the value as the core draws it (the same picture as
 * `spte svg`), in light colours, which read well printed and on slides.
 */
export function DownloadPicture() {
  const store = useInspectorStore();
  const [error, setError] = useState('');

  const picture = () => {
    const s = store.getState();
    return {
      svg: renderSvg(selectHost(s), s.lastValidValue, { level: selectLevel(s) }),
      name: `spte-${selectValueHex(s)}`,
    };
  };
  const download = async (format: 'svg' | 'png') => {
    const { svg, name } = picture();
    try {
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      saveBlob(blob, `${name}.${format}`);
      setError('');
    } catch (e) {
      setError(`Could not make the ${format.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div role="group" aria-label="Download picture" className="flex flex-wrap gap-2">
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
