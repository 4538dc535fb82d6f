// Make sure Playwright has a Chromium to drive. Exit 0 when one is found (or installed),
// exit 1 with instructions otherwise. Detection logic lives in ./browser-path.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ENV_VAR, detectChromium } from './browser-path.mjs';

const tag = '[ensure-browser]';

function describe(found) {
  const what = { env: `$${ENV_VAR}`, system: 'system Chromium', playwright: "Playwright's own Chromium" }[
    found.source
  ];
  let version;
  try {
    version = execFileSync(found.path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    }).trim();
  } catch {
    version = '(version unknown)';
  }
  console.log(`${tag} using ${what}: ${found.path} — ${version}`);
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function tryAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebianLike() || !hasAptGet()) {
    const why = [!isRoot && 'not root', !isDebianLike() && 'not Debian/Ubuntu', !hasAptGet() && 'no apt-get']
      .filter(Boolean)
      .join(', ');
    console.log(`${tag} not installing Chromium automatically (${why}).`);
    return false;
  }
  const cmd =
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium';
  console.log(`${tag} no Chromium found; installing it with apt:\n${tag}   $ ${cmd}`);
  const started = Date.now();
  const result = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`${tag} apt-get finished in ${secs}s.`);
    return true;
  }
  console.error(`${tag} apt-get failed (exit ${result.status ?? result.signal}) after ${secs}s.`);
  return false;
}

function fail(extra) {
  console.error(
    [
      '',
      `${tag} ERROR: no Chromium found for Playwright.${extra ? `\n${tag} ${extra}` : ''}`,
      '',
      'End-to-end tests need a Chromium. Pick one of:',
      '  1. Install Debian/Ubuntu Chromium (as root):',
      '       apt-get update && apt-get install -y --no-install-recommends chromium',
      `  2. Point to an existing Chromium/Chrome binary:`,
      `       export ${ENV_VAR}=/path/to/chromium`,
      "  3. Download Playwright's own browser (needs access to cdn.playwright.dev):",
      '       npx playwright install chromium',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

let found = detectChromium();
if (found.error) fail(found.error); // a bad override is a mistake to fix, not to paper over
if (found.source === 'none') {
  const installed = tryAptInstall();
  if (installed) found = detectChromium();
  if (found.source === 'none')
    fail(installed ? 'apt-get succeeded, but no Chromium is at the expected paths.' : '');
}
describe(found);
