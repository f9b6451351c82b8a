// `pnpm start`: runs Yika locally. Builds the mini-program for H5 and for WeChat (weapp), both pointed at
// the mock platform, then serves the mock platform with the H5 build on one port.
//   YIKA_PORT=4010 (default)   the port for the platform and the H5 app
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.YIKA_PORT ?? 4010);
const platformUrl = `http://127.0.0.1:${port}`;
const env = { ...process.env, YIKA_API_BASE_URL: process.env.YIKA_API_BASE_URL ?? platformUrl };

for (const target of ['h5', 'weapp']) {
  console.log(`\nBuilding the mini-program for ${target} (platform: ${env.YIKA_API_BASE_URL})...`);
  const build = spawnSync('pnpm', ['--filter', '@yika/miniapp', `build:${target}`], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const h5Dir = join(root, 'packages/miniapp/dist/h5');
const weappDir = join(root, 'packages/miniapp');
const server = spawn(
  'pnpm',
  ['--filter', '@yika/mock-server', 'start', '--port', String(port), '--static', h5Dir],
  { cwd: root, stdio: 'inherit', env },
);
setTimeout(() => {
  console.log(`
Yika is running.
  H5 mini-program (open in a browser): ${platformUrl}/
  Mock platform API:                    ${platformUrl}/v1/hospitals
  WeChat mini-program: import ${weappDir} into WeChat DevTools (project.config.json points at dist/weapp);
  in DevTools' local settings, allow requests to non-HTTPS domains so it can reach the mock platform.
Stop with Ctrl+C.`);
}, 1500);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
