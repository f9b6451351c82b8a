// The standalone server, over real sockets with plain fetch.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform, startServer, type RunningServer } from '../src';
import type { HospitalPage, Session } from '../src/contract/wire';
import { createApi, errorOf, expectNetworkError, jsonOf, type Api } from './support/api';
import { findSchedule, hospitalNamed } from './support/booking';
import { rawGet } from './support/raw-http';

const sms = { phone: '13912345678', purpose: 'login' };

describe('standalone server', () => {
  let server: RunningServer;
  let api: Api;
  const logged: string[] = [];
  const control = (path: string, init?: { method?: string; body?: unknown }) =>
    fetch(`${server.url}/__control${path}`, {
      method: init?.method ?? (init?.body === undefined ? 'GET' : 'POST'),
      ...(init?.body === undefined
        ? {}
        : { body: JSON.stringify(init.body), headers: { 'Content-Type': 'application/json' } }),
    });

  beforeAll(async () => {
    server = await startServer({
      platform: createPlatform({ validateResponses: true }),
      port: 0,
      log: (line) => logged.push(line),
    });
    api = createApi(server.url);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.platform.reset();
    logged.length = 0;
  });

  it('listens on 127.0.0.1 and serves the platform', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = jsonOf<HospitalPage>(await api.get('/v1/hospitals?limit=2'));
    expect(page.data).toHaveLength(2);
    const notFound = await api.get('/v1/nope');
    expect([notFound.status, errorOf(notFound).code]).toEqual([404, 'NOT_FOUND']);
    const outside = await api.get('/elsewhere');
    expect([outside.status, errorOf(outside).code]).toEqual([404, 'NOT_FOUND']);
    expect(outside.headers.get('x-request-id')).toBe(errorOf(outside).requestId);
  });

  it('runs a whole sign-in over HTTP and prints the SMS code with the phone masked', async () => {
    expect((await api.post('/v1/auth/sms-codes', sms)).status).toBe(202);
    const { code, sentCount } = (await (await control(`/sms?phone=${sms.phone}`)).json()) as {
      code: string;
      sentCount: number;
    };
    expect(sentCount).toBe(1);
    expect(logged).toEqual([`[sms] 139****5678 验证码 ${code}`]);
    expect(logged.join('\n')).not.toContain(sms.phone);
    const session = jsonOf<Session>(await api.post('/v1/auth/sms-login', { phone: sms.phone, code }));
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(200);
  });

  describe('CORS', () => {
    it('answers preflights for any origin', async () => {
      const response = await fetch(`${server.url}/v1/auth/sms-codes`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:10086',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key,x-yika-channel,authorization',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:10086');
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
      for (const header of ['authorization', 'x-yika-channel', 'idempotency-key', 'content-type']) {
        expect(allowed).toContain(header);
      }
    });

    it('lets browsers read X-Request-Id on answers and errors', async () => {
      for (const path of ['/v1/districts', '/v1/hospitals/hos_missing']) {
        const response = await fetch(`${server.url}${path}`, {
          headers: { Origin: 'https://h5.example.cn', 'X-Yika-Channel': 'web' },
        });
        expect(response.headers.get('access-control-allow-origin')).toBe('https://h5.example.cn');
        expect(response.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
        expect(response.headers.get('x-request-id')).toMatch(/^req_/);
      }
    });
  });

  describe('faults at the socket', () => {
    it('error: a real HTTP error answer', async () => {
      await control('/faults', { body: { rules: [{ kind: 'error', status: 503, retryAfterSeconds: 2 }] } });
      const exchange = await api.get('/v1/districts');
      expect([exchange.status, exchange.headers.get('retry-after')]).toEqual([503, '2']);
      expect((await api.get('/v1/districts')).status).toBe(200);
    });

    it('latency: the answer comes late', async () => {
      await control('/faults', { body: { rules: [{ kind: 'latency', latencyMs: 150 }] } });
      const started = performance.now();
      expect((await api.get('/v1/districts')).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    });

    it('reset: the connection is destroyed, nothing is committed', async () => {
      server.platform.faults.inject({ kind: 'reset', path: '/v1/auth/sms-codes' });
      await expectNetworkError(api.post('/v1/auth/sms-codes', sms));
      expect(server.platform.sms.sentCount()).toBe(0);
      expect((await api.post('/v1/auth/sms-codes', sms)).status).toBe(202);
    });

    it('commit-then-drop: the connection is destroyed after the work was committed', async () => {
      await control('/faults', {
        body: { rules: [{ kind: 'commit-then-drop', method: 'POST', path: '/v1/auth' }] },
      });
      await expectNetworkError(api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'server-drop-01' }));
      const { sentCount } = (await (await control(`/sms?phone=${sms.phone}`)).json()) as {
        sentCount: number;
      };
      expect(sentCount).toBe(1);
      const retry = await api.post('/v1/auth/sms-codes', sms, { idempotencyKey: 'server-drop-01' });
      expect([retry.status, retry.headers.get('idempotent-replayed')]).toEqual([202, 'true']);
    });

    it('times: "Infinity" over JSON, cleared with DELETE', async () => {
      await control('/faults', {
        body: { rules: [{ kind: 'error', path: '/v1/hospitals', times: 'Infinity' }] },
      });
      for (let i = 0; i < 3; i++) expect((await api.get('/v1/hospitals')).status).toBe(503);
      expect((await control('/faults', { method: 'DELETE' })).status).toBe(204);
      expect((await api.get('/v1/hospitals')).status).toBe(200);
    });
  });

  describe('control API', () => {
    it('health, reset with a seed, and the clock', async () => {
      const health = (await (await control('/health')).json()) as {
        status: string;
        seed: number;
        now: number;
      };
      expect(health).toMatchObject({ status: 'ok', seed: 1 });
      const before = jsonOf<HospitalPage>(await api.get('/v1/hospitals?limit=1')).data[0]!.id;
      const reset = (await (await control('/reset', { body: { seed: 2 } })).json()) as { seed: number };
      expect(reset.seed).toBe(2);
      expect(jsonOf<HospitalPage>(await api.get('/v1/hospitals?limit=1')).data[0]!.id).not.toBe(before);

      const set = (await (
        await control('/clock', { body: { set: '2026-11-23T08:00:00+08:00' } })
      ).json()) as {
        now: number;
        iso: string;
      };
      expect(set.iso).toBe('2026-11-23T08:00:00+08:00');
      const advanced = (await (await control('/clock', { body: { advanceMs: 3_600_000 } })).json()) as {
        iso: string;
      };
      expect(advanced.iso.startsWith('2026-11-23T09:00:0')).toBe(true);
      const read = (await (await control('/clock')).json()) as { now: number };
      expect(read.now - set.now).toBeGreaterThanOrEqual(3_600_000);
      expect(server.platform.clock.now() - read.now).toBeLessThan(60_000);
    });

    it('enrols residents with cards and gives a slot a known capacity, for contended holds', async () => {
      await control('/clock', { body: { set: '2026-11-25T10:00:00+08:00' } });
      const hospitalId = hospitalNamed(server.platform, '明州市第一人民医院').id;
      const schedule = findSchedule(
        server.platform,
        { from: '2026-11-26', days: 3, doctors: (doctor) => doctor.hospitalId === hospitalId },
        (candidate) => !candidate.stopped,
      );
      const slotId = schedule.slots[0]!.id;
      const sized = await control(`/slots/${slotId}/capacity`, { body: { capacity: 40 } });
      expect([sized.status, await sized.json()]).toEqual([
        200,
        {
          slotId,
          scheduleId: schedule.id,
          capacity: 40,
          shared: 32,
          kept: [{ channels: ['window', 'kiosk'], places: 8 }],
        },
      ]);
      expect(
        (await control('/slots/sch_zzzzzzzz_20261126m_00/capacity', { body: { capacity: 4 } })).status,
      ).toBe(404);
      expect((await control(`/slots/${slotId}/capacity`, { body: { capacity: 0 } })).status).toBe(400);

      const enrolled = await control('/residents', { body: { count: 40 } });
      const { data } = (await enrolled.json()) as {
        data: { accountId: string; openid: string; loginCode: string; cardRef: string }[];
      };
      expect(data).toHaveLength(40);
      expect(new Set(data.map((resident) => resident.cardRef)).size).toBe(40);
      expect((await control('/residents', { body: { count: 0 } })).status).toBe(400);
      const answers = await Promise.all(
        data.map(async (resident) => {
          const session = jsonOf<Session>(
            await api.post('/v1/auth/wechat-login', { code: resident.loginCode }),
          );
          expect(session.account.id).toBe(resident.accountId);
          return api.post('/v1/holds', { slotId, cardRef: resident.cardRef }, { token: session.accessToken });
        }),
      );
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(32);
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(8);
      // Places are taken: the capacity is fixed now.
      expect((await control(`/slots/${slotId}/capacity`, { body: { capacity: 10 } })).status).toBe(409);
    });

    it('issues WeChat login codes that sign in', async () => {
      const { code } = (await (
        await control('/wechat/codes', { body: { openid: 'o_e2e_resident' } })
      ).json()) as {
        code: string;
      };
      const session = jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code }));
      expect(server.platform.store.accounts.findByOpenid('o_e2e_resident')?.id).toBe(session.account.id);
      const demo = (await (await control('/wechat/codes', { body: {} })).json()) as { code: string };
      expect(
        jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code: demo.code })).account.wechatBound,
      ).toBe(true);
    });

    it('lists the hospitals’ keys, which verify card codes over the socket', async () => {
      const { data } = (await (await control('/hospital-keys')).json()) as {
        data: { hospitalId: string; name: string; key: string }[];
      };
      expect(data).toHaveLength(server.platform.store.hospitals.all().length);
      const [first] = data;
      expect(first).toEqual({
        hospitalId: expect.stringMatching(/^hos_/),
        name: expect.any(String),
        key: server.platform.hospitalKey(first!.hospitalId),
      });
      const card = server.platform.store.cardModel.cards.all()[0]!;
      const verified = await api.post(
        '/v1/card-codes/verify',
        { qrText: `${card.cardId}:1` },
        { headers: { 'X-Yika-Hospital-Key': first!.key } },
      );
      expect(verified.status).toBe(200);
      // Browsers send the key from other origins: the preflight allows it.
      const preflight = await fetch(`${server.url}/v1/card-codes/verify`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://kiosk.example.cn', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Yika-Hospital-Key');
    });

    it('suspends and restores a card by its card ID', async () => {
      const card = server.platform.store.cardModel.cards.all()[0]!;
      const suspended = await control(`/cards/${card.cardId}/suspend`, { body: {} });
      expect([suspended.status, await suspended.json()]).toEqual([200, { state: 'suspended' }]);
      expect(server.platform.store.cardModel.cards.get(card.cardId)?.state).toBe('suspended');
      expect((await control(`/cards/${card.cardId}/restore`, { body: {} })).status).toBe(200);
      expect(server.platform.store.cardModel.cards.get(card.cardId)?.state).toBe('normal');
      expect((await control(`/cards/${'A'.repeat(64)}/suspend`, { body: {} })).status).toBe(404);
    });

    it('prints card SMS codes with the phone masked and the purpose', async () => {
      await api.post('/v1/auth/sms-codes', { phone: '13912345678', purpose: 'card' });
      const code = server.platform.sms.lastCode('13912345678', 'card');
      expect(logged).toEqual([`[sms] 139****5678 验证码 ${code}（办卡）`]);
    });

    it('refuses bad input with 400 and unknown routes with 404', async () => {
      expect((await control('/reset', { body: { seed: 'one' } })).status).toBe(400);
      expect((await control('/clock', { body: { set: 'yesterday' } })).status).toBe(400);
      expect((await control('/clock', { body: { advanceMs: '5' } })).status).toBe(400);
      expect((await control('/faults', { body: { rules: [{ kind: 'meteor' }] } })).status).toBe(400);
      expect((await control('/faults', { body: {} })).status).toBe(400);
      expect((await control('/sms')).status).toBe(400);
      expect((await control('/wechat/codes', { body: { openid: 3 } })).status).toBe(400);
      const malformed = await fetch(`${server.url}/__control/reset`, { method: 'POST', body: '{' });
      expect(malformed.status).toBe(400);
      expect((await control('/nothing')).status).toBe(404);
      expect((await control('/sms?phone=13700000000')).status).toBe(200);
    });
  });
});

