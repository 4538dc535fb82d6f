/**
 * The browser benchmarks measure the production build: serve dist/ with `vite preview` on
 * a port of their own, run `body` once it answers, and stop the server afterwards.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

async function waitForServer(url: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`vite preview did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function withPreview<T>(port: number, body: (url: string) => Promise<T>): Promise<T> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  try {
    await waitForServer(url);
    return await body(url);
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}
