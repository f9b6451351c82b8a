import { maskPhone, messageForCode, toShanghaiIso } from '@yika/sdk/domain';
import type { Card, CardApplication, CardApplicationResult } from '../src/contract/wire';
import { createCardIdDeriver } from '../src/store/cards/card-id';
import { SEEDED_UNBOUND_PERSONS } from '../src/store/seed/card-holders';
import { DEMO_OPENID } from '../src/store/seed/residents';
import { createApi, errorOf, jsonOf } from './support/api';
import {
  adultApplication,
  apply,
  cardState,
  childApplication,
  freshPhone,
  residentIdNumber,
  signIn,
  withSmsCode,
} from './support/cards';
import { usePlatform } from './support/msw';

const NOW = '2026-11-23T08:00:00+08:00';
const context = usePlatform({ now: NOW });
const api = createApi();
let openids = 0;
const newResident = () => signIn(api, context.platform, `o_cards_apply_${++openids}`);
const resultOf = (exchange: Parameters<typeof jsonOf>[0]) => jsonOf<CardApplicationResult>(exchange);

describe('applying for a new card', () => {
  it('creates the card (201), binds it as the first and default card, and spends the SMS code', async () => {
    const resident = await newResident();
    const application = await withSmsCode(api, context.platform, adultApplication({ relation: 'self' }));
    const created = await api.post('/v1/cards', application, { token: resident.token });
    expect(created.status).toBe(201);
    const { outcome, card } = resultOf(created);
    expect(outcome).toBe('created');
    expect(card).toMatchObject({
      id: expect.stringMatching(/^crd_/),
      cardId: expect.stringMatching(/^[0-9A-F]{64}$/),
      relation: 'self',
      isDefault: true,
      state: 'normal',
      attribute: 'temporary',
      isMinor: false,
      socialSecurityLinked: false,
      boundAt: NOW,
      createdAt: NOW,
      holder: {
        name: '周晓梅',
        gender: 'female',
        nation: '01',
        birthDate: '1990-06-15',
        idType: '01',
        maskedIdNumber: `330203********${application.idNumber.slice(-4)}`,
        maskedPhone: maskPhone(application.phone),
      },
    });
    expect(card.staticQrText).toBe(`${card.cardId}:1`);
    expect(card.cardId).toBe(createCardIdDeriver(1)('01', application.idNumber));
    expect(created.text).not.toContain(application.idNumber);
    expect(created.text).not.toContain(application.phone);

    const list = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: resident.token }));
    expect(list.data).toEqual([card]);
    // The code was spent: the same application again (another key) is refused at the SMS step.
    const again = await api.post('/v1/cards', application, { token: resident.token });
    expect([again.status, errorOf(again).code]).toEqual([401, 'INVALID_SMS_CODE']);
  });

  it('accepts a lower-case x check character and indexes the number in upper case', async () => {
    const resident = await newResident();
    const idNumber = residentIdNumber('1985-01-01', 49, '330205'); // ends in X
    expect(idNumber.endsWith('X')).toBe(true);
    const base = { name: '许文', gender: 'male', birthDate: '1985-01-01' } as const;
    const lower = adultApplication({ ...base, idNumber: idNumber.toLowerCase() });
    expect((await apply(api, context.platform, resident, lower)).status).toBe(201);
    expect(context.platform.store.cardModel.persons.find('01', idNumber)?.idNumber).toBe(idNumber);
    const upper = adultApplication({ ...base, idNumber, phone: lower.phone });
    context.platform.clock.advance(61_000);
    const twice = await apply(api, context.platform, resident, upper);
    expect([twice.status, errorOf(twice).code]).toEqual([409, 'CARD_ALREADY_BOUND']);
  });

  it('creates cards for other ID types with Latin names', async () => {
    const resident = await newResident();
    const passport = adultApplication({
      name: 'Maria Lopez',
      nation: '98',
      idType: '03',
      idNumber: 'pe1234567',
      birthDate: '1979-10-03',
    });
    const { card } = resultOf(await apply(api, context.platform, resident, passport));
    expect(card.holder).toMatchObject({ idType: '03', name: 'Maria Lopez', maskedIdNumber: 'P*******7' });
  });

  const idNumberProblems: [string, Partial<CardApplication>, string][] = [
    ['a wrong check character', { idNumber: flipCheck(residentIdNumber('1990-06-15', 42)) }, 'ID_CHECKSUM'],
    [
      'an impossible date (30 February)',
      { idNumber: rawId('330203', '19900230', '042') },
      'ID_BIRTH_DATE_INVALID',
    ],
    ['a 13th month', { idNumber: rawId('330203', '19901301', '042') }, 'ID_BIRTH_DATE_INVALID'],
    ['a future birth date', { idNumber: rawId('330203', '20270101', '042') }, 'ID_BIRTH_DATE_FUTURE'],
    ['a birth date before 1900', { idNumber: rawId('330203', '18991231', '042') }, 'ID_BIRTH_DATE_TOO_EARLY'],
    [
      'a gender that disagrees (odd sequence: male)',
      { idNumber: residentIdNumber('1990-06-15', 43) },
      'ID_GENDER_MISMATCH',
    ],
    ['a birthday that disagrees', { idNumber: residentIdNumber('1990-06-16', 42) }, 'ID_BIRTH_DATE_MISMATCH'],
    ['17 characters', { idNumber: residentIdNumber('1990-06-15', 42).slice(0, 17) }, 'ID_LENGTH'],
    ['19 characters', { idNumber: `${residentIdNumber('1990-06-15', 42)}0` }, 'ID_LENGTH'],
    ['a 15-digit old-style number', { idNumber: '330203900615042' }, 'ID_LENGTH'],
    ['a letter among the digits', { idNumber: `330203199O0615042${'5'}` }, 'ID_FORMAT'],
    ['an X that is not last', { idNumber: `33020319900615X42${'5'}` }, 'ID_FORMAT'],
    ['a passport number with a dash', { idType: '03', nation: '98', idNumber: 'E1234-567' }, 'ID_FORMAT'],
    [
      'a future birthday on a passport',
      { idType: '03', idNumber: 'E12345678', birthDate: '2026-11-24' },
      'ID_BIRTH_DATE_FUTURE',
    ],
    ['a name in Latin letters on a resident ID card', { name: 'Zhou Xiaomei' }, 'INVALID_NAME'],
    ['a one-character name', { name: '周' }, 'INVALID_NAME'],
    ['digits in the name', { name: '周晓梅2' }, 'INVALID_NAME'],
  ];

  it.each(idNumberProblems)('refuses %s with 422 and writes nothing', async (_what, overrides, code) => {
    const resident = await newResident();
    const application = await withSmsCode(api, context.platform, adultApplication(overrides));
    const before = cardState(context.platform, resident.accountId);
    const refused = await api.post('/v1/cards', application, { token: resident.token });
    expect(refused.status).toBe(422);
    expect(errorOf(refused)).toMatchObject({ code, message: messageForCode(code) });
    expect(cardState(context.platform, resident.accountId)).toBe(before);
    // The rules run before the SMS step: the code is still good for a corrected application.
    const fixed = { ...adultApplication(), phone: application.phone, smsCode: application.smsCode };
    expect((await api.post('/v1/cards', fixed, { token: resident.token })).status).toBe(201);
  });

  it('refuses what the schema cannot express with 400: unknown nation, 30 February, a phone no carrier issues', async () => {
    const resident = await newResident();
    const before = cardState(context.platform, resident.accountId);
    const nation = await api.post('/v1/cards', adultApplication({ nation: '60' }), { token: resident.token });
    expect(errorOf(nation)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.nation', issue: expect.any(String) }],
    });
    const date = await api.post(
      '/v1/cards',
      adultApplication({ idType: '03', idNumber: 'E12345678', birthDate: '1990-02-30' }),
      { token: resident.token },
    );
    expect(errorOf(date).details).toEqual([
      { field: 'body.birthDate', issue: 'is not a real calendar date' },
    ]);
    const phone = await api.post('/v1/cards', adultApplication({ phone: '12000000000' }), {
      token: resident.token,
    });
    expect([phone.status, errorOf(phone).code]).toEqual([400, 'INVALID_PHONE']);
    expect(cardState(context.platform, resident.accountId)).toBe(before);
  });

  it('checks the SMS code after the rules: wrong, missing or sent for signing in is 401', async () => {
    const resident = await newResident();
    const before = cardState(context.platform, resident.accountId);
    const application = await withSmsCode(api, context.platform, adultApplication());
    const wrong = { ...application, smsCode: application.smsCode === '000000' ? '111111' : '000000' };
    const refused = await api.post('/v1/cards', wrong, { token: resident.token });
    expect([refused.status, errorOf(refused).code]).toEqual([401, 'INVALID_SMS_CODE']);
    // A sign-in code for the same phone does not prove it for a card.
    const other = adultApplication();
    await api.post('/v1/auth/sms-codes', { phone: other.phone, purpose: 'login' });
    const loginCode = context.platform.sms.lastCode(other.phone, 'login')!;
    const crossed = await api.post('/v1/cards', { ...other, smsCode: loginCode }, { token: resident.token });
    expect(errorOf(crossed).code).toBe('INVALID_SMS_CODE');
    // A rule problem outranks a wrong code.
    const both = await api.post('/v1/cards', { ...wrong, name: 'X' }, { token: resident.token });
    expect(errorOf(both).code).toBe('INVALID_NAME');
    expect(cardState(context.platform, resident.accountId)).toBe(before);
    expect((await api.post('/v1/cards', application)).status).toBe(401);
  });
});

