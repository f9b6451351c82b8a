// Helpers for the card tests: real-shaped resident ID numbers, signed-in residents, and applications sent
// the way the mini-program sends them (an SMS code for purpose `card` first).
import { idNumberCheckCharacter } from '@yika/sdk/domain';
import type { Platform } from '../../src';
import type { CardApplication, Session } from '../../src/contract/wire';
import type { Api, CallOptions, Exchange } from './api';
import { jsonOf } from './api';

/** A valid GB 11643 number: region, birth date, sequence (odd for men), check character. */
export function residentIdNumber(birthDate: string, sequence: number, region = '330203'): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

let phoneCounter = 0;
/** A fresh mainland mobile number per call, so SMS rate limits never couple tests. */
export function freshPhone(): string {
  phoneCounter += 1;
  return `1370000${String(phoneCounter).padStart(4, '0')}`;
}

export function adultApplication(overrides: Partial<CardApplication> = {}): CardApplication {
  return {
    name: '周晓梅',
    gender: 'female',
    nation: '01',
    birthDate: '1990-06-15',
    idType: '01',
    idNumber: residentIdNumber('1990-06-15', 42),
    phone: freshPhone(),
    smsCode: '000000',
    relation: 'spouse',
    ...overrides,
  };
}

export function childApplication(overrides: Partial<CardApplication> = {}): CardApplication {
  return adultApplication({
    name: '周小乐',
    gender: 'male',
    birthDate: '2020-02-29',
    idNumber: residentIdNumber('2020-02-29', 17),
    relation: 'child',
    guardianConsent: { agreed: true, consentVersion: 'minor-2026.1' },
    ...overrides,
  });
}

export interface Resident {
  token: string;
  accountId: string;
}

export async function signIn(api: Api, platform: Platform, openid: string): Promise<Resident> {
  const session = jsonOf<Session>(
    await api.post('/v1/auth/wechat-login', { code: platform.wechat.issueLoginCode(openid) }),
  );
  return { token: session.accessToken, accountId: session.account.id };
}

/** Sends a `card` SMS code to the application's phone and returns the application carrying it. */
export async function withSmsCode(
  api: Api,
  platform: Platform,
  application: CardApplication,
): Promise<CardApplication> {
  const sent = await api.post('/v1/auth/sms-codes', { phone: application.phone, purpose: 'card' });
  if (sent.status !== 202) throw new Error(`SMS not sent (${sent.status}): ${sent.text}`);
  return { ...application, smsCode: platform.sms.lastCode(application.phone, 'card')! };
}

/** Sends the SMS code, then the application. */
export async function apply(
  api: Api,
  platform: Platform,
  resident: Resident,
  application: CardApplication,
  options: CallOptions = {},
): Promise<Exchange> {
  const ready = await withSmsCode(api, platform, application);
  return api.post('/v1/cards', ready, { token: resident.token, ...options });
}

/** Everything a card application could write, to prove a refused one wrote nothing. */
export function cardState(platform: Platform, accountId: string): string {
  const model = platform.store.cardModel;
  return JSON.stringify({
    persons: model.persons.all(),
    cards: model.cards.all(),
    bindings: model.bindings.forAccount(accountId),
    consents: model.consents.all(),
  });
}
