/**
 * `npm run test:stress` (not part of `npm test`): proves the vitest and contract suites do not depend on
 * wall-clock time or machine speed. Runs them RUNS times (5 by default, `--runs=N` or STRESS_RUNS) in a
 * shuffled order with a fresh random seed each time, while one busy child process per core keeps the CPUs
 * saturated; prints each run's failed tests and a summary table, and exits non-zero on any failure.
 * The hogs are bounded (they stop by themselves after HOG_LIMIT_MS) and are killed when the script ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';

interface Suite {
  label: string;
  args: string[];
  env: Record<string, string>;
}

interface SuiteResult {
  passed: number;
  failed: number;
  /** Failed test names (`file > describe > test`), or a file that failed before its tests ran. */
  failures: string[];
  seconds: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
  }>;
}

const SUITES: Suite[] = [
  { label: 'unit (vitest)', args: [], env: {} },
  { label: 'contract (in-process)', args: ['--config', 'vitest.contract.config.ts'], env: { CONTRACT_TARGET: '' } },
  { label: 'contract (mock server)', args: ['--config', 'vitest.contract.config.ts'], env: { CONTRACT_TARGET: 'mock-server' } },
];

const runsArg = process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? process.env.STRESS_RUNS;
const RUNS = Math.max(1, Number(runsArg ?? 5) || 5);
const HOGS = cpus().length;
/** A hog never outlives this, even if the script is killed with SIGKILL. */
const HOG_LIMIT_MS = 90 * 60 * 1000;
const OUT = 'test-results/stress';

const hogs: ChildProcess[] = [];

function startHogs(): void {
  for (let i = 0; i < HOGS; i++) {
    const hog = spawn(process.execPath, ['-e', `const end = Date.now() + ${HOG_LIMIT_MS}; let x = 0; while (Date.now() < end) x = (x + Math.sqrt(x + 1)) % 1e9;`], { stdio: 'ignore' });
    hogs.push(hog);
  }
  console.log(`CPU hog: ${HOGS} busy processes (pids ${hogs.map((h) => h.pid).join(', ')}), stopping by themselves after ${HOG_LIMIT_MS / 60000} min`);
}

function stopHogs(): void {
  for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill('SIGKILL');
}

process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopHogs();
    process.exit(130);
  });
}

/** Runs vitest with its console output in `log` (the JSON report is what is read). */
function runVitest(args: string[], env: Record<string, string>, log: string): Promise<number> {
  const fd = openSync(log, 'w');
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...args], { stdio: ['ignore', fd, fd], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    child.on('close', (code) => {
      closeSync(fd);
      resolve(code ?? 1);
    });
  });
}

function readReport(file: string, status: number): Omit<SuiteResult, 'seconds'> {
  if (!existsSync(file)) return { passed: 0, failed: 1, failures: [`(no report: vitest exited ${status})`] };
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  const failures: string[] = [];
  for (const file of report.testResults) {
    const name = file.name.replace(`${process.cwd()}/`, '');
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests) {
      const reason = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 160);
      failures.push(`${name} > ${test.fullName}${reason ? `\n        ${reason}` : ''}`);
    }
    if (file.status === 'failed' && failedTests.length === 0) failures.push(`${name} (file failed: ${(file.message ?? '').split('\n')[0].slice(0, 160)})`);
  }
  // A run that crashed without naming a failure still counts as one.
  if (status !== 0 && failures.length === 0) failures.push(`(vitest exited ${status} without a failed test)`);
  return { passed: report.numPassedTests, failed: Math.max(report.numFailedTests, failures.length), failures };
}

async function main(): Promise<number> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  startHogs();
  const table: Array<{ run: number; seed: number; results: SuiteResult[] }> = [];
  for (let run = 1; run <= RUNS; run++) {
    const seed = Math.floor(Math.random() * 2 ** 31);
    console.log(`\n=== run ${run}/${RUNS} (--sequence.shuffle --sequence.seed=${seed})`);
    const results: SuiteResult[] = [];
    for (const [index, suite] of SUITES.entries()) {
      const file = `${OUT}/run${run}-${index}.json`;
      const log = `${OUT}/run${run}-${index}.log`;
      const started = Date.now();
      const status = await runVitest([...suite.args, '--sequence.shuffle', `--sequence.seed=${seed}`, '--reporter=json', `--outputFile.json=${file}`], suite.env, log);
      const result = { ...readReport(file, status), seconds: Math.round((Date.now() - started) / 1000) };
      results.push(result);
      console.log(`  ${suite.label.padEnd(24)} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed  ${result.seconds}s`);
      for (const failure of result.failures) console.log(`    FAILED ${failure}`);
      if (result.failures.length) console.log(`    (output: ${log})`);
    }
    table.push({ run, seed, results });
  }
  stopHogs();

  console.log(`\nSummary (${RUNS} shuffled runs, ${HOGS} CPU hogs)`);
  console.log(`  run  seed        ${SUITES.map((s) => s.label.padEnd(24)).join(' ')} failures`);
  let total = 0;
  for (const { run, seed, results } of table) {
    const failed = results.reduce((sum, r) => sum + r.failed, 0);
    total += failed;
    const cells = results.map((r) => `${r.passed}/${r.passed + r.failed} passed`.padEnd(24)).join(' ');
    console.log(`  ${String(run).padEnd(4)} ${String(seed).padEnd(11)} ${cells} ${failed}`);
  }
  console.log(total === 0 ? `0 failures in all ${RUNS} runs` : `${total} failures in ${RUNS} runs`);
  return total === 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
