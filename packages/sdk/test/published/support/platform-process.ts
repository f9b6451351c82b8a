// The standalone mock platform in its own process on a free loopback port, as `pnpm dev:platform` runs it
// (and e2e/playwright.config.ts, bench/mock-server-process.mjs): the published SDK talks to it over real
// HTTP, the way a hospital's server or web app talks to the platform.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const mockServerDir = join(__dirname, '../../../../mock-server');
const READY_TIMEOUT_MS = 30_000;

export interface PlatformProcess {
  baseURL: string;
  stop(): Promise<void>;
}

/** A port that is free right now (the OS picks it; the child then binds it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

export async function startPlatformProcess(): Promise<PlatformProcess> {
  const port = await freePort();
  // tsx resolves from the workspace root; the mock server's tsconfig maps @yika/sdk/domain to source.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', '--port', String(port), '--seed', '1'],
    {
      cwd: mockServerDir,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => (stderr += text));
  const exited = once(child, 'exit');
  const baseURL = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the mock platform exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${baseURL}/__control/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the mock platform did not answer within ${READY_TIMEOUT_MS} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseURL,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
