// A person's seeded reports (the two years before the platform started): a pure function of the seed and
// the person's document, so a card shows the same history on every run, whoever binds it. The person went
// to 2 to 5 hospitals of the region (general, TCM and community ones), 3 to 8 times; each visit ordered a
// few lab panels and sometimes an exam. People with diabetes have glucose and HbA1c at every visit; a few
// people get one critical value; a few reports were corrected after issue (amended); a recent report may
// still be preliminary.
import { addDays, shanghaiStartOfDay } from '@yika/sdk/domain';
import { createRandom, mixSeed, type Random } from '../../random';
import type { HospitalRecord } from '../seed/build';
import { EXAM_TEMPLATES } from './exam-catalogue';
import { buildExamReport, buildLabReport, type ReportSubject, type ReportSite } from './factory';
import { labPanel, type PanelKey } from './lab-catalogue';
import type { ReportRecord } from './records';

export const HISTORY_DAYS = 730;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const DEPARTMENTS = ['全科医学科', '心血管内科', '内分泌科', '消化内科', '呼吸内科', '健康体检中心'] as const;
const OPTIONAL_PANELS: readonly PanelKey[] = ['liver', 'kidney', 'glucose', 'lipids', 'urine-routine'];

const LAB_AMENDMENTS = [
  '复核后更正：原报告结果录入有误，已按仪器原始数据更正。',
  '标本溶血，经重新采样复查后更正钾结果。',
] as const;
const EXAM_AMENDMENTS = ['补充描述：附见左侧第 6 肋陈旧性骨折。', '更正报告中检查部位的书写错误。'] as const;

export interface HistoryInput {
  seed: number;
  subject: ReportSubject;
  /** Hospitals a person may have visited, with their directory index. */
  hospitals: readonly { hospital: HospitalRecord; index: number }[];
  /** The platform's first day (Asia/Shanghai): every seeded report is issued before it. */
  originDay: string;
}

export function seededHistory(input: HistoryInput): ReportRecord[] {
  const { seed, subject } = input;
  const random = createRandom(mixSeed(seed, 0x4e90, subject.personKey));
  const visited = random.shuffle(input.hospitals).slice(0, random.int(2, 5));
  const visitCount = subject.profile === 'diabetic' ? random.int(5, 8) : random.int(3, 7);
  const daysAgo = distinctDays(random, visitCount).sort((a, b) => b - a);
  const criticalVisit = subject.profile === 'critical' ? random.int(0, visitCount - 1) : -1;
  const reports: ReportRecord[] = [];

  daysAgo.forEach((ago, visit) => {
    // Every hospital of the person's gets a visit first, so the history spans them all.
    const place = visit < visited.length ? visited[visit]! : random.pick(visited);
    const site: ReportSite = {
      hospital: place.hospital,
      hospitalIndex: place.index,
      departmentName: place.hospital.type === 'community' ? '全科医学科' : random.pick(DEPARTMENTS),
    };
    const dayStartMs = shanghaiStartOfDay(addDays(input.originDay, -ago));
    const collectedAtMs = dayStartMs + 7.5 * HOUR_MS + random.int(0, 150) * MINUTE_MS;
    const progress = 1 - ago / HISTORY_DAYS;
    const criticalItem = visit === criticalVisit ? random.pick(['K', 'GLU'] as const) : undefined;
    const newId = (n: number) => `rpt_${mixSeed(seed, subject.personKey, visit, n).toString(36)}${visit}${n}`;

    for (const [n, key] of panelsFor(random, subject, criticalItem).entries()) {
      reports.push(
        buildLabReport(random, seed, subject, {
          ...site,
          id: newId(n),
          panel: labPanel(key),
          collectedAtMs,
          progress,
          ...(criticalItem !== undefined ? { criticalItem } : {}),
        }),
      );
    }
    if (random.chance(0.35)) {
      reports.push(
        buildExamReport(random, subject, {
          ...site,
          id: newId(9),
          template: random.pick(EXAM_TEMPLATES),
          examinedAtMs: dayStartMs + 8.5 * HOUR_MS + random.int(0, 420) * MINUTE_MS,
          abnormal: random.chance(0.3),
        }),
      );
    }
  });

  for (const report of reports) maybeAmend(random, report);
  markLatestPreliminary(random, reports, input.originDay);
  return reports;
}

function distinctDays(random: Random, count: number): number[] {
  const days = new Set<number>();
  while (days.size < count) days.add(random.int(1, HISTORY_DAYS));
  return [...days];
}

function panelsFor(random: Random, subject: ReportSubject, critical: 'K' | 'GLU' | undefined): PanelKey[] {
  const panels = new Set<PanelKey>();
  if (random.chance(0.7)) panels.add('blood-routine');
  for (const key of random.shuffle(OPTIONAL_PANELS).slice(0, random.int(1, 3))) panels.add(key);
  if (subject.profile === 'diabetic') {
    panels.add('glucose');
    panels.add('hba1c');
  }
  if (critical === 'K') panels.add('kidney');
  if (critical === 'GLU') panels.add('glucose');
  return [...panels];
}

/** About one report in 15 was corrected after issue, the same evening (so before the platform's start). */
function maybeAmend(random: Random, report: ReportRecord): void {
  if (!random.chance(1 / 15)) return;
  report.status = 'amended';
  report.amendment = {
    amendedAtMs: report.reportedAtMs + random.int(2, 6) * HOUR_MS,
    reason: random.pick(report.type === 'lab' ? LAB_AMENDMENTS : EXAM_AMENDMENTS),
  };
}

/** A report of the last few days is sometimes still preliminary (初步报告), awaiting the final sign-off. */
function markLatestPreliminary(random: Random, reports: ReportRecord[], originDay: string): void {
  const recentFromMs = shanghaiStartOfDay(addDays(originDay, -14));
  for (const report of reports) {
    if (report.reportedAtMs >= recentFromMs && report.status === 'final' && random.chance(0.5)) {
      report.status = 'preliminary';
    }
  }
}
