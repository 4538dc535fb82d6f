#!/usr/bin/env node
// A minimal static server for the embed e2e tests: a plain "documentation" page that is
// not built by the app (e2e/fixtures/) next to the built element (dist/embed/), on a
// different origin than the app (so the iframe test is cross-origin, as in real use).
//
//   node scripts/serve-static.mjs [--port 4174] [--app-port 4173] [/prefix=dir ...]
//
// HTML fixtures name the app as 127.0.0.1:4173 and themselves as :4174; when the ports are
// moved (E2E_PORT / E2E_HOST_PORT in playwright.config.ts) those origins are rewritten.
//
// Files are read on every request, so the server may start before the build finishes.
//
// `?csp=strict` on an HTML page's URL sends it with `Content-Security-Policy: default-src
// 'self'` (no inline scripts or styles), for the tests that check the element and the app
// under a strict policy. /app/ serves the built app (dist/) for the same purpose.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
let port = 4174;
let appPort = 4173;
const mounts = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port') port = Number(args[++i]);
  else if (args[i] === '--app-port') appPort = Number(args[++i]);
  else {
    const [prefix, dir] = args[i].split('=');
    mounts.push({ prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: resolve(dir) });
  }
}
if (mounts.length === 0)
  mounts.push(
    { prefix: '/embed/', dir: resolve('dist/embed') },
    { prefix: '/app/', dir: resolve('dist') },
    { prefix: '/', dir: resolve('e2e/fixtures') },
  );
// Longest prefix first.
mounts.sort((a, b) => b.prefix.length - a.prefix.length);

/** No inline script or style, no eval, nothing from other origins. */
const STRICT_CSP = "default-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

async function resolveFile(pathname) {
  for (const { prefix, dir } of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    const file = join(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return null; // no escaping the mount
    try {
      const s = await stat(file);
      if (s.isFile()) return file;
      if (s.isDirectory()) return join(file, 'index.html');
    } catch {
      // try the next mount
    }
  }
  return null;
}

createServer(async (req, res) => {
  try {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
      return;
    }
    let body = await readFile(file);
    if (extname(file) === '.html' && (port !== 4174 || appPort !== 4173))
      body = Buffer.from(
        body
          .toString('utf8')
          .replaceAll('127.0.0.1:4173', `127.0.0.1:${appPort}`)
          .replaceAll('127.0.0.1:4174', `127.0.0.1:${port}`),
      );
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers).end(body);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
  }
}).listen(port, '127.0.0.1', () => {
  console.log(
    `serving ${mounts.map((m) => `${m.prefix} → ${m.dir}`).join(', ')} on http://127.0.0.1:${port}`,
  );
});
