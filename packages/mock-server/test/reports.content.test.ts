import type { LabReport, Report, Trend, TrendItem } from '../src/contract/wire';
import { interpretNumeric, interpretText } from '../src/store/reports/interpretation';
import { labPanel, type NumericItem, type QualitativeItem } from '../src/store/reports/lab-catalogue';
import type { ReportRecord } from '../src/store/reports/records';
import { createApi, expectCode, jsonOf } from './support/api';
import { usePlatform } from './support/msw';
import { allReports, demoFamily, getReport } from './reports.support';

const context = usePlatform({ now: '2026-11-23T10:00:00+08:00' });
const api = createApi();

const item = (panel: Parameters<typeof labPanel>[0], code: string) =>
  labPanel(panel).items.find((candidate) => candidate.code === code)!;

describe('interpretation', () => {
  const potassium = item('kidney', 'K') as NumericItem; // band 3.5 ~ 5.3, critical below 2.8 and above 6.2
  const band = { low: 3.5, high: 5.3 };

  it('keeps values exactly at the band or a critical limit on the milder side', () => {
    const at = (value: number) => interpretNumeric(value, band, potassium);
    expect([at(3.5), at(5.3), at(3.49), at(5.31)]).toEqual(['N', 'N', 'L', 'H']);
    expect([at(2.8), at(2.79), at(6.2), at(6.21)]).toEqual(['L', 'LL', 'H', 'HH']);
  });

  it('reads an open band on its one side only', () => {
    const cholesterol = item('lipids', 'TC') as NumericItem;
    expect([
      interpretNumeric(0.5, { high: 5.2 }, cholesterol),
      interpretNumeric(5.2, { high: 5.2 }, cholesterol),
      interpretNumeric(5.21, { high: 5.2 }, cholesterol),
    ]).toEqual(['N', 'N', 'H']);
  });

  it('marks qualitative results A, and AA where the catalogue calls them critical', () => {
    const ketones = item('urine-routine', 'KET') as QualitativeItem;
    expect([
      interpretText('阴性', ketones),
      interpretText('+', ketones),
      interpretText('+++', ketones),
    ]).toEqual(['N', 'A', 'AA']);
  });
});

describe('seeded reports', () => {
  /** The seeded histories of many people: enough for the rare kinds (critical, amended). */
  function manyHistories(): ReportRecord[] {
    const { store } = context.platform;
    store.residents.enrol(150);
    return store.cardModel.persons.all().flatMap((person) => store.reports.book.forPerson(person.id));
  }

  it('derive the flags of every lab result from its value and band', () => {
    for (const report of manyHistories()) {
      if (report.type !== 'lab') continue;
      for (const result of report.results) {
        if (result.valueType !== 'numeric') continue;
        const limits = item(panelOf(report.title), result.code) as NumericItem;
        const band = { low: result.referenceLow, high: result.referenceHigh };
        expect([result.code, result.interpretation]).toEqual([
          result.code,
          interpretNumeric(result.value!, band, limits),
        ]);
        expect(result.critical).toBe(result.interpretation === 'LL' || result.interpretation === 'HH');
      }
    }
  });

  it('include critical values, amended and preliminary reports, with flags in the summary', async () => {
    const histories = manyHistories();
    const critical = histories.find(
      (report) => report.type === 'lab' && report.results.some((result) => result.critical),
    ) as Extract<ReportRecord, { type: 'lab' }>;
    expect(critical.results.filter((result) => result.critical).map((result) => result.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(2\.60|25\.10)$/)]),
    );
    const amended = histories.find((report) => report.status === 'amended')!;
    expect(amended.amendment!.reason).toMatch(/更正|补充/);
    expect(amended.amendment!.amendedAtMs).toBeGreaterThan(amended.reportedAtMs);
    expect(histories.some((report) => report.status === 'preliminary')).toBe(true);

    // Through the API: a card holding the amended report shows it with its amendment.
    const { platform } = context;
    const family = await demoFamily(api, platform);
    const own = platform.store.reports.book.forPerson(
      platform.store.cardModel.cards.get(family.parent.cardId)!.personId,
    );
    const shown = await getReport(api, family.token, own[0]!.id);
    expect(shown.cardRef).toBe(family.parent.id);
    expect(shown.abnormal).toBe(
      shown.type === 'lab' ? shown.results.some((result) => result.interpretation !== 'N') : shown.abnormal,
    );
  });

  it('mark lab reports of tertiary hospitals mutually recognised, never those of community centres', async () => {
    const { platform } = context;
    const family = await demoFamily(api, platform);
    const reports = await allReports(api, family.token, '', 50);
    const levelOf = (hospitalId: string) => platform.store.hospitals.require(hospitalId).level;
    for (const report of reports) {
      const level = levelOf(report.hospital.id);
      const expected =
        report.status !== 'preliminary' &&
        (level === '3A' ||
          level === '3B' ||
          (report.type === 'exam' && level.startsWith('2') && report.title !== '心电图'));
      expect([report.id, report.mutualRecognition]).toEqual([report.id, expected]);
    }
    expect(reports.some((report) => report.mutualRecognition)).toBe(true);
    expect(reports.some((report) => !report.mutualRecognition)).toBe(true);
  });
});

describe('trends', () => {
  it("follow the diabetic father's glucose oldest first across hospitals, banded by the latest point", async () => {
    const family = await demoFamily(api, context.platform);
    const token = { token: family.token };
    const items = jsonOf<{ data: TrendItem[] }>(
      await api.get(`/v1/cards/${family.parent.id}/trends`, token),
    ).data;
    expect(items.map((entry) => entry.code)).toEqual(expect.arrayContaining(['GLU', 'HBA1C']));
    expect(items.every((entry) => entry.count >= 2)).toBe(true);

    const trend = jsonOf<Trend>(await api.get(`/v1/cards/${family.parent.id}/trends/GLU`, token));
    const times = trend.points.map((point) => point.collectedAt);
    expect(times).toEqual([...times].sort());
    expect(new Set(trend.points.map((point) => point.hospital.id)).size).toBeGreaterThanOrEqual(2);
    const latest = trend.points[trend.points.length - 1]!;
    expect([trend.referenceLow, trend.referenceHigh]).toEqual([latest.referenceLow, latest.referenceHigh]);
    expect(latest.value).toBeGreaterThan(trend.points[0]!.value);
    expect(latest.interpretation).toBe('H');

    // Every point is the value of that report's result.
    const report = (await getReport(api, family.token, latest.reportId)) as LabReport;
    expect(report.results.find((result) => result.code === 'GLU')!.value).toBe(latest.value);
  });

  it('answer 404 for an item the card has no result for', async () => {
    const family = await demoFamily(api, context.platform);
    expectCode(
      await api.get(`/v1/cards/${family.parent.id}/trends/NOPE`, { token: family.token }),
      404,
      'NOT_FOUND',
    );
  });
});

function panelOf(title: Report['title']): Parameters<typeof labPanel>[0] {
  const keys = ['blood-routine', 'liver', 'kidney', 'glucose', 'hba1c', 'lipids', 'urine-routine'] as const;
  return keys.find((key) => labPanel(key).title === title)!;
}
