// The 报告 tab's filters: family card (就诊人), type (全部/检验/检查), hospital and a date range, turned into
// the query of `GET /v1/reports`. Dates are the contract's `YYYY-MM-DD` in Asia/Shanghai; `today` comes
// from the caller so the rules stay testable.
import type { Card, HospitalRef, ReportType } from '@yika/sdk';
import { cardRefFilter } from './appointmentSegments';

export type ReportTypeChoice = 'all' | ReportType;
export type DateRangeChoice = '3m' | '1y' | 'all';

/** The chip that lists every hospital's reports. */
export const ALL_HOSPITALS = 'all';

export const REPORT_TYPE_OPTIONS: ReadonlyArray<{ code: ReportTypeChoice; name: string }> = [
  { code: 'all', name: '全部' },
  { code: 'lab', name: '检验' },
  { code: 'exam', name: '检查' },
];

export const DATE_RANGE_OPTIONS: ReadonlyArray<{ code: DateRangeChoice; name: string }> = [
  { code: '3m', name: '近3个月' },
  { code: '1y', name: '近1年' },
  { code: 'all', name: '全部时间' },
];

/** The filter part of `yika.reports.list` params (paging is the list hook's). */
export interface ReportQuery {
  cardRef?: string;
  type?: ReportType;
  hospitalId?: string;
  from?: string;
}

export interface ReportFilters {
  /** A card's id, or ALL_CARDS. */
  card: string;
  type: ReportTypeChoice;
  /** A hospital's id, or ALL_HOSPITALS. */
  hospital: string;
  range: DateRangeChoice;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no clock or zone involved).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `monthsBefore('2026-05-31', 3)` -> `'2026-02-28'`: the same day `months` calendar months earlier, kept
 * inside a shorter month.
 */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** The first report date a range lets through (inclusive), or undefined for 全部时间. */
export function rangeStart(range: DateRangeChoice, today: string): string | undefined {
  switch (range) {
    case '3m':
      return monthsBefore(today, 3);
    case '1y':
      return monthsBefore(today, 12);
    case 'all':
      return undefined;
  }
}

/**
 * The list query for the chosen filters. A card no longer in the account, or a hospital chip, are asked
 * for only while they mean something; `to` is left open, so a report issued today is always in.
 */
export function reportListQuery(filters: ReportFilters, cards: readonly Card[], today: string): ReportQuery {
  const query: ReportQuery = {};
  const cardRef = cardRefFilter(filters.card, cards);
  if (cardRef !== undefined) query.cardRef = cardRef;
  if (filters.type !== 'all') query.type = filters.type;
  if (filters.hospital !== ALL_HOSPITALS) query.hospitalId = filters.hospital;
  const from = rangeStart(filters.range, today);
  if (from !== undefined) query.from = from;
  return query;
}

/**
 * The hospitals the resident has seen reports from, in the order first seen, with the newly listed ones
 * added. There is no endpoint for "hospitals with my reports", so the hospital chips grow as pages load.
 */
export function rememberHospitals(
  known: readonly HospitalRef[],
  reports: ReadonlyArray<{ hospital: HospitalRef }>,
): HospitalRef[] {
  const seen = new Set(known.map((hospital) => hospital.id));
  const added = [...known];
  for (const { hospital } of reports) {
    if (seen.has(hospital.id)) continue;
    seen.add(hospital.id);
    added.push(hospital);
  }
  return added.length === known.length ? (known as HospitalRef[]) : added;
}

/** 全部医院 then each known hospital; none while fewer than two hospitals are known (nothing to choose). */
export function hospitalFilterOptions(
  known: readonly HospitalRef[],
  chosen: string,
): Array<{ code: string; name: string }> {
  if (known.length < 2 && chosen === ALL_HOSPITALS) return [];
  return [
    { code: ALL_HOSPITALS, name: '全部医院' },
    ...known.map((hospital) => ({ code: hospital.id, name: hospital.name })),
  ];
}

/** The empty list's words: what the filters left out, so the resident knows to widen them. */
export function reportsEmptyText(filters: ReportFilters): { title: string; hint: string } {
  const narrowed = filters.type !== 'all' || filters.hospital !== ALL_HOSPITALS || filters.range !== 'all';
  if (narrowed) {
    return { title: '没有符合条件的报告', hint: '可以换一个类型、医院或时间范围再看看。' };
  }
  return {
    title: '暂无报告',
    hint: '在全市医院做的检验、检查出报告后，会显示在这里。',
  };
}
