// Pure Chromium detection for Playwright: no installs, no side effects.
// Used by playwright.config.ts (executablePath) and scripts/ensure-browser.mjs.
//
// Order:
//   1. $PLAYWRIGHT_CHROMIUM_EXECUTABLE (must exist and be executable, or it is an error)
//   2. Debian's Chromium: /usr/lib/chromium/chromium (the real binary; the /usr/bin/chromium
//      shell wrapper prints harmless noise on some machines), then /usr/bin/chromium
//   3. Playwright's own downloaded browser (`npx playwright install chromium`)
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const ENV_VAR = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE';
export const SYSTEM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** True when `path` is a regular file (after symlinks) that we may execute. */
export function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright expects its own downloaded Chromium, or null if it cannot say. */
export function playwrightBundledPath() {
  try {
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * Find a Chromium for Playwright.
 * @returns {{ source: 'env' | 'system' | 'playwright', path: string }
 *   | { source: 'none', path: null, error?: string }}
 */
export function detectChromium(env = process.env) {
  const override = env[ENV_VAR];
  if (override) {
    if (isExecutable(override)) return { source: 'env', path: override };
    return {
      source: 'none',
      path: null,
      error: `${ENV_VAR}=${override} does not exist or is not an executable file.`,
    };
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (isExecutable(candidate)) return { source: 'system', path: candidate };
  }
  const bundled = playwrightBundledPath();
  if (bundled && isExecutable(bundled)) return { source: 'playwright', path: bundled };
  return { source: 'none', path: null };
}

/**
 * The value for Playwright's `launchOptions.executablePath`: an explicit path for the
 * override and the system browser, `undefined` to let Playwright use its own download
 * (it then picks the matching headless shell itself).
 * Throws when the override is set but unusable, so a typo is not silently ignored.
 */
export function chromiumExecutablePath(env = process.env) {
  const found = detectChromium(env);
  if (found.error) throw new Error(found.error);
  return found.source === 'env' || found.source === 'system' ? found.path : undefined;
}
