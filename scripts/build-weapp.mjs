// Production weapp build (the one to upload or open in WeChat DevTools), optionally checked against
// the size budget: node scripts/build-weapp.mjs [--check-budget]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { measureWeapp, budgetProblems } from './weapp-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync('pnpm', ['--filter', '@yika/miniapp', 'build:weapp'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const sizes = measureWeapp(join(root, 'packages/miniapp/dist/weapp'));
console.log(
  `weapp: main package ${(sizes.mainPackageBytes / 1024).toFixed(1)} KB, total ${(sizes.totalBytes / 1024).toFixed(1)} KB`,
);
if (process.argv.includes('--check-budget')) {
  const problems = budgetProblems(sizes);
  if (problems.length > 0) {
    console.error(`weapp over budget: ${problems.join('; ')}`);
    process.exit(1);
  }
}
