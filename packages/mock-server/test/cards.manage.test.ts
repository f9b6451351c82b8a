import type { Card, CardApplicationResult, CardCodeVerification } from '../src/contract/wire';
import { DEMO_PARENT_HOLDER, DEMO_SELF_HOLDER } from '../src/store/seed/card-holders';
import { DEMO_OPENID } from '../src/store/seed/residents';
import { createApi, errorOf, jsonOf, type Exchange } from './support/api';
import {
  adultApplication,
  apply,
  childApplication,
  residentIdNumber,
  signIn,
  type Resident,
} from './support/cards';
import { usePlatform } from './support/msw';

const context = usePlatform({ now: '2026-11-23T08:00:00+08:00' });
const api = createApi();
let openids = 0;
const newResident = () => signIn(api, context.platform, `o_cards_manage_${++openids}`);

const list = async (resident: Resident) =>
  jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: resident.token })).data;
const created = async (exchange: Promise<Exchange>) => jsonOf<CardApplicationResult>(await exchange).card;
const put = (path: string, resident: Resident, body?: unknown) =>
  api.send('PUT', path, body, { token: resident.token });
const del = (path: string, resident: Resident) =>
  api.send('DELETE', path, undefined, { token: resident.token });

async function verifyAt(hospitalId: string, qrText: string): Promise<CardCodeVerification> {
  return jsonOf<CardCodeVerification>(
    await api.post(
      '/v1/card-codes/verify',
      { qrText },
      { headers: { 'X-Yika-Hospital-Key': context.platform.hospitalKey(hospitalId) } },
    ),
  );
}

describe("the demo resident's seeded cards", () => {
  it('lists their own card (default) and then a parent’s, with ID numbers and phones masked', async () => {
    const demo = await signIn(api, context.platform, DEMO_OPENID);
    const cards = await list(demo);
    expect(cards.map((card) => [card.relation, card.isDefault, card.holder.name])).toEqual([
      ['self', true, DEMO_SELF_HOLDER.name],
      ['parent', false, DEMO_PARENT_HOLDER.name],
    ]);
    expect(cards[0]!.holder.maskedIdNumber).toBe('330203********1236');
    expect(cards[1]!.holder.maskedPhone).toBe('139****5678');
    const text = JSON.stringify(cards);
    for (const secret of [DEMO_SELF_HOLDER.idNumber, DEMO_PARENT_HOLDER.idNumber, DEMO_PARENT_HOLDER.phone])
      expect(text).not.toContain(secret);
    const one = jsonOf<Card>(await api.get(`/v1/cards/${cards[1]!.id}`, { token: demo.token }));
    expect(one).toEqual(cards[1]);
  });

  it('is the same for the same seed and differs for another seed', () => {
    const cardIds = () =>
      context.platform.store.cardModel.cards
        .all()
        .map((card) => card.cardId)
        .sort()
        .join();
    const before = cardIds();
    context.platform.reset(1);
    expect(cardIds()).toBe(before);
    context.platform.reset(2);
    expect(cardIds()).not.toBe(before);
  });
});

describe('default card', () => {
  it('moves to the chosen card; the list shows the default first', async () => {
    const demo = await signIn(api, context.platform, DEMO_OPENID);
    const [own, parent] = await list(demo);
    const chosen = await put(`/v1/cards/${parent!.id}/default`, demo);
    expect(chosen.status).toBe(200);
    expect(jsonOf<Card>(chosen)).toMatchObject({ id: parent!.id, isDefault: true });
    expect((await list(demo)).map((card) => [card.id, card.isDefault])).toEqual([
      [parent!.id, true],
      [own!.id, false],
    ]);
  });

  it('moves to the earliest remaining card when the default is unbound', async () => {
    const resident = await newResident();
    const first = await created(
      apply(api, context.platform, resident, adultApplication({ relation: 'self' })),
    );
    context.platform.clock.advance(1000);
    const second = await created(
      apply(
        api,
        context.platform,
        resident,
        adultApplication({ idNumber: residentIdNumber('1990-06-15', 68), relation: 'other' }),
      ),
    );
    context.platform.clock.advance(1000);
    const third = await created(
      apply(
        api,
        context.platform,
        resident,
        adultApplication({ idNumber: residentIdNumber('1990-06-15', 88), relation: 'other' }),
      ),
    );
    await put(`/v1/cards/${third.id}/default`, resident);
    expect((await del(`/v1/cards/${third.id}`, resident)).status).toBe(204);
    expect((await list(resident)).map((card) => [card.id, card.isDefault])).toEqual([
      [first.id, true],
      [second.id, false],
    ]);
    // Unbinding the last card leaves an empty list, not an error.
    await del(`/v1/cards/${first.id}`, resident);
    await del(`/v1/cards/${second.id}`, resident);
    expect(await list(resident)).toEqual([]);
  });
});

