import { HttpResponse } from 'msw';
import type { CardApplication } from '../../src/types';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { recordRequests, type SeenRequest } from '../support/record';
import { useMockServer } from '../support/server';
import { CARD_ID, card } from '../support/cards';

const server = useMockServer();

const HOSPITAL_KEY = 'hk_live_7Q2mX9pL4vR8sT1w';

type Seen = SeenRequest;

/** Records every request to the platform and answers with `reply`. */
const recordAll = (reply: (seen: Seen) => Response | Promise<Response>) => recordRequests(server, reply);

const application: CardApplication = {
  name: '张伟',
  gender: 'male',
  nation: '01',
  birthDate: '1990-03-07',
  idType: '01',
  idNumber: '330203199003070615',
  phone: '13812345678',
  smsCode: '493817',
  relation: 'self',
};

function signedIn(config: Parameters<typeof testClient>[0] = {}) {
  return testClient(config, storedTokens('a', T0));
}

describe('client.cards', () => {
  it('sends each operation to its path and method, with the access token and no hospital key', async () => {
    const verification = { codeKind: 'static' };
    const seen = recordAll(({ method, path }) => {
      if (method === 'GET' && path === '/v1/cards') return HttpResponse.json({ data: [card()] });
      if (method === 'POST' && path === '/v1/cards')
        return HttpResponse.json({ outcome: 'created', card: card() }, { status: 201 });
      if (method === 'POST' && path === '/v1/auth/sms-codes')
        return HttpResponse.json(
          { expiresInSeconds: 300, resendAfterSeconds: 60, maskedPhone: '138****5678' },
          { status: 202 },
        );
      if (method === 'DELETE') return new HttpResponse(null, { status: 204 });
      if (path.endsWith('/dynamic-codes'))
        return HttpResponse.json(
          {
            qrText: `${CARD_ID}:0:x.y.z`,
            expiresAt: '2026-11-23T08:01:00+08:00',
            ttlSeconds: 60,
            refreshAfterSeconds: 50,
          },
          { status: 201 },
        );
      if (path === '/v1/card-codes/verify') return HttpResponse.json(verification);
      return HttpResponse.json(card());
    });
    // A hospital key configured on the client must still never go out with a resident's calls.
    const { client } = signedIn({ hospitalKey: HOSPITAL_KEY });

    await expect(client.cards.list()).resolves.toEqual([card()]);
    await expect(client.cards.get('crd/1')).resolves.toEqual(card());
    await expect(client.cards.apply(application)).resolves.toEqual({ outcome: 'created', card: card() });
    await expect(client.cards.sendSmsCode('13812345678')).resolves.toMatchObject({ resendAfterSeconds: 60 });
    await client.cards.setDefault('crd_1');
    await expect(client.cards.unbind('crd_1')).resolves.toBeUndefined();
    await client.cards.linkSocialSecurityCard('crd_1', 'A12345678');
    await expect(client.cards.issueDynamicCode('crd_1')).resolves.toMatchObject({ refreshAfterSeconds: 50 });
    await expect(client.cards.verifyCode(` ${CARD_ID}:1\r\n`)).resolves.toEqual(verification);

    expect(seen.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['GET', '/v1/cards', undefined],
      ['GET', '/v1/cards/crd%2F1', undefined], // the reference is encoded into the path
      ['POST', '/v1/cards', application],
      ['POST', '/v1/auth/sms-codes', { phone: '13812345678', purpose: 'card' }],
      ['PUT', '/v1/cards/crd_1/default', undefined],
      ['DELETE', '/v1/cards/crd_1', undefined],
      ['PUT', '/v1/cards/crd_1/social-security-card', { socialSecurityNumber: 'A12345678' }],
      ['POST', '/v1/cards/crd_1/dynamic-codes', undefined],
      ['POST', '/v1/card-codes/verify', { qrText: `${CARD_ID}:1` }], // a scanner's CR/LF trimmed
    ]);
    const resident = seen.slice(0, -1);
    for (const { path, headers } of resident) {
      expect(headers.get('x-yika-hospital-key')).toBeNull();
      if (path !== '/v1/auth/sms-codes') expect(headers.get('authorization')).toMatch(/^Bearer /);
    }
    expect(seen[3]!.headers.get('authorization')).toBeNull(); // sending an SMS code needs no sign-in
    for (const { headers } of seen) expect(headers.get('x-yika-channel')).toBe('wechat-miniapp');
  });

  it('puts an idempotency key on every mutation (and none on reads), reusing a given one', async () => {
    const seen = recordAll(({ method, path }) =>
      method === 'GET'
        ? HttpResponse.json(path === '/v1/cards' ? { data: [] } : card())
        : method === 'DELETE'
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.json(path === '/v1/cards' ? { outcome: 'bound', card: card() } : card()),
    );
    let next = 0;
    const { client } = signedIn({ generateId: () => `key_generated_${++next}` });
    await client.cards.list();
    await client.cards.get('crd_1');
    await client.cards.apply(application, { idempotencyKey: 'form_submit_0001' });
    await client.cards.setDefault('crd_1');
    await client.cards.unbind('crd_1');
    await client.cards.linkSocialSecurityCard('crd_1', 'A12345678');
    await client.cards.issueDynamicCode('crd_1');
    expect(seen.map(({ method, headers }) => [method, headers.get('idempotency-key')])).toEqual([
      ['GET', null],
      ['GET', null],
      ['POST', 'form_submit_0001'],
      ['PUT', 'key_generated_1'],
      ['DELETE', 'key_generated_2'],
      ['PUT', 'key_generated_3'],
      ['POST', 'key_generated_4'],
    ]);
  });

  it('verifies a code with the hospital key alone: no access token, even when signed in', async () => {
    const seen = recordAll(() =>
      HttpResponse.json({ codeKind: 'dynamic', cardId: CARD_ID, patientNumber: 'MZ00000001' }),
    );
    const { client } = signedIn({ hospitalKey: HOSPITAL_KEY, channel: 'kiosk' });
    await client.cards.verifyCode(`${CARD_ID}:0:a.b.c`);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get('x-yika-hospital-key')).toBe(HOSPITAL_KEY);
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(seen[0]!.headers.get('idempotency-key')).toBeTruthy();
    expect(seen[0]!.headers.get('x-yika-channel')).toBe('kiosk');
  });

  it.each([
    ['no hospital key', {}],
    ['an empty hospital key', { hospitalKey: '' }],
  ])('fails locally with HOSPITAL_KEY_REQUIRED given %s, without a request', async (_, config) => {
    const seen = recordAll(() => HttpResponse.json({}));
    const { client } = signedIn(config);
    const failure = client.cards.verifyCode(`${CARD_ID}:1`);
    await expect(failure).rejects.toMatchObject({
      isYikaError: true,
      code: 'HOSPITAL_KEY_REQUIRED',
      message: '未配置医院接入凭证（接入密钥或服务端凭证），无法办理医院端业务',
    });
    await expect(failure).rejects.not.toHaveProperty('status');
    expect(seen).toHaveLength(0);
  });

  it('an unknown hospital key is the platform 401, surfaced without a refresh or a retry', async () => {
    const seen = recordAll(() => errorResponse(401, 'UNAUTHENTICATED'));
    const { client, sleeps } = signedIn({ hospitalKey: 'hk_revoked_0000' });
    await expect(client.cards.verifyCode(`${CARD_ID}:1`)).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(seen).toHaveLength(1); // no /v1/auth/refresh: the hospital key is not the resident's session
    expect(sleeps).toEqual([]);
  });

  it.each([
    ['get', 404, 'NOT_FOUND'],
    ['unbind', 404, 'NOT_FOUND'],
    ['issueDynamicCode', 409, 'CARD_SUSPENDED'],
    ['apply', 409, 'CARD_PHONE_MISMATCH'],
    ['apply', 409, 'CARD_LIMIT_REACHED'],
    ['apply', 422, 'ID_CHECKSUM'],
    ['apply', 422, 'GUARDIAN_CONSENT_REQUIRED'],
    ['verifyCode', 422, 'CARD_CODE_EXPIRED'],
    ['verifyCode', 422, 'CARD_CODE_INVALID'],
  ] as const)(
    '%s: a %i %s is an ApiError with its code and message, not retried',
    async (operation, status, code) => {
      const message =
        code === 'CARD_PHONE_MISMATCH'
          ? '该证件已办理过电子健康卡，请使用预留手机号 139****5678 验证'
          : '平台说明';
      const seen = recordAll(() => errorResponse(status, code, {}, message));
      const { client, sleeps } = signedIn({ hospitalKey: HOSPITAL_KEY });
      const calls = {
        get: () => client.cards.get('crd_other'),
        unbind: () => client.cards.unbind('crd_other'),
        issueDynamicCode: () => client.cards.issueDynamicCode('crd_1'),
        apply: () => client.cards.apply(application),
        verifyCode: () => client.cards.verifyCode(`${CARD_ID}:0:a.b.c`),
      };
      await expect(calls[operation]()).rejects.toMatchObject({
        name: 'ApiError',
        status,
        code,
        message,
        requestId: `req_${status}`,
      });
      expect(seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );

  it('retries a dynamic-code request after a 503 with the same idempotency key', async () => {
    let attempts = 0;
    const seen = recordAll(() =>
      ++attempts === 1
        ? errorResponse(503, 'SERVICE_UNAVAILABLE')
        : HttpResponse.json(
            {
              qrText: `${CARD_ID}:0:x.y.z`,
              expiresAt: '2026-11-23T08:01:00+08:00',
              ttlSeconds: 60,
              refreshAfterSeconds: 50,
            },
            { status: 201 },
          ),
    );
    const { client } = signedIn();
    await expect(client.cards.issueDynamicCode('crd_1')).resolves.toMatchObject({ ttlSeconds: 60 });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.headers.get('idempotency-key')).toBe(seen[0]!.headers.get('idempotency-key'));
  });

  it('resident operations need a session: SIGNED_OUT without a request', async () => {
    const seen = recordAll(() => HttpResponse.json({ data: [] }));
    const { client } = testClient();
    await expect(client.cards.list()).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(seen).toHaveLength(0);
  });
});
