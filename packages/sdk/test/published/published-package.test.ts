// The SDK as it is published (dist/, resolved by package name through package.json "exports"), used
// unchanged from Node 20 as an ES module and as CommonJS, and from a browser bundle in Chromium, each
// making real calls to the mock platform over HTTP. (The mini-program case: test/runtime.)
// Needs `pnpm --filter @yika/sdk build` first; `pnpm test` runs it after `check:package`, which builds.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type * as Sdk from '@yika/sdk';
import { openPageWithScript, type BrowserPage } from './support/browser-page';
import { startPlatformProcess, type PlatformProcess } from './support/platform-process';

const sdkRoot = join(__dirname, '../..');
const fixtures = join(__dirname, 'fixtures');
const run = promisify(execFile);

interface NodeOutcome {
  resolved: string;
  hospitals: string[];
  missing: { isYikaError: boolean; code: string; status: number };
  masked: string;
  verifier: string;
  webhooks: string;
}

let platform: PlatformProcess;

beforeAll(async () => {
  if (!existsSync(join(sdkRoot, 'dist/index.js')) || !existsSync(join(sdkRoot, 'dist/index.cjs'))) {
    throw new Error('dist/ is missing: run `pnpm --filter @yika/sdk build` first');
  }
  platform = await startPlatformProcess();
}, 40_000);

afterAll(async () => {
  await platform?.stop();
});

async function runInNode(fixture: string): Promise<NodeOutcome> {
  const { stdout } = await run(process.execPath, [join(fixtures, fixture)], {
    cwd: sdkRoot,
    env: { ...process.env, YIKA_BASE_URL: platform.baseURL },
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim()) as NodeOutcome;
}

function expectWorkingClient(outcome: NodeOutcome): void {
  expect(outcome.hospitals).toHaveLength(3);
  for (const name of outcome.hospitals) expect(name).toMatch(/医院/);
  // An answer of the platform, typed and branded the same way in either module system.
  expect(outcome.missing).toEqual({ isYikaError: true, code: 'NOT_FOUND', status: 404 });
  expect(outcome.masked).toBe('138****8000');
  expect(outcome.verifier).toBe('function');
  expect(outcome.webhooks).toBe('function');
}

describe('Node 20', () => {
  it('import (ESM) by package name loads dist/index.js and lists hospitals', async () => {
    const outcome = await runInNode('node-esm.mjs');
    expect(outcome.resolved).toBe(`file://${join(sdkRoot, 'dist/index.js')}`);
    expectWorkingClient(outcome);
  }, 40_000);

  it('require (CJS) by package name loads dist/index.cjs and lists hospitals', async () => {
    const outcome = await runInNode('node-cjs.cjs');
    expect(outcome.resolved).toBe(join(sdkRoot, 'dist/index.cjs'));
    expectWorkingClient(outcome);
  }, 40_000);
});

describe('a browser bundle in Chromium', () => {
  let browser: BrowserPage | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles the built ESM entry and lists hospitals across origins', async () => {
    const bundle = await build({
      entryPoints: [join(fixtures, 'browser-entry.mjs')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2018',
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: sdkRoot,
      // Not the workspace's tsconfig "paths" (they map @yika/sdk to source): a consumer's bundler has
      // only package.json "exports" to go by.
      tsconfigRaw: {},
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContain('dist/index.js');
    expect(inputs.filter((input) => input.startsWith('src/'))).toEqual([]);

    browser = await openPageWithScript(bundle.outputFiles[0]!.text);
    const outcome = await browser.page.evaluate(async (baseURL) => {
      const { createClient, isYikaError } = (globalThis as unknown as { yika: typeof Sdk }).yika;
      const yika = createClient({ baseURL, channel: 'web' });
      const page = await yika.hospitals.list({ limit: 3 });
      let missing: unknown;
      try {
        await yika.hospitals.get('no-such-hospital');
      } catch (error) {
        missing = isYikaError(error)
          ? { code: error.code, requestId: 'requestId' in error }
          : 'not a YikaError';
      }
      return { hospitals: page.data.map((hospital) => hospital.name), missing };
    }, platform.baseURL);

    expect(browser.origin).not.toBe(platform.baseURL);
    expect(outcome.hospitals).toHaveLength(3);
    // The error's request id comes from X-Request-Id, readable only because CORS exposes it.
    expect(outcome.missing).toEqual({ code: 'NOT_FOUND', requestId: true });
  }, 60_000);
});
