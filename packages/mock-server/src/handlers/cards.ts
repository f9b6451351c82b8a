// E-health cards: the resident's operations and the hospitals' code verification. Thin: the rules live in
// store/cards/*.
import { defineOperation } from '../http/operation';

/** The pipeline authenticates before a handler runs; a missing caller here is a wiring bug. */
function required(value: string | undefined, who: string): string {
  if (value === undefined) throw new Error(`A card operation ran without ${who}`);
  return value;
}

export const cardOperations = [
  defineOperation('listCards', ({ store, accountId }) => ({
    status: 200,
    body: { data: store.cards.list(required(accountId, 'an account')) },
  })),

  defineOperation('applyForCard', ({ store, accountId, body, channel }) =>
    store.cards.apply(required(accountId, 'an account'), body, channel),
  ),

  defineOperation('getCard', ({ store, accountId, params }) => ({
    status: 200,
    body: store.cards.get(required(accountId, 'an account'), params.cardRef),
  })),

  defineOperation('unbindCard', ({ store, accountId, params }) => {
    store.cards.unbind(required(accountId, 'an account'), params.cardRef);
    return { status: 204 };
  }),

  defineOperation('setDefaultCard', ({ store, accountId, params }) => ({
    status: 200,
    body: store.cards.setDefault(required(accountId, 'an account'), params.cardRef),
  })),

  defineOperation('linkSocialSecurityCard', ({ store, accountId, params, body }) => ({
    status: 200,
    body: store.cards.linkSocialSecurityCard(
      required(accountId, 'an account'),
      params.cardRef,
      body.socialSecurityNumber,
    ),
  })),

  defineOperation('issueDynamicCardCode', async ({ store, accountId, params }) => ({
    status: 201,
    body: await store.cardCodes.issue(required(accountId, 'an account'), params.cardRef),
  })),

  defineOperation('verifyCardCode', async ({ store, hospitalId, body }) => ({
    status: 200,
    body: await store.cardCodes.verify(required(hospitalId, 'a hospital'), body.qrText),
  })),
];
