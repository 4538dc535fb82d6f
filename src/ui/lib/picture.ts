/**
 * The value as a picture (the core's SVG, or that SVG rasterised to PNG), saved as a file.
 * Loaded on first use by DownloadPicture: the SVG renderer and its palette are not needed
 * to show a value, so they stay out of the first download.
 */
import { renderSvg } from '../../core';
import type { InspectorState } from '../store';
import { selectHost, selectLevel, selectValueHex } from '../store/selectors';
import { saveBlob, svgToPng } from './download';

/** Draws the store's last valid value and saves it as `spte-<hex>.<format>`. */
export async function downloadPicture(s: InspectorState, format: 'svg' | 'png'): Promise<void> {
  const svg = renderSvg(selectHost(s), s.lastValidValue, { level: selectLevel(s) });
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
  saveBlob(blob, `spte-${selectValueHex(s)}.${format}`);
}
