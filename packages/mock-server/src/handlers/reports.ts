// Reports (报告) of the account's cards and their trends. Thin: the rules live in store/reports.
import { defineOperation } from '../http/operation';

function account(accountId: string | undefined): string {
  if (accountId === undefined) throw new Error('A report operation ran without an account');
  return accountId;
}

export const reportOperations = [
  defineOperation('listReports', ({ store, accountId, query }) => ({
    status: 200,
    body: store.reports.desk.list(account(accountId), query),
  })),

  defineOperation('getReport', ({ store, accountId, params }) => ({
    status: 200,
    body: store.reports.desk.get(account(accountId), params.reportId),
  })),

  defineOperation('listTrendItems', ({ store, accountId, params }) => ({
    status: 200,
    body: { data: store.reports.desk.trendItems(account(accountId), params.cardRef) },
  })),

  defineOperation('getTrend', ({ store, accountId, params }) => ({
    status: 200,
    body: store.reports.desk.trend(account(accountId), params.cardRef, params.itemCode),
  })),
];
