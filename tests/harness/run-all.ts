/**
 * The whole test command (README): format, lint, typecheck, unit tests, build, bundle budget, AMO lint,
 * then end-to-end in Chromium and Firefox. Every step runs even after a failure, and the last line sums
 * all of them as "N passed, N failed" so a run that tested nothing cannot look green.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './repo-paths';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const RESULTS_DIR = resolve(REPO_ROOT, 'test-results');
const steps: { name: string; tally: Tally; seconds: number }[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
  return suite(name, () => {
    const ok = run(command, args);
    return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  });
}

function suite(name: string, body: () => Tally): boolean {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const tally = body();
  steps.push({ name, tally, seconds: (Date.now() - started) / 1000 });
  return tally.failed === 0;
}

function vitestTally(ok: boolean): Tally {
  const file = resolve(RESULTS_DIR, 'unit.json');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTests: number;
  };
  // A crash outside any test (a suite that failed to import) still fails the step.
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightTally(ok: boolean): Tally {
  const file = resolve(RESULTS_DIR, 'e2e.json');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const setupErrors = report.errors?.length ?? 0;
  const failed = unexpected + setupErrors + (ok || unexpected + setupErrors > 0 ? 0 : 1);
  return { passed: expected + flaky, failed, skipped };
}

rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

check('browsers (Debian chromium + firefox-esr)', 'bash', ['tests/harness/ensure-browsers.sh']);
check('format (prettier)', 'npx', ['prettier', '--check', '.']);
check('lint (eslint, architecture import rules)', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
suite('unit + integration (vitest)', () =>
  vitestTally(
    run('npx', [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS_DIR}/unit.json`,
    ]),
  ),
);
const built = check('build (chrome-mv3 + firefox-mv3)', 'npm', ['run', 'build', '--silent']);
if (built) {
  check('bundle budget (content scripts, gzip)', 'npx', ['tsx', 'tests/harness/check-bundle-budget.ts']);
  check('web-ext lint (AMO rules, firefox build)', 'npx', [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv3',
    '--self-hosted',
  ]);
  suite('end-to-end (Chromium + Firefox)', () => playwrightTally(run('npx', ['playwright', 'test'])));
}

console.log('\n━━ summary ━━');
for (const step of steps) {
  const { passed, failed, skipped } = step.tally;
  const mark = failed > 0 ? 'FAIL' : 'ok  ';
  console.log(
    `${mark} ${step.name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${step.seconds.toFixed(1)} s)`,
  );
}
const total = steps.reduce<Tally>(
  (sum, s) => ({
    passed: sum.passed + s.tally.passed,
    failed: sum.failed + s.tally.failed,
    skipped: sum.skipped + s.tally.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
