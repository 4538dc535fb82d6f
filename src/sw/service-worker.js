/**
 * The app's service worker: after one visit the inspector (decode, Log tab, embed page)
 * works offline, e.g. on a lab or air-gapped machine. The build (vite-plugin-sw.ts) puts
 * `PRECACHE` (every file of the build) and `VERSION` in front of this file.
 *
 * Pages: network first (a new deployment is seen at once), the cached copy when offline.
 * Build files: cache first (their names carry content hashes). Anything else is left
 * alone, so the service worker never changes how other requests behave.
 */
/* global PRECACHE, VERSION */

const CACHE = `spte-inspector-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;
const PRECACHED = new Set(PRECACHE.map(scoped));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...PRECACHED]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('spte-inspector-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function page(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const url = new URL(request.url);
    // "./" and "index.html?…#…" are the same page; the hash never reaches the network.
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const hit =
      (await cache.match(new URL(path, url).href, { ignoreVary: true })) ??
      (await cache.match(scoped('index.html'), { ignoreVary: true }));
    if (hit) return hit;
    throw offline;
  }
}

async function file(request) {
  // ignoreVary: the preview server sends "Vary: Origin", and module scripts carry an Origin header.
  const hit = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  return hit ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (PRECACHED.has(request.url.split('#')[0])) event.respondWith(file(request));
});
