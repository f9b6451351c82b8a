import { shanghaiDate } from '@yika/sdk/domain';
import { createPlatform } from '../src';
import type { ReportPage, ReportSummary } from '../src/contract/wire';
import { createApi, expectCode, errorOf, jsonOf } from './support/api';
import { signIn } from './support/cards';
import { usePlatform } from './support/msw';
import { allReports, demoFamily, getReport } from './reports.support';

const NOW = '2026-11-23T10:00:00+08:00';
const context = usePlatform({ now: NOW });
const api = createApi();

const isNewestFirst = (list: readonly ReportSummary[]) =>
  list.every((item, index) => index === 0 || list[index - 1]!.reportedAt >= item.reportedAt);

describe('listing reports', () => {
  it("lists both of the family's cards across hospitals, newest first, the same on every run", async () => {
    const family = await demoFamily(api, context.platform);
    const reports = await allReports(api, family.token, '', 50);

    expect(new Set(reports.map((report) => report.cardRef))).toEqual(
      new Set([family.self.id, family.parent.id]),
    );
    expect(new Set(reports.map((report) => report.hospital.id)).size).toBeGreaterThanOrEqual(2);
    expect(isNewestFirst(reports)).toBe(true);
    expect(reports.every((report) => report.reportedAt < NOW.replace('10:00:00', '00:00:00'))).toBe(true);
    expect(reports.every((report) => /^\S\*+$/.test(report.patientName))).toBe(true);

    // Another platform from the same seed (a later "run"): the same history.
    const again = createPlatform({ now: NOW }).store;
    const parentPerson = context.platform.store.cardModel.cards.get(family.parent.cardId)!.personId;
    expect(again.reports.book.forPerson(parentPerson).map((report) => report.id)).toEqual(
      context.platform.store.reports.book.forPerson(parentPerson).map((report) => report.id),
    );
  });

  it('pages with a cursor through exactly the whole list', async () => {
    const family = await demoFamily(api, context.platform);
    const whole = await allReports(api, family.token, '', 50);
    const paged = await allReports(api, family.token, '', 3);
    expect(paged.map((report) => report.id)).toEqual(whole.map((report) => report.id));
    expect(whole.length).toBeGreaterThan(3);

    const first = jsonOf<ReportPage>(await api.get('/v1/reports?limit=3', { token: family.token }));
    const otherFilters = await api.get(`/v1/reports?limit=3&type=lab&cursor=${first.nextCursor!}`, {
      token: family.token,
    });
    expectCode(otherFilters, 400, 'VALIDATION_FAILED');
  });

  it('filters by card, type, hospital and an inclusive date range', async () => {
    const family = await demoFamily(api, context.platform);
    const whole = await allReports(api, family.token, '', 50);

    const parents = await allReports(api, family.token, `&cardRef=${family.parent.id}`);
    expect(parents.map((report) => report.id)).toEqual(
      whole.filter((report) => report.cardRef === family.parent.id).map((report) => report.id),
    );

    const exams = await allReports(api, family.token, '&type=exam');
    expect(exams.map((report) => report.id)).toEqual(
      whole.filter((report) => report.type === 'exam').map((report) => report.id),
    );

    const hospitalId = whole[whole.length - 1]!.hospital.id;
    const atHospital = await allReports(api, family.token, `&hospitalId=${hospitalId}`);
    expect(atHospital.length).toBeGreaterThan(0);
    expect(atHospital.every((report) => report.hospital.id === hospitalId)).toBe(true);

    // One report's own day as both ends: inclusive, so it is there, and only that day's reports are.
    const day = whole[1]!.reportedAt.slice(0, 10);
    const onDay = await allReports(api, family.token, `&from=${day}&to=${day}`);
    expect(onDay.map((report) => report.id)).toEqual(
      whole.filter((report) => report.reportedAt.startsWith(day)).map((report) => report.id),
    );
    expect(onDay.map((report) => report.id)).toContain(whole[1]!.id);
  });

  it('refuses a range whose start is after its end', async () => {
    const family = await demoFamily(api, context.platform);
    const refused = await api.get('/v1/reports?from=2026-05-02&to=2026-05-01', { token: family.token });
    expectCode(refused, 400, 'VALIDATION_FAILED');
    expect(errorOf(refused).details).toEqual([{ field: 'query.from', issue: 'must not be after query.to' }]);
  });
});

describe('access', () => {
  it("answers 404 for another account's report and card, never 403", async () => {
    const family = await demoFamily(api, context.platform);
    const stranger = await signIn(api, context.platform, 'o_reports_stranger');
    const [report] = await allReports(api, family.token, '', 50);

    expectCode(await api.get(`/v1/reports/${report!.id}`, { token: stranger.token }), 404, 'NOT_FOUND');
    expectCode(
      await api.get(`/v1/reports?cardRef=${family.parent.id}`, { token: stranger.token }),
      404,
      'NOT_FOUND',
    );
    expectCode(
      await api.get(`/v1/cards/${family.parent.id}/trends`, { token: stranger.token }),
      404,
      'NOT_FOUND',
    );
    expect((await getReport(api, family.token, report!.id)).id).toBe(report!.id);
  });
});

describe('a report issued now', () => {
  it('comes first in the list and tells the account with a report.ready event', async () => {
    const { platform } = context;
    const family = await demoFamily(api, platform);
    const issued = platform.store.reports.issuer.issue({ cardId: family.parent.cardId, panel: 'glucose' });

    const [latest] = await allReports(api, family.token, '', 5);
    expect([latest!.id, latest!.title, latest!.reportedAt.slice(0, 10)]).toEqual([
      issued.id,
      '空腹血糖',
      shanghaiDate(platform.clock.now()),
    ]);
    const events = jsonOf<{ data: { type: string; reportId?: string; cardRef?: string; body: string }[] }>(
      await api.get('/v1/events', { token: family.token }),
    ).data;
    expect(events[0]).toMatchObject({ type: 'report.ready', reportId: issued.id, cardRef: family.parent.id });
    expect(events[0]!.body).toContain('陈**的空腹血糖报告已出');
  });
});
