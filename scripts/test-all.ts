/**
 * `npm test`: every suite in order — lint, typecheck, vitest (unit), contract (in-process emulators and
 * the real-HTTP mock server), Playwright (real Chromium), the smoke suite behind real nginx — then one line `N passed, N failed`.
 * Sets up Chromium itself: Debian's package when missing and root, else Playwright's own browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Outcome {
  suite: string;
  passed: number;
  failed: number;
  seconds: number;
}

const outcomes: Outcome[] = [];
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: '0' };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

function timed(suite: string, work: () => { passed: number; failed: number }) {
  const started = Date.now();
  console.log(`\n=== ${suite}`);
  const counts = work();
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  outcomes.push({ suite, ...counts, seconds });
  console.log(`=== ${suite}: ${counts.passed} passed, ${counts.failed} failed (${seconds}s)`);
}

/** A check with no test count of its own (lint, typecheck) counts as one test. */
const check = (status: number) => (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

function vitestCounts(file: string, status: number) {
  if (!existsSync(file)) return { passed: 0, failed: Math.max(1, status) };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  // A suite that crashed before reporting its tests still fails the run.
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

/** A Playwright JSON report's counts; a run that ended badly with no failed test (a crash, no report) fails once. */
function playwrightCounts(file: string, status: number) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0) };
}

function ensureChromium(): void {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium and CJK fonts for Playwright…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']);
    return;
  }
  console.log('No system Chromium: installing Playwright’s own browser…');
  run('npx', ['playwright', 'install', 'chromium'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '' });
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
mkdirSync('artifacts/screenshots', { recursive: true });

timed('lint', () => check(run('npx', ['eslint', '.', '--max-warnings=0'])));
timed('typecheck', () => check(run('npx', ['tsc', '-b'])));
timed('unit (vitest)', () => {
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  return vitestCounts('test-results/unit.json', status);
});
for (const [label, target] of [['in-process emulators', ''], ['mock server over HTTP', 'mock-server']] as const) {
  timed(`contract (${label})`, () => {
    const file = `test-results/contract-${target || 'in-process'}.json`;
    const status = run('npx', ['vitest', 'run', '--config', 'vitest.contract.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { CONTRACT_TARGET: target });
    return vitestCounts(file, status);
  });
}
timed('e2e (Playwright)', () => {
  ensureChromium();
  const status = run('npx', ['playwright', 'test'], { CI: process.env.CI ?? '1' });
  return playwrightCounts('test-results/e2e.json', status);
});
// The built app behind Debian's nginx (deploy/nginx.conf) and the mock server: dist/ was just built by the e2e run.
timed('e2e behind nginx', () => {
  const file = 'test-results/e2e-nginx.json';
  const status = run('npx', ['tsx', 'scripts/nginx-smoke.ts', '--no-build'], { CI: process.env.CI ?? '1' });
  return playwrightCounts(file, status);
});

console.log('\nSummary');
for (const o of outcomes) console.log(`  ${o.suite.padEnd(36)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed  ${o.seconds}s`);
const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