describe('one person, one card', () => {
  it('binds the existing card (200 bound) for a second account after SMS on the phone on record', async () => {
    const first = await newResident();
    const application = adultApplication({ relation: 'self' });
    const created = resultOf(await apply(api, context.platform, first, application)).card;
    const counts = () => [
      context.platform.store.cardModel.persons.all().length,
      context.platform.store.cardModel.cards.all().length,
    ];
    const before = counts();

    const spouse = await newResident();
    context.platform.clock.advance(61_000);
    const bound = await apply(api, context.platform, spouse, { ...application, relation: 'spouse' });
    expect(bound.status).toBe(200);
    const result = resultOf(bound);
    expect(result.outcome).toBe('bound');
    expect(result.card).toMatchObject({
      cardId: created.cardId,
      relation: 'spouse',
      isDefault: true,
      attribute: 'temporary',
      createdAt: NOW,
      boundAt: expect.stringMatching(/^2026-11-23T08:01:0\d\+08:00$/),
    });
    expect(result.card.id).not.toBe(created.id);
    expect(counts()).toEqual(before);
    // Both accounts hold it, each through its own reference.
    expect(jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: first.token })).data).toHaveLength(1);
  });

  it('binds a card made at a hospital window, keeping its record', async () => {
    const resident = await newResident();
    const person = SEEDED_UNBOUND_PERSONS[0]!;
    const bound = await apply(
      api,
      context.platform,
      resident,
      adultApplication({ ...person, relation: 'parent' }),
    );
    expect(bound.status).toBe(200);
    expect(resultOf(bound).card).toMatchObject({
      cardId: createCardIdDeriver(1)(person.idType, person.idNumber),
      attribute: 'formal',
      holder: { name: person.name, maskedPhone: maskPhone(person.phone) },
    });
  });

  it('refuses another phone with 409 CARD_PHONE_MISMATCH naming the masked phone on record', async () => {
    const resident = await newResident();
    const person = SEEDED_UNBOUND_PERSONS[1]!;
    const application = await withSmsCode(
      api,
      context.platform,
      adultApplication({ ...person, phone: freshPhone(), relation: 'parent' }),
    );
    const before = cardState(context.platform, resident.accountId);
    const refused = await api.post('/v1/cards', application, { token: resident.token });
    expect(refused.status).toBe(409);
    const error = errorOf(refused);
    expect(error.code).toBe('CARD_PHONE_MISMATCH');
    expect(error.message).toBe(`该证件已办理过电子健康卡，请使用预留手机号 ${maskPhone(person.phone)} 验证`);
    expect(refused.text).not.toContain(person.phone);
    expect(cardState(context.platform, resident.accountId)).toBe(before);
  });

  it('one person applied for by two accounts at once gets one card', async () => {
    const [a, b] = [await newResident(), await newResident()];
    const application = adultApplication({ idNumber: residentIdNumber('1990-06-15', 64) });
    const [forA, forB] = await Promise.all([
      withSmsCode(api, context.platform, application),
      withSmsCode(api, context.platform, { ...application, phone: freshPhone() }),
    ]);
    const results = await Promise.all([
      api.post('/v1/cards', forA, { token: a.token }),
      api.post('/v1/cards', forB, { token: b.token }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    expect(errorOf(results.find((result) => result.status === 409)!).code).toBe('CARD_PHONE_MISMATCH');
    const cards = context.platform.store.cardModel.cards.all();
    expect(new Set(cards.map((card) => card.cardId)).size).toBe(cards.length);
  });
});

describe('family cards', () => {
  it('refuses a second own card: SELF_CARD_EXISTS', async () => {
    const demo = await signIn(api, context.platform, DEMO_OPENID);
    const refused = await apply(api, context.platform, demo, adultApplication({ relation: 'self' }));
    expect([refused.status, errorOf(refused).code]).toEqual([409, 'SELF_CARD_EXISTS']);
  });

  it('holds at most 5 cards: the 6th is refused without writing or spending its code', async () => {
    const resident = await newResident();
    for (let i = 0; i < 5; i++) {
      const application = adultApplication({
        relation: i === 0 ? 'self' : 'other',
        idNumber: residentIdNumber('1990-06-15', 100 + i * 2),
      });
      expect((await apply(api, context.platform, resident, application)).status).toBe(201);
    }
    const sixth = await withSmsCode(
      api,
      context.platform,
      adultApplication({ relation: 'other', idNumber: residentIdNumber('1990-06-15', 200) }),
    );
    const before = cardState(context.platform, resident.accountId);
    const refused = await api.post('/v1/cards', sixth, { token: resident.token });
    expect([refused.status, errorOf(refused).code]).toEqual([409, 'CARD_LIMIT_REACHED']);
    expect(cardState(context.platform, resident.accountId)).toBe(before);

    const cards = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: resident.token })).data;
    expect(cards).toHaveLength(5);
    await api.send('DELETE', `/v1/cards/${cards[4]!.id}`, undefined, { token: resident.token });
    expect((await api.post('/v1/cards', sixth, { token: resident.token })).status).toBe(201);
  });

  it('adds a child under 14 only with consent (422) and the guardian’s own card (409)', async () => {
    const guardian = await newResident();
    const child = childApplication();
    const { guardianConsent: _omitted, ...withoutConsent } = child;
    const before = cardState(context.platform, guardian.accountId);
    const noConsent = await apply(api, context.platform, guardian, withoutConsent);
    expect([noConsent.status, errorOf(noConsent).code]).toEqual([422, 'GUARDIAN_CONSENT_REQUIRED']);
    context.platform.clock.advance(61_000);
    const noOwnCard = await apply(api, context.platform, guardian, child);
    expect([noOwnCard.status, errorOf(noOwnCard).code]).toEqual([409, 'GUARDIAN_CARD_REQUIRED']);
    // A child cannot be an account's own card either: someone must be its guardian.
    context.platform.clock.advance(61_000);
    const childAsSelf = await apply(api, context.platform, guardian, { ...child, relation: 'self' });
    expect(errorOf(childAsSelf).code).toBe('GUARDIAN_CARD_REQUIRED');
    expect(cardState(context.platform, guardian.accountId)).toBe(before);

    const own = resultOf(
      await apply(api, context.platform, guardian, adultApplication({ relation: 'self' })),
    ).card;
    context.platform.clock.advance(61_000);
    const added = await apply(api, context.platform, guardian, child, {
      headers: { 'X-Yika-Channel': 'web' },
    });
    expect(added.status).toBe(201);
    const { card } = resultOf(added);
    expect(card).toMatchObject({
      isMinor: true,
      relation: 'child',
      isDefault: false,
      guardianConsent: {
        consentVersion: 'minor-2026.1',
        channel: 'web',
        recordedAt: expect.stringMatching(/^2026-11-23T08:03:0\d\+08:00$/),
      },
    });
    const consents = context.platform.store.cardModel.consents.forCard(card.cardId);
    expect(consents).toEqual([
      {
        cardId: card.cardId,
        accountId: guardian.accountId,
        guardianCardId: own.cardId,
        consentVersion: 'minor-2026.1',
        channel: 'web',
        recordedAtMs: expect.any(Number),
      },
    ]);
    expect(toShanghaiIso(consents[0]!.recordedAtMs)).toBe(card.guardianConsent!.recordedAt);
  });

  it('counts "under 14" in full years on the platform clock’s Shanghai date', async () => {
    const guardian = await newResident();
    await apply(api, context.platform, guardian, adultApplication({ relation: 'self' }));
    const turnsFourteenToday = childApplication({
      birthDate: '2012-11-23',
      idNumber: residentIdNumber('2012-11-23', 17),
      guardianConsent: undefined,
    });
    const fourteen = resultOf(await apply(api, context.platform, guardian, turnsFourteenToday));
    expect(fourteen.card.isMinor).toBe(false);
    const tomorrow = childApplication({
      birthDate: '2012-11-24',
      idNumber: residentIdNumber('2012-11-24', 17),
      guardianConsent: undefined,
    });
    const refused = await apply(api, context.platform, guardian, tomorrow);
    expect(errorOf(refused).code).toBe('GUARDIAN_CONSENT_REQUIRED');
  });
});

