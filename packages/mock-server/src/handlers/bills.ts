// Outpatient bills (门诊待缴费) of the account's cards. Thin: the rules live in store/bills.
import { defineOperation } from '../http/operation';

function account(accountId: string | undefined): string {
  if (accountId === undefined) throw new Error('A bill operation ran without an account');
  return accountId;
}

const originOf = (request: Request): string => new URL(request.url).origin;

export const billOperations = [
  defineOperation('listBills', ({ store, accountId, query, request }) => ({
    status: 200,
    body: store.payments.bills.list(account(accountId), query, originOf(request)),
  })),

  defineOperation('getBill', ({ store, accountId, params, request }) => ({
    status: 200,
    body: store.payments.bills.get(account(accountId), params.billId, originOf(request)),
  })),
];
