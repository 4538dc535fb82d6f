/**
 * The pure core as a library: dist-lib/core.js (one ES module, no dependencies), exported
 * as "spte-inspector/core". Types come from `tsc -p tsconfig.lib.json` (dist-lib/types).
 * Run by `npm run build:lib`, which `npm pack` / `npm publish` run through `prepack`.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'node20',
    // Readable output: consumers bundle and minify it themselves.
    minify: false,
    reportCompressedSize: false,
    lib: { entry: 'src/core/index.ts', formats: ['es'], fileName: () => 'core.js' },
  },
});
