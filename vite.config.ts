/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { serviceWorker } from './vite-plugin-sw';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [react(), tailwindcss(), serviceWorker()],
  base: './',
  build: {
    // The app, and the page that shows how to embed it (the element itself is built by
    // vite.embed.config.ts into dist/embed/ after this build).
    // Every browser the page supports knows <link rel="modulepreload">; one without it
    // still loads the same modules through the imports, only not ahead of time.
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: which chunk holds which module, read by
    // scripts/size-report.mjs to weigh the page as it is first shown.
    manifest: true,
    rolldownOptions: { input: { main: page('index.html'), embed: page('embed.html') } },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    testTimeout: 60_000,
  },
});
