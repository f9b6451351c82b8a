// Shared by the reports tests: the demo resident signed in with their cards (their own and their father's,
// who has diabetes in the seed), and typed reads of the reports API.
import type { Platform } from '../src';
import type { Card, Report, ReportPage, ReportSummary } from '../src/contract/wire';
import { DEMO_OPENID } from '../src/store/seed/residents';
import { jsonOf, type Api } from './support/api';
import { signIn, type Resident } from './support/cards';

export interface DemoFamily extends Resident {
  self: Card;
  parent: Card;
}

export async function demoFamily(api: Api, platform: Platform): Promise<DemoFamily> {
  const resident = await signIn(api, platform, DEMO_OPENID);
  const cards = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', { token: resident.token })).data;
  return {
    ...resident,
    self: cards.find((card) => card.relation === 'self')!,
    parent: cards.find((card) => card.relation === 'parent')!,
  };
}

/** Every page of the list, following nextCursor. */
export async function allReports(api: Api, token: string, query = '', limit = 7): Promise<ReportSummary[]> {
  const found: ReportSummary[] = [];
  let cursor: string | null = null;
  do {
    const next: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page = jsonOf<ReportPage>(await api.get(`/v1/reports?limit=${limit}${query}${next}`, { token }));
    found.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return found;
}

export async function getReport(api: Api, token: string, id: string): Promise<Report> {
  return jsonOf<Report>(await api.get(`/v1/reports/${id}`, { token }));
}
