// `pnpm test`: every check the project has, in the order that fails fastest.
// typecheck (incl. stale generated types and the contract lint) -> lint -> unit/contract tests of each
// package -> the SDK as published (build, publint + attw, size budgets, the built package in Node ESM/CJS
// and a Chromium bundle) -> docs build -> production builds (weapp size budget, H5) -> browser tests in
// Debian's chromium.
// Prints a closing line "N passed, N failed" counting the individual tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, '.tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Jest projects by name and folder; examples/ holds the guides' runnable code, run against the mock platform.
const jestProjects = {
  sdk: 'packages/sdk',
  'mock-server': 'packages/mock-server',
  miniapp: 'packages/miniapp',
  examples: 'examples',
};
const jestPackages = Object.keys(jestProjects);
// Each step takes well under 2 minutes; one that hangs is killed and reported instead of using up CI's time.
const STEP_TIMEOUT_MS = 10 * 60_000;
const steps = [
  ['chromium for browser tests', 'bash', ['scripts/ensure-chromium.sh']],
  ['typecheck', 'pnpm', ['typecheck']],
  ['lint', 'pnpm', ['lint']],
  ...jestPackages.map((name) => [
    `jest: ${name}`,
    'pnpm',
    [
      '--dir',
      jestProjects[name],
      'exec',
      'jest',
      '--json',
      `--outputFile=${join(reports, `jest-${name}.json`)}`,
    ],
  ]),
  // Builds dist/ (tsup), then lints the packed package (publint) and its types in every resolution mode
  // (attw: node10, node16 CJS and ESM, bundler) for the five entry points.
  ['sdk package: build, publint, attw', 'pnpm', ['--filter', '@yika/sdk', 'check:package']],
  ['sdk size budgets (size-limit)', 'pnpm', ['--filter', '@yika/sdk', 'size']],
  [
    'jest: sdk as published (Node ESM + CJS, Chromium bundle)',
    'pnpm',
    [
      '--dir',
      'packages/sdk',
      'exec',
      'jest',
      '-c',
      'jest.published.config.cjs',
      '--json',
      `--outputFile=${join(reports, 'jest-sdk-published.json')}`,
    ],
  ],
  // ~15 s: the SDK reference (TypeDoc, warnings are errors) and the contract's reference (Redocly).
  ['docs build (TypeDoc + Redocly)', 'node', ['scripts/build-docs.mjs']],
  ['weapp build + size budget', 'node', ['scripts/build-weapp.mjs', '--check-budget']],
  ['browser tests (H5 in chromium)', 'pnpm', ['test:e2e']],
];

const started = Date.now();
for (const [label, command, args] of steps) {
  const stepStart = Date.now();
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    timeout: STEP_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    const why =
      result.signal === 'SIGKILL' ? ` (killed: still running after ${STEP_TIMEOUT_MS / 60_000} min)` : '';
    console.error(`\n✗ ${label} failed after ${seconds}s${why}`);
    printTotals();
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
printTotals();

function printTotals() {
  let passed = 0;
  let failed = 0;
  for (const name of [...jestPackages, 'sdk-published']) {
    const file = join(reports, `jest-${name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  const e2eFile = join(reports, 'e2e.json');
  if (existsSync(e2eFile)) {
    const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  console.log(`${passed} passed, ${failed} failed`);
}
