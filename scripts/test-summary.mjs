// Sum up every test result of `npm test` into one line, printed LAST:
//   tests: N passed, N failed
// Sources (all in reports/):
//   static.json  written by scripts/test.sh: types / lint / format, one test each
//   unit.json    Vitest JSON reporter
//   e2e.json     Playwright JSON reporter
// A missing or unreadable report counts as one failure. Exit 1 if anything failed or nothing passed.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'reports';
const MAX_LISTED = 25;

/** @type {{ name: string, passed: number, failed: number, skipped: number, failures: string[] }[]} */
const sections = [];

function load(file) {
  const path = join(dir, file);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { error: `${path} is missing (the step did not run or crashed before writing it)` };
  }
  try {
    return { data: JSON.parse(text) };
  } catch (e) {
    return { error: `${path} is not valid JSON (${e instanceof Error ? e.message : e})` };
  }
}

function section(name, file, summarize, { optional = false } = {}) {
  const s = { name, passed: 0, failed: 0, skipped: 0, failures: [] };
  const { data, error } = load(file);
  if (error) {
    if (optional && error.includes('missing')) return;
    s.failed = 1;
    s.failures.push(error);
  } else {
    try {
      summarize(data, s);
    } catch (e) {
      s.failed += 1;
      s.failures.push(`${join(dir, file)} has an unexpected shape (${e instanceof Error ? e.message : e})`);
    }
  }
  sections.push(s);
}

// { "checks": [ { "name": "types", "command": "…", "ok": true }, … ] }
section(
  'static',
  'static.json',
  (data, s) => {
    for (const check of data.checks) {
      if (check.ok) s.passed += 1;
      else {
        s.failed += 1;
        s.failures.push(`${check.name}: \`${check.command ?? check.name}\` failed`);
      }
    }
  },
  { optional: true },
);

section('unit', 'unit.json', (data, s) => {
  s.passed += data.numPassedTests;
  s.failed += data.numFailedTests;
  s.skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
  for (const file of data.testResults ?? []) {
    const rel = String(file.name ?? '').replace(`${process.cwd()}/`, '');
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') s.failures.push(`${rel} › ${t.fullName ?? t.title}`);
    }
    // A file that failed to load (syntax error, bad import) has no failed tests of its own.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      s.failed += 1;
      s.failures.push(`${rel}: ${String(file.message || 'test file failed').split('\n')[0]}`);
    }
  }
  if (data.success === false && s.failed === 0) {
    s.failed = 1;
    s.failures.push('vitest reported success: false without a failing test (e.g. a suite failed to import)');
  }
});

section('e2e', 'e2e.json', (data, s) => {
  const { stats } = data;
  const root = data.config?.rootDir ? relative(process.cwd(), data.config.rootDir) : '';
  s.passed += stats.expected + (stats.flaky ?? 0);
  s.failed += stats.unexpected;
  s.skipped += stats.skipped ?? 0;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected') {
          s.failures.push(`[${t.projectName}] ${join(root, spec.file)}:${spec.line} › ${spec.title}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of data.suites ?? []) walk(suite);
  for (const err of data.errors ?? []) {
    s.failed += 1;
    s.failures.push(`error: ${String(err.message ?? err).split('\n')[0]}`);
  }
});

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n::: summary');
for (const s of sections) {
  total.passed += s.passed;
  total.failed += s.failed;
  total.skipped += s.skipped;
  const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
  console.log(`  ${s.name.padEnd(7)} ${s.passed} passed, ${s.failed} failed${skipped}`);
}
const failures = sections.flatMap((s) => s.failures.map((f) => `  ✗ ${s.name}: ${f}`));
if (failures.length) {
  console.log('failures:');
  for (const f of failures.slice(0, MAX_LISTED)) console.log(f);
  if (failures.length > MAX_LISTED) console.log(`  … and ${failures.length - MAX_LISTED} more`);
}
if (total.passed === 0) console.log('no test passed');
if (total.skipped) console.log(`skipped: ${total.skipped}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
