// How a report (报告) reads in the 报告 tab: title, hospital, date, status in words, and badges that say
// 危急 / 异常 with a symbol (never colour alone) and 互认 (mutual recognition, 检查检验结果互认). Rows are
// grouped by month in the platform's order (newest first).
import type { ReportStatus, ReportSummary } from '@yika/sdk';
import { REPORT_STATUS_NAMES, REPORT_TYPE_NAMES } from '@yika/sdk/domain';
import type { StatusTone } from './appointmentDisplay';
import { shanghaiDateOf } from './bookingDates';

const STATUS_TONES: Readonly<Record<ReportStatus, StatusTone>> = {
  // Dashed: not the final word yet; solid: final; amended keeps the primary tone and says 已更正.
  preliminary: 'muted',
  final: 'done',
  amended: 'active',
};

export function reportStatusChip(status: ReportStatus): { text: string; tone: StatusTone } {
  return { text: REPORT_STATUS_NAMES[status], tone: STATUS_TONES[status] };
}

export type ReportBadgeKind = 'critical' | 'abnormal' | 'recognised';

export interface ReportBadge {
  kind: ReportBadgeKind;
  /** The symbol shown before the words; the words alone carry the meaning. */
  icon: string;
  text: string;
}

const BADGES: Readonly<Record<ReportBadgeKind, ReportBadge>> = {
  critical: { kind: 'critical', icon: '‼', text: '危急' },
  abnormal: { kind: 'abnormal', icon: '⚠', text: '异常' },
  recognised: { kind: 'recognised', icon: '✓', text: '互认' },
};

/**
 * 危急 when any value is critical (it is abnormal too, so 异常 is not repeated), else 异常 when anything is
 * out of range; then 互认 when other hospitals of the region accept the results.
 */
export function reportBadges(
  report: Pick<ReportSummary, 'abnormal' | 'critical' | 'mutualRecognition'>,
): ReportBadge[] {
  const badges: ReportBadge[] = [];
  if (report.critical) badges.push(BADGES.critical);
  else if (report.abnormal) badges.push(BADGES.abnormal);
  if (report.mutualRecognition) badges.push(BADGES.recognised);
  return badges;
}

export interface ReportRowModel {
  id: string;
  title: string;
  /** 检验 / 检查. */
  typeName: string;
  hospitalName: string;
  /** `王*明 · 内分泌科`. */
  meta: string;
  dateText: string;
  status: { text: string; tone: StatusTone };
  badges: ReportBadge[];
  /** What a screen reader says for the row. */
  label: string;
}

export function reportRow(report: ReportSummary): ReportRowModel {
  const status = reportStatusChip(report.status);
  const badges = reportBadges(report);
  const typeName = REPORT_TYPE_NAMES[report.type];
  const dateText = shanghaiDateOf(report.reportedAt);
  const meta = `${report.patientName} · ${report.departmentName}`;
  const label = [
    `${typeName}报告 ${report.title}`,
    ...badges.map((badge) => (badge.kind === 'recognised' ? '结果互认' : `有${badge.text}结果`)),
    status.text,
    report.hospital.name,
    dateText,
    report.patientName,
  ].join('，');
  return {
    id: report.id,
    title: report.title,
    typeName,
    hospitalName: report.hospital.name,
    meta,
    dateText,
    status,
    badges,
    label,
  };
}

export interface MonthGroup<T> {
  /** `2026年11月`. */
  title: string;
  items: T[];
}

/** Consecutive reports of one month (Shanghai date) under one heading, in the order listed. */
export function groupByMonth<T extends { reportedAt: string }>(reports: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const report of reports) {
    const [year, month] = shanghaiDateOf(report.reportedAt).split('-');
    const title = `${year}年${Number(month)}月`;
    const last = groups[groups.length - 1];
    if (last && last.title === title) last.items.push(report);
    else groups.push({ title, items: [report] });
  }
  return groups;
}
