#!/usr/bin/env node
// gzip -9 sizes of the embed scripts against what the app's own page loads (its entry
// script, the chunks it preloads, and its CSS), from an existing build (`npm run build`).
// Exits 1 when an embed script is larger than the app's JS + CSS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { raw, gzip };
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
const js = assets.filter((a) => a.endsWith('.js'));
const css = assets.filter((a) => a.endsWith('.css'));
const appJs = measure(js);
const appCss = measure(css);
const appTotal = { raw: appJs.raw + appCss.raw, gzip: appJs.gzip + appCss.gzip };

const rows = [
  ['app JS (entry + preloaded chunks)', appJs],
  ['app CSS', appCss],
  ['app JS + CSS', appTotal],
];
let over = false;
for (const f of ['embed/spte-inspector.js', 'embed/spte-inspector.iife.js']) {
  if (!existsSync(join(dist, f))) {
    console.error(`missing ${join(dist, f)}: run npm run build`);
    process.exit(1);
  }
  const m = measure([f]);
  rows.push([`${f} (JS + inlined CSS)`, m]);
  if (m.gzip > appTotal.gzip) over = true;
}
const width = Math.max(...rows.map(([n]) => n.length));
for (const [name, m] of rows)
  console.log(`${name.padEnd(width)}  ${kB(m.raw).padStart(9)}  gzip -9 ${kB(m.gzip).padStart(8)}`);
console.log(over ? 'embed is LARGER than the app page' : 'embed ≤ app page (JS + CSS)');
process.exitCode = over ? 1 : 0;
