/**
 * The package's libraries, each as an ES module (.js) and CommonJS (.cjs), no dependencies:
 *   dist-lib/core.*         "spte-inspector/core"        the pure decoder, renderSvg
 *   dist-lib/markdown-it.*  "spte-inspector/markdown-it" ```spte fences for markdown-it
 *   dist-lib/remark.*       "spte-inspector/remark"      ```spte fences for remark
 * Types come from `tsc -p tsconfig.lib.json` (dist-lib/types, and .d.cts copies made by
 * scripts/package-types.mjs). `npm run build:lib` also builds the element (dist-lib/embed)
 * and the CLI (dist-lib/bin); `npm pack` / `npm publish` run it through `prepack`.
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
    lib: {
      entry: {
        core: 'src/core/index.ts',
        'markdown-it': 'src/markdown/markdown-it.ts',
        remark: 'src/markdown/remark.ts',
      },
      formats: ['es', 'cjs'],
      fileName: (format, name) => `${name}.${format === 'es' ? 'js' : 'cjs'}`,
    },
  },
});
