// The standalone server's app registration (/__control/apps): a developer registers an app with its public
// key, then signs in with client credentials over the socket through the SDK; the seeded test apps are
// listed with their private keys for local tools.
import { generateKeyPairSync } from 'node:crypto';
import { createClient } from '@yika/sdk';
import { privateKeyJwt } from '@yika/sdk/server';
import { createPlatform, startServer, type RunningServer, type TestApp } from '../src';

let server: RunningServer;
const control = (path: string, body?: unknown) =>
  fetch(`${server.url}/__control${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });

beforeAll(async () => {
  server = await startServer({
    platform: createPlatform({ validateResponses: true }),
    port: 0,
    log: () => {},
  });
});
afterAll(() => server.close());

it('registers an app with its public key, which then signs in over the socket', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const hospitalId = server.platform.hospitalKeys()[0]!.hospitalId;
  const registered = await control('/apps', {
    clientId: 'app_dev_kiosk',
    kind: 'hospital',
    hospitalId,
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'dev-1' }],
  });
  expect(registered.status).toBe(201);
  expect(await registered.json()).toMatchObject({
    clientId: 'app_dev_kiosk',
    hospitalId,
    scopes: ['hospital'],
  });

  const kiosk = createClient({
    baseURL: server.url,
    channel: 'kiosk',
    clientAuth: privateKeyJwt({
      clientId: 'app_dev_kiosk',
      privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      keyId: 'dev-1',
      now: () => server.platform.clock.now(),
    }),
  });
  await expect(kiosk.webhooks.list()).resolves.toEqual([]);
});

it('refuses a registration that makes no sense, and lists the seeded test apps with their keys', async () => {
  for (const body of [
    { kind: 'robot', keys: [] },
    { kind: 'third_party', keys: 'none' },
    { kind: 'hospital', hospitalId: 'hos_nowhere', keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }] },
    { kind: 'third_party', keys: [{ kty: 'oct', k: 'secret' }] },
  ]) {
    expect((await control('/apps', body)).status).toBe(400);
  }
  const { data } = (await (await control('/apps')).json()) as { data: TestApp[] };
  expect(data.map((app) => [app.clientId, app.kind])).toEqual([
    ['app_test_hospital', 'hospital'],
    ['app_test_third_party', 'third_party'],
  ]);
  expect(data[0]!.privateJwk.d).toEqual(expect.any(String));
});
