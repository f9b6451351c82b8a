import { http, HttpResponse } from 'msw';
import type { RequestInfo, ResponseInfo } from '../../src/core/observe';
import type { CardApplication } from '../../src/types';
import { BASE_URL, T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { useMockServer } from '../support/server';
import { CARD_ID, card } from '../support/cards';

const server = useMockServer();

const HOSPITAL_KEY = 'hk_live_7Q2mX9pL4vR8sT1w';
const JWS =
  'eyJhbGciOiJFUzI1NiIsInR5cCI6Inlpa2EtY2FyZC1jb2RlK2p3dCIsImtpZCI6ImsxIn0.eyJzdWIiOiIzRjJBIn0.c2lnbmF0dXJlX29mX3RoZV9jYXJkX2NvZGU';
const DYNAMIC_CODE = `${CARD_ID}:0:${JWS}`;
const PASSPORT = 'E87654321';
const SOCIAL_SECURITY = 'A12345678';

const application: CardApplication = {
  name: 'John Smith',
  gender: 'male',
  nation: '98',
  birthDate: '1990-03-07',
  idType: '03',
  idNumber: PASSPORT,
  phone: '13812345678',
  smsCode: '493817',
  relation: 'self',
};

it('a logger and hooks never see a hospital key, card ID, dynamic code, document number or SMS code', async () => {
  server.use(
    http.post(`${BASE_URL}/v1/cards`, () =>
      HttpResponse.json({ outcome: 'created', card: card() }, { status: 201 }),
    ),
    http.post(`${BASE_URL}/v1/cards/:ref/dynamic-codes`, () =>
      HttpResponse.json(
        {
          qrText: DYNAMIC_CODE,
          expiresAt: '2026-11-23T08:01:00+08:00',
          ttlSeconds: 60,
          refreshAfterSeconds: 50,
        },
        { status: 201 },
      ),
    ),
    http.put(`${BASE_URL}/v1/cards/:ref/social-security-card`, () =>
      HttpResponse.json(card({ socialSecurityLinked: true, maskedSocialSecurityNumber: 'A*******8' })),
    ),
    http.post(`${BASE_URL}/v1/card-codes/verify`, async ({ request }) => {
      // Echoes what it got, as a careless platform might: redaction must not rely on the platform.
      const body = (await request.json()) as { qrText: string };
      return body.qrText === DYNAMIC_CODE
        ? HttpResponse.json({
            codeKind: 'dynamic',
            cardId: CARD_ID,
            qrText: body.qrText,
            patientNumber: 'MZ00000001',
          })
        : errorResponse(422, 'CARD_CODE_EXPIRED');
    }),
  );
  const captured: unknown[] = [];
  const capture =
    (level: string) =>
    (...args: unknown[]) =>
      captured.push([level, ...args]);
  const { client } = testClient(
    {
      hospitalKey: HOSPITAL_KEY,
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
    },
    storedTokens('a', T0),
  );

  await client.cards.apply(application);
  await client.cards.issueDynamicCode('crd_1');
  await client.cards.linkSocialSecurityCard('crd_1', SOCIAL_SECURITY);
  await client.cards.verifyCode(DYNAMIC_CODE);
  await client.cards.verifyCode(`${CARD_ID}:0:stale`).catch(() => undefined);

  const everything = JSON.stringify(captured);
  expect(captured.length).toBeGreaterThanOrEqual(10);
  for (const secret of [
    HOSPITAL_KEY,
    CARD_ID,
    JWS,
    JWS.split('.')[2]!,
    PASSPORT,
    SOCIAL_SECURITY,
    '493817',
  ]) {
    expect(everything).not.toContain(secret);
  }
  // Still useful: the masked forms and the header's presence are there.
  expect(everything).toContain('"X-Yika-Hospital-Key":"[REDACTED]"');
  expect(everything).toContain('3F2A…9C01');
  expect(everything).toContain('E*******1');
  expect(everything).toContain('CARD_CODE_EXPIRED');
});
