// The verifier needs WebCrypto and jose; the mini-program has neither. Bundle each entry as an app's
// bundler would and prove which ones pull the verifier in, instead of trusting the import lists.
import { join } from 'node:path';
import { buildSync } from 'esbuild';

function bundledInputs(entry: string): string[] {
  const result = buildSync({
    entryPoints: [join(__dirname, '../../src', entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const pullsInVerifier = (inputs: string[]) =>
  inputs.some((input) => /node_modules\/(\.pnpm\/)?jose|src\/verify\//.test(input));

it.each(['index.ts', 'entries/taro.ts', 'entries/domain.ts'])(
  '%s never bundles jose or the verifier',
  (entry) => {
    const inputs = bundledInputs(entry);
    expect(inputs.length).toBeGreaterThan(5);
    expect(pullsInVerifier(inputs)).toBe(false);
  },
);

it('entries/verify.ts does (the check above can see it)', () => {
  expect(pullsInVerifier(bundledInputs('entries/verify.ts'))).toBe(true);
});

// The server entry (WeChat Pay notifications, webhook events) is for hospitals' servers: residents' apps
// never carry it.
const pullsInServer = (inputs: string[]) => inputs.some((input) => /src\/server\//.test(input));

it.each(['index.ts', 'entries/taro.ts', 'entries/domain.ts', 'entries/verify.ts'])(
  '%s never bundles the server entry (WeChat Pay notifications, webhook events)',
  (entry) => expect(pullsInServer(bundledInputs(entry))).toBe(false),
);

it('entries/server.ts does, with jose (webhook events) but without the card-code verifier or Node built-ins', () => {
  const inputs = bundledInputs('entries/server.ts');
  expect(pullsInServer(inputs)).toBe(true);
  expect(inputs.some((input) => /node_modules\/(\.pnpm\/)?jose/.test(input))).toBe(true);
  expect(inputs.some((input) => /src\/verify\/card-code/.test(input))).toBe(false);
  expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
});