describe('standalone server with a static directory', () => {
  let server: RunningServer;
  let root: string;
  let outside: string;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'yika-static-'));
    root = join(base, 'h5');
    outside = join(base, 'secret.txt');
    mkdirSync(join(root, 'js'), { recursive: true });
    mkdirSync(join(root, 'pages'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>医卡</title>');
    writeFileSync(join(root, 'js', 'app.js'), 'console.log("app")');
    writeFileSync(join(root, 'js', 'app.css'), 'body{}');
    writeFileSync(join(root, 'pages', 'index.html'), '<p>pages</p>');
    writeFileSync(join(root, 'logo.svg'), '<svg/>');
    writeFileSync(outside, 'top secret');
    symlinkSync(outside, join(root, 'leak.txt'));
    server = await startServer({ port: 0, staticDir: root, log: () => undefined });
  });
  afterAll(async () => {
    await server.close();
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('serves index.html at / and files with their content types', async () => {
    const cases = [
      ['/', 'text/html; charset=utf-8', '医卡'],
      ['/index.html', 'text/html; charset=utf-8', '医卡'],
      ['/js/app.js', 'text/javascript; charset=utf-8', 'console.log'],
      ['/js/app.css', 'text/css; charset=utf-8', 'body'],
      ['/logo.svg', 'image/svg+xml', '<svg/>'],
      ['/pages/', 'text/html; charset=utf-8', 'pages'],
    ] as const;
    for (const [path, type, text] of cases) {
      const response = await fetch(`${server.url}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
      expect(await response.text()).toContain(text);
    }
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/v1/districts`, { headers: { 'X-Yika-Channel': 'web' } })).status).toBe(
      200,
    );
  });

  it('never serves anything outside the directory', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/js/..%2f..%2fsecret.txt',
      '/leak.txt',
    ]) {
      const response = await rawGet(server.url, path);
      expect([path, response.status]).toEqual([path, 403]);
      expect(response.body).not.toContain('top secret');
    }
    for (const path of ['/../secret.txt', '/js/../../secret.txt']) {
      const response = await rawGet(server.url, path);
      expect(response.body).not.toContain('top secret');
      expect(response.status).toBe(404);
    }
    expect((await rawGet(server.url, '/%E0%A4%A')).status).toBe(400);
  });
});

it('refuses a static directory that does not exist', async () => {
  await expect(
    startServer({ port: 0, staticDir: '/nonexistent/yika-h5', log: () => undefined }),
  ).rejects.toThrow(/not a directory/);
});
