// `pnpm --filter @yika/mock-server start [--port 4010] [--host 127.0.0.1] [--seed 1] [--static <dir>]
//   [--validate-responses]` (the port also comes from YIKA_MOCK_PORT).
import { parseArgs } from 'node:util';
import { createPlatform, DEFAULT_SEED } from './platform';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from './server';
import { wechatPayOptionsFromEnv } from './wxpay/env';

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new Error(`--${name} must be an integer, got ${value}`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      static: { type: 'string' },
      'validate-responses': { type: 'boolean' },
    },
  });
  const seed = integer('seed', values.seed, DEFAULT_SEED);
  const running = await startServer({
    platform: createPlatform({
      seed,
      validateResponses: values['validate-responses'] ?? false,
      // YIKA_WXPAY_* (see docs/wechat-pay-simulator.md): the test merchant's keys and notify URL.
      wechatPay: wechatPayOptionsFromEnv(process.env),
    }),
    port: integer('port', values.port ?? process.env.YIKA_MOCK_PORT, DEFAULT_PORT),
    host: values.host ?? DEFAULT_HOST,
    ...(values.static === undefined ? {} : { staticDir: values.static }),
  });
  console.log(`Yika mock platform listening on ${running.url}`);
  console.log(`  seed ${seed}${values.static === undefined ? '' : `, serving ${values.static} at /`}`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}, closing.`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
