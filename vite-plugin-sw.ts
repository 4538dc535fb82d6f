/**
 * Emits sw.js for the app build: src/sw/service-worker.js with the list of every file the
 * build wrote (hashed chunks, workers, CSS, pages) plus the public files, and a version
 * derived from that list, so a new build replaces the old cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function serviceWorker(): Plugin {
  return {
    name: 'spte-service-worker',
    apply: 'build',
    // After Vite's HTML plugin, so the pages themselves are in the bundle too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const publicFiles = readdirSync(new URL('./public', import.meta.url));
      const files = [...new Set(['./', ...Object.keys(bundle), ...publicFiles])]
        // .vite/manifest.json is build information (for the size report), not part of the app.
        .filter((f) => !f.endsWith('.map') && f !== 'sw.js' && !f.startsWith('.vite/'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const body = readFileSync(new URL('./src/sw/service-worker.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const PRECACHE = ${JSON.stringify(files)};\nconst VERSION = ${JSON.stringify(version)};\n${body}`,
      });
    },
  };
}
