// The card's code end to end: a resident's SDK asks the platform for a dynamic code; a hospital verifies
// it offline with @yika/sdk/verify against the platform's published JWKS, and online with its hospital key,
// getting its own patient number from the master patient index.
import { setupServer } from 'msw/node';
import { createClient, type YikaClient } from '@yika/sdk';
import { createCardCodeVerifier } from '@yika/sdk/verify';
import { createPlatform, type Platform } from '@yika/mock-server';

const BASE_URL = 'http://platform.test';
const server = setupServer();
let platform: Platform;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  platform = createPlatform({ seed: 11, validateResponses: true });
  server.resetHandlers(...platform.handlers);
});

const now = () => platform.clock.now();

async function residentWithOwnCard(): Promise<{ resident: YikaClient; cardRef: string; cardId: string }> {
  const resident = createClient({ baseURL: BASE_URL, channel: 'wechat-miniapp', now });
  await resident.auth.loginWithWechatCode(platform.wechat.issueLoginCode('o_card_owner'));
  const phone = '13600001111';
  await resident.cards.sendSmsCode(phone);
  const { outcome, card } = await resident.cards.apply({
    name: '王小明',
    gender: 'male',
    nation: '01',
    birthDate: '1949-12-31',
    idType: '01',
    idNumber: '110105194912310038',
    phone,
    smsCode: platform.sms.lastCode(phone)!,
    relation: 'self',
  });
  expect(outcome).toBe('created');
  expect(card.isDefault).toBe(true);
  expect(card.holder.maskedIdNumber).toBe('110105********0038');
  return { resident, cardRef: card.id, cardId: card.cardId };
}

async function hospitalClient(index: number): Promise<{ hospital: YikaClient; hospitalId: string }> {
  const anonymous = createClient({ baseURL: BASE_URL, channel: 'kiosk', now });
  const page = await anonymous.hospitals.list({ limit: 5 });
  const hospitalId = page.data[index]!.id;
  const hospital = createClient({
    baseURL: BASE_URL,
    channel: 'kiosk',
    now,
    hospitalKey: platform.hospitalKey(hospitalId),
  });
  return { hospital, hospitalId };
}

it('a dynamic code verifies offline against the JWKS and online at two hospitals with two patient numbers', async () => {
  const { resident, cardRef, cardId } = await residentWithOwnCard();
  const code = await resident.cards.issueDynamicCode(cardRef);
  expect(code.qrText.startsWith(`${cardId}:0:`)).toBe(true);

  const verifier = createCardCodeVerifier({ jwks: await resident.auth.getJwks(), now });
  const offline = await verifier.verify(code.qrText);
  expect(offline.cardId).toBe(cardId);

  const first = await hospitalClient(0);
  const second = await hospitalClient(1);
  const atFirst = await first.hospital.cards.verifyCode(code.qrText);
  const atSecond = await second.hospital.cards.verifyCode(code.qrText);
  expect(atFirst).toMatchObject({
    codeKind: 'dynamic',
    cardId,
    hospitalId: first.hospitalId,
    patientNumberCreated: true,
  });
  expect(atSecond).toMatchObject({
    codeKind: 'dynamic',
    cardId,
    hospitalId: second.hospitalId,
    patientNumberCreated: true,
  });
  expect(atFirst.patientNumber).not.toBe(atSecond.patientNumber);

  // The same card again at the first hospital: the same number, not a new registration.
  const again = await first.hospital.cards.verifyCode(
    (await resident.cards.issueDynamicCode(cardRef)).qrText,
  );
  expect(again).toMatchObject({ patientNumber: atFirst.patientNumber, patientNumberCreated: false });
});

it('an expired code is refused offline and online; a tampered one is refused offline', async () => {
  const { resident, cardRef } = await residentWithOwnCard();
  const code = await resident.cards.issueDynamicCode(cardRef);
  const verifier = createCardCodeVerifier({ jwks: await resident.auth.getJwks(), now });

  const [prefix, , jws] = code.qrText.split(':') as [string, string, string];
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
  await expect(verifier.verify(`${prefix}:0:${header}.${payload}.${flipped}`)).rejects.toMatchObject({
    code: 'CARD_CODE_INVALID',
  });

  platform.clock.advance(66_000);
  await expect(verifier.verify(code.qrText)).rejects.toMatchObject({ code: 'CARD_CODE_EXPIRED' });
  const { hospital } = await hospitalClient(0);
  await expect(hospital.cards.verifyCode(code.qrText)).rejects.toMatchObject({
    code: 'CARD_CODE_EXPIRED',
    status: 422,
  });
});

it('a hospital client without its key is refused before anything is sent', async () => {
  const noKey = createClient({ baseURL: BASE_URL, channel: 'kiosk', now });
  await expect(noKey.cards.verifyCode('X'.repeat(64) + ':1')).rejects.toMatchObject({
    code: 'HOSPITAL_KEY_REQUIRED',
  });
});

it("one account cannot reach another account's card", async () => {
  const { cardRef } = await residentWithOwnCard();
  const stranger = createClient({ baseURL: BASE_URL, channel: 'web', now });
  await stranger.auth.loginWithWechatCode(platform.wechat.issueLoginCode('o_stranger'));
  await expect(stranger.cards.get(cardRef)).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
  await expect(stranger.cards.issueDynamicCode(cardRef)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(stranger.cards.unbind(cardRef)).rejects.toMatchObject({ code: 'NOT_FOUND' });
});
