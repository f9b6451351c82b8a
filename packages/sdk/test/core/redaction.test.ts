import { http, HttpResponse } from 'msw';
import { redactText, redactValue } from '../../src/core/redact';
import { Observer, type RequestInfo, type ResponseInfo } from '../../src/core/observe';
import { BASE_URL, errorResponse, session, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();

const PHONE = '13812345678';
const ID_NUMBER = '11010519491231002X';
const CARD_ID = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
const SMS_CODE = '493817';
const WECHAT_CODE = '0a3Xyz9Kq1mN2pQ7rS4tU5vW';

describe('redaction', () => {
  it('a logger and hooks that capture everything never see a phone, ID number, card ID or token', async () => {
    const first = session('first');
    const second = session('second');
    server.use(
      http.post(`${BASE_URL}/v1/auth/sms-codes`, () =>
        HttpResponse.json(
          { expiresInSeconds: 300, resendAfterSeconds: 60, maskedPhone: '138****5678' },
          { status: 202 },
        ),
      ),
      http.post(`${BASE_URL}/v1/auth/sms-login`, () => HttpResponse.json(first)),
      http.post(`${BASE_URL}/v1/auth/wechat-login`, () => HttpResponse.json(second)),
      http.post(`${BASE_URL}/v1/auth/refresh`, () => HttpResponse.json(second)),
      // An answer that echoes personal data back (a careless platform, or a later card endpoint).
      http.get(`${BASE_URL}/v1/me`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${second.accessToken}`
          ? HttpResponse.json({
              id: 'acc_1',
              createdAt: '2026-11-01T09:00:00+08:00',
              nickname: `${PHONE} ${ID_NUMBER}`,
              note: `card ${CARD_ID}, phone +86${PHONE}`,
              cards: [{ cardId: CARD_ID, idNumber: ID_NUMBER, phone: PHONE }],
            })
          : errorResponse(401, 'TOKEN_EXPIRED'),
      ),
      http.get(`${BASE_URL}/v1/hospitals/:id`, () => errorResponse(503, 'SERVICE_UNAVAILABLE')),
      http.get(`${BASE_URL}/v1/hospitals`, () => HttpResponse.json({ data: [], nextCursor: null })),
      http.post(`${BASE_URL}/v1/auth/logout`, () => new HttpResponse(null, { status: 204 })),
    );
    const captured: unknown[] = [];
    const capture =
      (level: string) =>
      (...args: unknown[]) =>
        captured.push([level, ...args]);
    const { client } = testClient({
      logger: {
        debug: capture('debug'),
        info: capture('info'),
        warn: capture('warn'),
        error: capture('error'),
      },
      hooks: {
        onRequest: (info: RequestInfo) => captured.push(['onRequest', info]),
        onResponse: (info: ResponseInfo) => captured.push(['onResponse', info]),
      },
      maxRetries: 1,
    });

    await client.auth.sendSmsCode(PHONE);
    await client.auth.loginWithSmsCode(PHONE, SMS_CODE);
    await client.auth.loginWithWechatCode(WECHAT_CODE);
    await client.auth.me();
    await client.auth.refresh();
    await client.hospitals
      .get(`${ID_NUMBER}-${CARD_ID}`, { headers: { 'X-Note': `Bearer ${first.accessToken}` } })
      .catch(() => undefined);
    await client.hospitals.list({ q: PHONE });
    await client.auth.logout();

    const everything = JSON.stringify(captured);
    expect(captured.length).toBeGreaterThan(10);
    for (const secret of [
      PHONE,
      ID_NUMBER,
      CARD_ID,
      SMS_CODE,
      WECHAT_CODE,
      first.accessToken,
      first.refreshToken,
      second.accessToken,
      second.refreshToken,
      // a JWT's signature part alone would be enough to replay: not even a third of it
      first.accessToken.split('.')[2]!,
    ]) {
      expect(everything).not.toContain(secret);
    }
    // ... while staying useful: masked forms, methods, statuses and error codes are there.
    expect(everything).toContain('138****5678');
    expect(everything).toContain('110105********002X');
    expect(everything).toContain('SERVICE_UNAVAILABLE');
    expect(everything).toContain('"status":202');
    expect(everything).toContain('Bearer [REDACTED]');
  });

  it('does no observation work when nobody listens', () => {
    expect(Observer.create(undefined, undefined)).toBeNull();
    expect(Observer.create({}, {})).toBeNull();
    expect(Observer.create({ warn: () => undefined }, undefined)).toBeInstanceOf(Observer);
    expect(Observer.create(undefined, { onResponse: () => undefined })).toBeInstanceOf(Observer);
  });

  it('a throwing hook or logger does not break the request', async () => {
    server.use(http.get(`${BASE_URL}/v1/districts`, () => HttpResponse.json({ data: [] })));
    const boom = () => {
      throw new Error('observer bug');
    };
    const { client } = testClient({ logger: { debug: boom }, hooks: { onRequest: boom, onResponse: boom } });
    await expect(client.hospitals.districts()).resolves.toEqual([]);
  });

  it.each([
    [`tel ${PHONE}.`, 'tel 138****5678.'],
    [`+86 ${PHONE}`, '+86 138****5678'],
    [`id=${ID_NUMBER}&x=1`, 'id=110105********002X&x=1'],
    [`${ID_NUMBER.slice(0, 17)}x`, '110105********002x'],
    ['order 20261123000000000001', 'order 20261123000000000001'], // 20 digits: not an ID number
    [`card:${CARD_ID}:1`, 'card:A1B2…8F90:1'],
    ['Authorization: Bearer abc.def', 'Authorization: Bearer [REDACTED]'],
  ])('redactText(%j) -> %j', (input, output) => expect(redactText(input)).toBe(output));

  it('redacts secret fields by name and keeps error codes', () => {
    expect(
      redactValue({
        refreshToken: 'rt_abc',
        accessToken: 'x',
        code: '123456',
        error: { code: 'INVALID_SMS_CODE', message: '验证码错误' },
        nested: [{ password: 'p', phone: PHONE }],
        empty: null,
      }),
    ).toEqual({
      refreshToken: '[REDACTED]',
      accessToken: '[REDACTED]',
      code: '[REDACTED]',
      error: { code: 'INVALID_SMS_CODE', message: '验证码错误' },
      nested: [{ password: '[REDACTED]', phone: '138****5678' }],
      empty: null,
    });
  });

  it('survives cycles', () => {
    const cyclic: Record<string, unknown> = { phone: PHONE };
    cyclic.self = cyclic;
    expect(JSON.stringify(redactValue(cyclic))).not.toContain(PHONE);
  });
});