describe('idempotent applications', () => {
  it('the same key twice makes one card and replays the first answer', async () => {
    const resident = await newResident();
    const application = await withSmsCode(api, context.platform, adultApplication());
    const options = { token: resident.token, idempotencyKey: 'apply-once-0001' };
    const first = await api.post('/v1/cards', application, options);
    const second = await api.post('/v1/cards', application, options);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(context.platform.store.cardModel.bindings.forAccount(resident.accountId)).toHaveLength(1);
  });

  // Checking and writing are one synchronous step, so no interleaving of the requests can make two cards.
  it('concurrent duplicates make one card, with one key or with many', async () => {
    const resident = await newResident();
    const sameKey = await withSmsCode(api, context.platform, adultApplication());
    const byKey = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.post('/v1/cards', sameKey, { token: resident.token, idempotencyKey: 'apply-dup-00001' }),
      ),
    );
    expect(byKey.filter((r) => r.status === 201 && !r.headers.has('idempotent-replayed'))).toHaveLength(1);
    // The rest were replayed or told the first is still running, depending on how they interleaved.
    for (const r of byKey) {
      if (r.status === 409) expect(errorOf(r).code).toBe('IDEMPOTENCY_IN_PROGRESS');
      else expect(r.status).toBe(201);
    }

    const manyKeys = await withSmsCode(
      api,
      context.platform,
      adultApplication({ idNumber: residentIdNumber('1990-06-15', 66) }),
    );
    const byBody = await Promise.all(
      Array.from({ length: 10 }, () => api.post('/v1/cards', manyKeys, { token: resident.token })),
    );
    expect(byBody.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of byBody.filter((item) => item.status !== 201)) {
      expect(errorOf(r).code).toBe('INVALID_SMS_CODE');
    }
    expect(context.platform.store.cardModel.bindings.forAccount(resident.accountId)).toHaveLength(2);
  });
});

function flipCheck(idNumber: string): string {
  const last = idNumber.slice(-1);
  return idNumber.slice(0, 17) + (last === '0' ? '1' : '0');
}

/** A number with a correct check character around any (even impossible) date. */
function rawId(region: string, yyyymmdd: string, sequence: string): string {
  return residentIdNumber(
    `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`,
    Number(sequence),
    region,
  );
}
