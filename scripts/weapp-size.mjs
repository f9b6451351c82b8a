// Measures a weapp build the way WeChat counts it: the main package is every file outside the
// subpackage roots declared in app.json; the total is every file. Source maps are not uploaded.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const WEAPP_BUDGET = {
  mainPackageBytes: 700 * 1024, // our target; WeChat's own limit is 2 MB
  subpackageBytes: 2 * 1024 * 1024, // WeChat's limit per subpackage
  totalBytes: 2 * 1024 * 1024, // our target for now; WeChat's limit is 30 MB
};

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!entry.name.endsWith('.map')) yield path;
  }
}

export function measureWeapp(outputDir) {
  const appJson = JSON.parse(readFileSync(join(outputDir, 'app.json'), 'utf8'));
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  const subpackages = Object.fromEntries(roots.map((root) => [root, 0]));
  let mainPackageBytes = 0;
  let totalBytes = 0;
  for (const file of walk(outputDir)) {
    const size = statSync(file).size;
    const path = relative(outputDir, file).split(sep).join('/');
    totalBytes += size;
    const root = roots.find((r) => path.startsWith(r));
    if (root) subpackages[root] += size;
    else mainPackageBytes += size;
  }
  return { mainPackageBytes, totalBytes, subpackages };
}

export function budgetProblems({ mainPackageBytes, totalBytes, subpackages }) {
  const problems = [];
  if (mainPackageBytes > WEAPP_BUDGET.mainPackageBytes)
    problems.push(`main package ${mainPackageBytes} B > ${WEAPP_BUDGET.mainPackageBytes} B`);
  if (totalBytes > WEAPP_BUDGET.totalBytes)
    problems.push(`total ${totalBytes} B > ${WEAPP_BUDGET.totalBytes} B`);
  for (const [root, bytes] of Object.entries(subpackages))
    if (bytes > WEAPP_BUDGET.subpackageBytes) problems.push(`subpackage ${root} ${bytes} B > 2 MB`);
  return problems;
}
