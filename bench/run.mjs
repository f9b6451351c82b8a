// `pnpm bench`: size and speed figures, printed and written to bench/results.json (a flat object of
// named numbers). Targets (issue 2): sdkOwnGzipBytes <= 12 KB, sdkMiniappBundleGzipBytes <= 40 KB,
// weappMainPackageBytes <= 700 KB, sdkRequestOverheadRatio <= 1.15; (issue 4, against the standalone mock
// server in its own process on this machine) slotQueryP95Ms <= 20, holdThroughputPerSec >= 1000 with
// holdOversell 0. A broken booking guarantee (oversell, a wrong refusal) fails the run.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { measureWeapp } from '../scripts/weapp-size.mjs';
import { measureBookingLoad } from './booking-load.mjs';
import { measureRequestOverhead } from './request-overhead.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sdk = join(root, 'packages/sdk');
const KB = 1024;

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function gzipBundleBytes(entry, { external = [], platform }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2018',
    external,
    write: false,
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const results = {};

// The SDK's own code: every dependency left out.
results.sdkOwnGzipBytes = await gzipBundleBytes(join(sdk, 'src/index.ts'), {
  external: ['axios', 'dayjs', 'dayjs/*'],
  platform: 'neutral',
});
// What the mini-program pays for the SDK: its Taro entry with axios and dayjs bundled in.
results.sdkMiniappBundleGzipBytes = await gzipBundleBytes(join(sdk, 'src/entries/taro.ts'), {
  platform: 'browser',
});
results.sdkDomainGzipBytes = await gzipBundleBytes(join(sdk, 'src/entries/domain.ts'), {
  platform: 'browser',
});

run('node', ['scripts/build-weapp.mjs']);
const weapp = measureWeapp(join(root, 'packages/miniapp/dist/weapp'));
results.weappMainPackageBytes = weapp.mainPackageBytes;
results.weappTotalBytes = weapp.totalBytes;
for (const [subpackageRoot, bytes] of Object.entries(weapp.subpackages)) {
  // 'subpackages/hospital/' -> weappSubpackageHospitalBytes
  const name = subpackageRoot.split('/').filter(Boolean).pop() ?? subpackageRoot;
  const camel = name.replace(/[^a-zA-Z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
  results[`weappSubpackage${camel.charAt(0).toUpperCase()}${camel.slice(1)}Bytes`] = bytes;
}

run('pnpm', ['--filter', '@yika/sdk', 'build']);
const overhead = await measureRequestOverhead(join(sdk, 'dist/index.js'));
Object.assign(results, overhead);

// After the SDK build: the mock server reads @yika/sdk/domain from its dist.
const booking = await measureBookingLoad();
Object.assign(results, booking.figures);

const maxima = {
  sdkOwnGzipBytes: 12 * KB,
  sdkMiniappBundleGzipBytes: 40 * KB,
  weappMainPackageBytes: 700 * KB,
  sdkRequestOverheadRatio: 1.15,
  slotQueryP95Ms: 20,
  holdOversell: 0,
};
const minima = { holdThroughputPerSec: 1000 };

function verdict(name, value) {
  if (maxima[name] !== undefined) {
    return `  (target <= ${maxima[name]}: ${value <= maxima[name] ? 'ok' : 'OVER'})`;
  }
  if (minima[name] !== undefined) {
    return `  (target >= ${minima[name]}: ${value >= minima[name] ? 'ok' : 'UNDER'})`;
  }
  return '';
}

console.log('\nYika bench');
for (const [name, value] of Object.entries(results)) {
  console.log(`  ${name.padEnd(34)} ${value}${verdict(name, value)}`);
}
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWrote bench/results.json');
if (booking.failures.length > 0) {
  console.error(`\nBooking under load broke its guarantees:\n  ${booking.failures.join('\n  ')}`);
  process.exitCode = 1;
}
