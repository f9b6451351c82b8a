import { getContract } from '../src/contract';
import { createApi, errorOf, type Exchange } from './support/api';
import { usePlatform } from './support/msw';

usePlatform();
const api = createApi();
const contract = getContract();

/** A concrete path for each operation (a real-looking id where the path has one). */
const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, 'hos_sample1');
// WeChat Pay's notification receiver takes WeChat's headers (Wechatpay-*), not Yika's channel and
// idempotency key; its refusals are tested in wxpay.notify.test.ts. The OAuth token endpoint speaks RFC
// 6749 (a form body, no Yika headers); its malformed requests are tested in oauth.client-assertion.test.ts.
const yikaOperations = contract.operations.filter(
  (operation) =>
    operation.operationId !== 'receiveWechatPayNotification' && operation.operationId !== 'issueAppToken',
);
const postOperations = contract.operations.filter((operation) => operation.method === 'post');
const bodyOperations = yikaOperations.filter((operation) => operation.requestBody !== undefined);
const bodylessMutations = contract.operations.filter(
  (operation) => operation.requestBody === undefined && operation.method !== 'get',
);

function expectValidationFailure(exchange: Exchange, field?: string): void {
  expect(exchange.status).toBe(400);
  const error = errorOf(exchange);
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.message).toBe('请求参数有误，请检查后重试');
  expect(exchange.headers.get('x-request-id')).toBe(error.requestId);
  expect(error.details?.length).toBeGreaterThan(0);
  for (const detail of error.details ?? []) {
    expect(detail.field).toMatch(/^(body|query|header|path)(\.|\[|$)/);
    expect(detail.issue).not.toBe('');
  }
  if (field !== undefined) expect(error.details?.map((detail) => detail.field)).toContain(field);
}

describe('malformed requests get 400 VALIDATION_FAILED with details, never a 500', () => {
  it.each(yikaOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s without X-Yika-Channel, or with an unknown channel',
    async (_id, operation) => {
      const method = operation.method.toUpperCase();
      const body = operation.requestBody ? {} : undefined;
      expectValidationFailure(
        await api.send(method, samplePath(operation.path), body, { noChannel: true }),
        'header.X-Yika-Channel',
      );
      expectValidationFailure(
        await api.send(method, samplePath(operation.path), body, { headers: { 'X-Yika-Channel': 'fax' } }),
        'header.X-Yika-Channel',
      );
    },
  );

  it.each(bodyOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s: missing or bad Idempotency-Key, bad JSON, wrong content type, empty body, unknown fields, wrong types',
    async (_id, operation) => {
      const method = operation.method.toUpperCase();
      const path = samplePath(operation.path);
      const post = (body?: unknown, options?: Parameters<typeof api.send>[3]) =>
        api.send(method, path, body, options);
      expectValidationFailure(await post({}, { idempotencyKey: null }), 'header.Idempotency-Key');
      expectValidationFailure(await post({}, { idempotencyKey: 'short' }), 'header.Idempotency-Key');
      expectValidationFailure(
        await post({}, { idempotencyKey: 'has spaces in it' }),
        'header.Idempotency-Key',
      );
      expectValidationFailure(await post(undefined, { rawBody: '{"phone": ' }), 'body');
      expectValidationFailure(
        await post(undefined, { rawBody: '{}', headers: { 'Content-Type': 'text/plain' } }),
        'header.Content-Type',
      );
      expectValidationFailure(await post(), 'body');
      expectValidationFailure(await post({ unexpected: true }), 'body.unexpected');
      for (const wrong of [null, [], 'text', 42, true]) expectValidationFailure(await post(wrong), 'body');
    },
  );

  it.each(bodylessMutations.map((operation) => [operation.operationId, operation] as const))(
    '%s (no body): missing or bad Idempotency-Key, and any body refused',
    async (_id, operation) => {
      const method = operation.method.toUpperCase();
      const path = samplePath(operation.path);
      for (const idempotencyKey of [null, 'short', 'has spaces in it']) {
        expectValidationFailure(
          await api.send(method, path, undefined, { idempotencyKey }),
          'header.Idempotency-Key',
        );
      }
      for (const body of [{}, null, 'text', { unexpected: true }])
        expectValidationFailure(await api.send(method, path, body), 'body');
      expectValidationFailure(await api.send(method, path, undefined, { rawBody: '{"phone": ' }), 'body');
    },
  );

  it('names the offending body fields', async () => {
    const exchange = await api.post('/v1/auth/sms-codes', { phone: 13912345678, purpose: 'login', extra: 1 });
    expectValidationFailure(exchange);
    expect(errorOf(exchange).details).toEqual(
      expect.arrayContaining([
        { field: 'body.phone', issue: 'must be string' },
        { field: 'body.extra', issue: 'is not allowed' },
      ]),
    );
    expectValidationFailure(await api.post('/v1/auth/sms-codes', { phone: '139' }), 'body.purpose');
    expectValidationFailure(
      await api.post('/v1/auth/sms-login', { phone: '13912345678', code: '12345' }),
      'body.code',
    );
  });

  it('refuses bad query parameters', async () => {
    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['limit=51', 'query.limit'],
      ['limit=1.5', 'query.limit'],
      ['limit=-1', 'query.limit'],
      ['limit=', 'query.limit'],
      ['limit=1&limit=2', 'query.limit'],
      ['q=' + 'x'.repeat(51), 'query.q'],
      ['cursor=' + 'x'.repeat(201), 'query.cursor'],
      ['cursor=%00%ff', 'query.cursor'],
      ['level=3a', 'query.level'],
      ['page=2', 'query.page'],
    ] as const) {
      expectValidationFailure(await api.get(`/v1/hospitals?${query}`), field);
    }
    expectValidationFailure(await api.get(`/v1/hospitals/${'x'.repeat(65)}`), 'path.hospitalId');
  });

  it('survives a barrage of hostile bodies on every POST without a 500', async () => {
    const hostile = [
      '',
      ' ',
      'null',
      '{',
      '}{',
      '[[[[[[[[[[',
      '"\\ud800"',
      '1e999',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      JSON.stringify({ phone: '1'.repeat(10_000), code: '\u0000', refreshToken: '\u202e'.repeat(300) }),
      JSON.stringify(JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200))),
    ];
    for (const operation of postOperations) {
      for (const rawBody of hostile) {
        // An empty body is right for an operation that takes none (it then fails on its missing token).
        if (!operation.requestBody && rawBody.trim() === '') continue;
        const exchange = await api.post(samplePath(operation.path), undefined, { rawBody });
        expect(exchange.status).toBe(400);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers unknown routes and methods with 404 NOT_FOUND', async () => {
    for (const [method, path] of [
      ['GET', '/v1/unknown'],
      ['GET', '/v1/hospitals/hos_1/doctors'],
      ['DELETE', '/v1/hospitals'],
      ['POST', '/v1/hospitals'],
      ['PUT', '/v1/me'],
    ] as const) {
      const exchange = await api.send(method, path);
      expect(exchange.status).toBe(404);
      expect(errorOf(exchange).code).toBe('NOT_FOUND');
      expect(exchange.headers.get('x-request-id')).toMatch(/^req_/);
    }
  });
});
