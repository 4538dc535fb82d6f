/**
 * The <spte-inspector> element as one self-contained script (React, the store, the core
 * and the compiled CSS inlined), in two formats:
 *   dist/embed/spte-inspector.js       ES module   <script type="module" src=…>
 *   dist/embed/spte-inspector.iife.js  classic     <script src=…>
 * `npm run build` runs this after the app build (which empties dist/); this build only
 * empties dist/embed/.
 */
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Library mode leaves process.env alone; React would then crash with "process is not defined".
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    // Without this the ES output is not whitespace-minified in library mode.
    // One file each, as the snippets promise: the inspector's lazily loaded parts (the
    // log-line offer) are inlined rather than split into chunks beside the element.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
    lib: {
      entry: 'src/embed/element.tsx',
      name: 'SpteInspector',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'spte-inspector.js' : 'spte-inspector.iife.js'),
    },
  },
});
