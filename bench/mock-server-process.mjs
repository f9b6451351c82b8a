// The standalone mock platform in a child process, as `pnpm dev:platform` runs it: the load generator and
// the server must not share one event loop (in production they never do), but they do share the machine's
// cores, which is what the booking targets assume. BENCH_CPU_PROF=<dir> writes the server's CPU profile
// there (node --cpu-prof) when it exits, to find where its time goes.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEALTH_TIMEOUT_MS = 30_000;
const STDERR_LINES_SHOWN = 30;

/** A port that is free right now (the OS picks it; the child then binds it). */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitForHealth(baseUrl, child) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the mock server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/__control/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the mock server did not answer /__control/health within ${HEALTH_TIMEOUT_MS} ms`);
}

/**
 * Copies the server's first error lines to ours: a bug under load fails thousands of requests alike, and
 * one stack trace tells as much as all of them.
 */
function forwardFirstLines(stream) {
  let shown = 0;
  let hidden = 0;
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (text) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (shown < STDERR_LINES_SHOWN) {
        shown++;
        process.stderr.write(`[mock-server] ${line}\n`);
      } else hidden++;
    }
  });
  return {
    summarise: () => {
      if (hidden > 0) process.stderr.write(`[mock-server] ... ${hidden} more lines of server errors\n`);
    },
  };
}

/** Starts `src/cli.ts` on the full seed (the default) and resolves once it answers; `stop()` ends it. */
export async function startMockServerProcess() {
  const port = await freePort();
  const profileDir = process.env.BENCH_CPU_PROF;
  const nodeArgs = [
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    '--import',
    'tsx',
    'packages/mock-server/src/cli.ts',
    '--port',
    String(port),
  ];
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    // SMS notices and the listening banner are noise here; errors reach the terminal, a few of them.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = forwardFirstLines(child.stderr);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    baseUrl,
    // SIGTERM lets the CLI close cleanly, which is also when node writes a --cpu-prof profile.
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      stderr.summarise();
    },
  };
}
