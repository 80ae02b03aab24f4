/**
 * npm test: every check, in order, each counted — type-check, lint, data validation, unit tests
 * (twice, in two far-apart time zones), the production build and the browser tests. It runs them
 * all even after a failure, so one run shows everything that is wrong, and ends with the line
 * "N passed, N failed" adding up every runner's counts. Exits 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(ROOT, 'test-results');

interface Counts {
  passed: number;
  failed: number;
  skipped?: number;
}

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads the runner's own counts; without it the step counts as one check. */
  counts?: () => Counts;
  /** Skip when an earlier step of these names failed (the browser tests need the build). */
  needs?: string[];
}

const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name);

function vitestCounts(file: string): () => Counts {
  return () => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  };
}

function playwrightCounts(): Counts {
  const report = JSON.parse(readFileSync(resolve(RESULTS, 'e2e.json'), 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

/** The audit tool exits 0 on a clean audit, 1 on a high or critical advisory, 3 if the registry did not answer. */
let auditStatus: number | null = null;
function auditCounts(): Counts {
  if (auditStatus === 3) return { passed: 0, failed: 0, skipped: 1 };
  return auditStatus === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

const unitRun = (timeZone: string, tag: string): Step => ({
  name: `unit tests (TZ=${timeZone})`,
  command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile=test-results/unit-${tag}.json`],
  env: { TZ: timeZone },
  counts: vitestCounts(resolve(RESULTS, `unit-${tag}.json`)),
});

const steps: Step[] = [
  { name: 'types', command: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  { name: 'data', command: [bin('tsx'), 'src/tools/validate.ts'] },
  { name: 'audit', command: [bin('tsx'), 'src/tools/audit.ts'], counts: auditCounts },
  unitRun('Pacific/Kiritimati', 'kiritimati'),
  unitRun('America/Los_Angeles', 'los-angeles'),
  { name: 'build', command: [bin('vite'), 'build', '--logLevel', 'warn'] },
  { name: 'browser tests', command: [bin('playwright'), 'test'], counts: playwrightCounts, needs: ['build'] },
];

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const total: Required<Counts> = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
const summary: string[] = [];

for (const step of steps) {
  if (step.needs?.some((name) => failedSteps.includes(name))) {
    console.log(`\n■ ${step.name}: not run, because ${step.needs.join(', ')} failed`);
    total.failed += 1;
    failedSteps.push(step.name);
    summary.push(`  ✗ ${step.name}: not run`);
    continue;
  }
  console.log(`\n■ ${step.name}: ${step.command.map((part) => part.replace(`${ROOT}/`, '')).join(' ')}`);
  const [command, ...args] = step.command as [string, ...string[]];
  const run = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (step.name === 'audit') auditStatus = run.status;
  let counts: Counts;
  try {
    counts = step.counts ? step.counts() : run.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  } catch {
    counts = { passed: 0, failed: 1 }; // the runner died before writing its report
  }
  if (run.status !== 0 && counts.failed === 0 && !counts.skipped) counts.failed = 1; // a crash outside any test still fails
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped ?? 0;
  const ok = counts.failed === 0;
  if (!ok) failedSteps.push(step.name);
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  summary.push(`  ${ok ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
}

console.log(`\nSummary\n${summary.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed === 0 ? 0 : 1;
