// Trends (趋势) of lab items across a card's reports from every hospital. An item is offered as a trend
// once it has two or more numeric results; a trend lists them oldest first, each with its own hospital's
// band (bands differ a little between labs), and draws the band of the most recent point.
import { toShanghaiIso } from '@yika/sdk/domain';
import type { LabResult, Trend, TrendItem, TrendPoint } from '../../contract/wire';
import { hospitalRef } from '../booking/views';
import { PlatformError } from '../errors';
import type { HospitalDirectory } from '../hospitals';
import type { LabReportRecord, ReportRecord } from './records';

interface Measurement {
  report: LabReportRecord;
  result: LabResult & { value: number };
}

export function trendItems(reports: readonly ReportRecord[]): TrendItem[] {
  const byCode = new Map<string, Measurement[]>();
  for (const measurement of measurements(reports)) {
    const list = byCode.get(measurement.result.code) ?? [];
    list.push(measurement);
    byCode.set(measurement.result.code, list);
  }
  return [...byCode.values()]
    .filter((list) => list.length >= 2)
    .map((list) => {
      const latest = list[list.length - 1]!;
      return {
        code: latest.result.code,
        name: latest.result.name,
        ...(latest.result.unit === undefined ? {} : { unit: latest.result.unit }),
        count: list.length,
        latestAt: toShanghaiIso(latest.report.collectedAtMs),
      };
    })
    .sort((a, b) => (a.latestAt < b.latestAt ? 1 : a.latestAt > b.latestAt ? -1 : a.code < b.code ? -1 : 1));
}

/** The item's trend; NOT_FOUND when the card has no numeric result for it. */
export function trendOf(
  reports: readonly ReportRecord[],
  code: string,
  cardRef: string,
  hospitals: HospitalDirectory,
): Trend {
  const list = measurements(reports).filter((measurement) => measurement.result.code === code);
  const latest = list[list.length - 1];
  if (!latest) throw new PlatformError('NOT_FOUND');
  const points: TrendPoint[] = list.map(({ report, result }) => ({
    reportId: report.id,
    hospital: hospitalRef(hospitals.require(report.hospitalId)),
    collectedAt: toShanghaiIso(report.collectedAtMs),
    value: result.value,
    interpretation: result.interpretation,
    ...band(result),
  }));
  return {
    cardRef,
    code,
    name: latest.result.name,
    ...(latest.result.unit === undefined ? {} : { unit: latest.result.unit }),
    ...band(latest.result),
    points,
  };
}

/** Every numeric result of the reports, oldest first (ties by report id, so the order is total). */
function measurements(reports: readonly ReportRecord[]): Measurement[] {
  return reports
    .filter((report): report is LabReportRecord => report.type === 'lab')
    .sort((a, b) => a.collectedAtMs - b.collectedAtMs || (a.id < b.id ? -1 : 1))
    .flatMap((report) =>
      report.results
        .filter((result): result is LabResult & { value: number } => result.value !== undefined)
        .map((result) => ({ report, result })),
    );
}

function band(result: LabResult): { referenceLow?: number; referenceHigh?: number } {
  return {
    ...(result.referenceLow === undefined ? {} : { referenceLow: result.referenceLow }),
    ...(result.referenceHigh === undefined ? {} : { referenceHigh: result.referenceHigh }),
  };
}
