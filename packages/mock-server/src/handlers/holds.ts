// Holds (锁号): take a place of a slot for one of the account's cards, read it, release it. Thin: the
// rules live in store/booking/holds.ts; idempotency is the pipeline's.
import { defineOperation } from '../http/operation';

/** The pipeline authenticates before a handler runs; a missing account here is a wiring bug. */
function account(accountId: string | undefined): string {
  if (accountId === undefined) throw new Error('A hold operation ran without an account');
  return accountId;
}

export const holdOperations = [
  defineOperation('createHold', ({ store, accountId, body, channel }) => ({
    status: 201,
    body: store.holds.create(account(accountId), body, channel),
  })),

  defineOperation('getHold', ({ store, accountId, params, channel }) => ({
    status: 200,
    body: store.holds.get(account(accountId), params.holdId, channel),
  })),

  defineOperation('releaseHold', ({ store, accountId, params }) => {
    store.holds.release(account(accountId), params.holdId);
    return { status: 204 };
  }),
];
