// The CLI as a developer runs it: starts, prints its URL, serves, and exits cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const packageDir = join(__dirname, '..');
const tsx = join(packageDir, '../../node_modules/.bin/tsx');

it('starts on the port from YIKA_MOCK_PORT, with the seed from --seed, and stops on SIGTERM', async () => {
  const child = spawn(tsx, ['src/cli.ts', '--seed', '4'], {
    cwd: packageDir,
    env: { ...process.env, YIKA_MOCK_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const match = /Yika mock platform listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', () => reject(new Error(`The CLI exited early:\n${output}`)));
    });
    const health = (await (await fetch(`${url}/__control/health`)).json()) as {
      status: string;
      seed: number;
    };
    expect(health).toMatchObject({ status: 'ok', seed: 4 });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
}, 30_000);