describe('unbinding keeps the card and its history', () => {
  it('re-binding finds the same card ID, the same patient numbers and the recorded consent', async () => {
    const guardian = await newResident();
    await apply(api, context.platform, guardian, adultApplication({ relation: 'self' }));
    const child = childApplication();
    const card = await created(apply(api, context.platform, guardian, child));
    const [hospitalA, hospitalB] = context.platform.store.hospitals.all();
    const atA = await verifyAt(hospitalA!.id, card.staticQrText);
    const atB = await verifyAt(hospitalB!.id, card.staticQrText);
    expect(atA.patientNumberCreated && atB.patientNumberCreated).toBe(true);
    await put(`/v1/cards/${card.id}/social-security-card`, guardian, { socialSecurityNumber: 'A12345678' });

    const unbound = await del(`/v1/cards/${card.id}`, guardian);
    expect(unbound.status).toBe(204);
    expect(unbound.text).toBe('');
    expect(errorOf(await api.get(`/v1/cards/${card.id}`, { token: guardian.token })).code).toBe('NOT_FOUND');
    expect((await list(guardian)).map((item) => item.cardId)).not.toContain(card.cardId);
    const model = context.platform.store.cardModel;
    expect(model.cards.get(card.cardId)).toBeDefined();
    expect(model.consents.forCard(card.cardId)).toHaveLength(1);
    const personId = model.cards.get(card.cardId)!.personId;
    expect(model.patients.forPerson(personId)).toEqual({
      [hospitalA!.id]: atA.patientNumber,
      [hospitalB!.id]: atB.patientNumber,
    });
    // A hospital still knows the card while no account holds it.
    expect((await verifyAt(hospitalA!.id, card.staticQrText)).patientNumber).toBe(atA.patientNumber);

    context.platform.clock.advance(61_000);
    const rebound = await apply(api, context.platform, guardian, child);
    expect(rebound.status).toBe(200);
    const again = jsonOf<CardApplicationResult>(rebound);
    expect(again.outcome).toBe('bound');
    expect(again.card.cardId).toBe(card.cardId);
    expect(again.card.id).not.toBe(card.id);
    expect(again.card.socialSecurityLinked).toBe(true);
    expect(again.card.guardianConsent).toBeDefined();
    expect(model.consents.forCard(card.cardId)).toHaveLength(2);
    for (const [hospital, before] of [
      [hospitalA!, atA],
      [hospitalB!, atB],
    ] as const) {
      const now = await verifyAt(hospital.id, again.card.staticQrText);
      expect([now.patientNumber, now.patientNumberCreated]).toEqual([before.patientNumber, false]);
    }
  });

  it('an unbound ref is gone: unbinding it again is 404, retrying with the same key replays the 204', async () => {
    const demo = await signIn(api, context.platform, DEMO_OPENID);
    const [, parent] = await list(demo);
    const options = { token: demo.token, idempotencyKey: 'unbind-parent-01' };
    expect((await api.send('DELETE', `/v1/cards/${parent!.id}`, undefined, options)).status).toBe(204);
    const replay = await api.send('DELETE', `/v1/cards/${parent!.id}`, undefined, options);
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([204, 'true']);
    expect(errorOf(await del(`/v1/cards/${parent!.id}`, demo)).code).toBe('NOT_FOUND');
  });
});

describe('social-security card link', () => {
  it('links the number and shows it masked only', async () => {
    const demo = await signIn(api, context.platform, DEMO_OPENID);
    const [own] = await list(demo);
    const linked = await put(`/v1/cards/${own!.id}/social-security-card`, demo, {
      socialSecurityNumber: '330203198803151236',
    });
    expect(linked.status).toBe(200);
    expect(jsonOf<Card>(linked)).toMatchObject({
      socialSecurityLinked: true,
      maskedSocialSecurityNumber: '330203********1236',
    });
    expect(linked.text).not.toContain('330203198803151236');
  });
});

describe("another account's cards", () => {
  it('are not found (404, never 403) for reading, defaulting, linking, codes and unbinding', async () => {
    const demo = await signIn(api, context.platform, DEMO_OPENID);
    const [own] = await list(demo);
    const stranger = await newResident();
    const attempts: Exchange[] = [
      await api.get(`/v1/cards/${own!.id}`, { token: stranger.token }),
      await put(`/v1/cards/${own!.id}/default`, stranger),
      await put(`/v1/cards/${own!.id}/social-security-card`, stranger, { socialSecurityNumber: 'A12345678' }),
      await api.post(`/v1/cards/${own!.id}/dynamic-codes`, undefined, { token: stranger.token }),
      await del(`/v1/cards/${own!.id}`, stranger),
    ];
    const unknown = await api.get('/v1/cards/crd_unknown1', { token: stranger.token });
    for (const attempt of attempts) {
      expect(attempt.status).toBe(404);
      // Indistinguishable from a reference that never existed.
      expect({ ...errorOf(attempt), requestId: '' }).toEqual({ ...errorOf(unknown), requestId: '' });
    }
    // Nothing happened to the owner's card.
    expect((await list(demo))[0]).toEqual(own);
    // The card ID is no reference either.
    expect((await api.get(`/v1/cards/${own!.cardId}`, { token: demo.token })).status).toBe(404);
  });
});
