/**
 * The `spte` command as one prebuilt file, dist-lib/bin/spte.js (the package's "bin"):
 * the CLI and the core bundled together, only Node's own modules left as imports, so the
 * installed command needs nothing at run time and starts without a TypeScript runner.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  publicDir: false,
  // `spte --version` without reading package.json at run time.
  define: { __SPTE_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-lib/bin',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { entryFileNames: 'spte.js', codeSplitting: false } },
  },
});
