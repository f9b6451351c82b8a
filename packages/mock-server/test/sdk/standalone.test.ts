// The SDK over real sockets against the standalone mock platform: axios's own Node adapter, the
// platform's faults at the socket level, and a logger that must never see personal data or secrets.
import { createClient, type LogFields } from '@yika/sdk';
import { createPlatform, startServer, type RunningServer } from '@yika/mock-server';

let running: RunningServer;

beforeEach(async () => {
  running = await startServer({ platform: createPlatform({ seed: 3 }), port: 0, log: () => {} });
});
afterEach(() => running.close());

function client(logLines: string[] = []) {
  const record = (level: string) => (message: string, fields?: LogFields) =>
    logLines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return createClient({
    baseURL: running.url,
    channel: 'kiosk',
    now: () => running.platform.clock.now(),
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    hooks: {
      onRequest: (info) => logLines.push(`hook-request ${JSON.stringify(info)}`),
      onResponse: (info) => logLines.push(`hook-response ${JSON.stringify(info)}`),
    },
  });
}

it('signs in by SMS and reads the account, and no log line holds the phone, the code or a token', async () => {
  const phone = '13912345678';
  const logLines: string[] = [];
  const c = client(logLines);
  await c.auth.sendSmsCode(phone);
  const code = running.platform.sms.lastCode(phone);
  expect(code).toMatch(/^\d{6}$/);
  const session = await c.auth.loginWithSmsCode(phone, code!);
  const me = await c.auth.me();
  expect(me.id).toBe(session.account.id);
  expect(me.maskedPhone).toBe('139****5678');

  expect(logLines.length).toBeGreaterThan(0);
  const everything = logLines.join('\n');
  expect(everything).not.toContain(phone);
  expect(everything).not.toContain(code!);
  expect(everything).not.toContain(session.accessToken);
  expect(everything).not.toContain(session.refreshToken);
  // The access token's signature alone is also a secret.
  expect(everything).not.toContain(session.accessToken.split('.')[2]!);
});

it('a connection reset on the wire is retried and the call succeeds', async () => {
  running.platform.faults.inject({ kind: 'reset', path: '/v1/hospitals', times: 1 });
  const page = await client().hospitals.list({ limit: 5 });
  expect(page.data).toHaveLength(5);
});

it('commit-then-drop on the wire: the retried POST has exactly one effect', async () => {
  const phone = '13700000077';
  running.platform.faults.inject({ kind: 'commit-then-drop', method: 'POST', path: '/v1/auth/sms-codes' });
  const sent = await client().auth.sendSmsCode(phone);
  expect(sent.maskedPhone).toBe('137****0077');
  expect(running.platform.sms.sentCount(phone)).toBe(1);
});

it('iterates every hospital of the region across pages, each once', async () => {
  const c = client();
  const ids: string[] = [];
  for await (const hospital of c.hospitals.iterate({ limit: 4 })) ids.push(hospital.id);
  expect(ids.length).toBeGreaterThanOrEqual(11);
  expect(new Set(ids).size).toBe(ids.length);
  const firstPage = await c.hospitals.list({ limit: 50 });
  expect(ids).toEqual(firstPage.data.map((h) => h.id));
});
