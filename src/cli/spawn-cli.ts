/** Test helper: run the CLI as a user does, capturing its output. */

import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The test runner's environment without its colour settings: whether output is coloured
 * is each test's to decide (a NO_COLOR or FORCE_COLOR of the shell that runs the tests must
 * not leak in). NO_COLOR is left out rather than set empty, since an empty value is still
 * "set" to some readers.
 */
function baseEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

/**
 * Run the CLI like `npm run --silent spte -- ...` does (tsx on src/cli/main.ts); `env` adds
 * variables (e.g. { NO_COLOR: '1' }).
 */
export function spte(args: string[], input = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
      env: { ...baseEnv(), ...env },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(input);
  });
}
