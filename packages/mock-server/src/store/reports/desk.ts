// Reports (报告查询) as residents reach them: only the reports of cards the account holds (another account's
// report is simply not found), filtered and paged newest first, and the card's trends. New reports come in
// through issue.ts.
import { shanghaiDate } from '@yika/sdk/domain';
import type { Report, ReportPage, ReportType, Trend, TrendItem } from '../../contract/wire';
import type { BindingRecord } from '../cards/bindings';
import { cardAndPerson, type CardModel } from '../cards/model';
import { pageOf, type PageRequest } from '../cursor';
import { PlatformError, validationFailed } from '../errors';
import type { HospitalDirectory } from '../hospitals';
import type { ReportBook } from './book';
import { newestFirst, type ReportRecord } from './records';
import { trendItems, trendOf } from './trends';
import { toReport, toReportSummary, type ReportContext } from './view';

export interface ReportQuery extends PageRequest {
  cardRef?: string;
  type?: ReportType;
  hospitalId?: string;
  /** First report date, inclusive (Asia/Shanghai). */
  from?: string;
  /** Last report date, inclusive (Asia/Shanghai). */
  to?: string;
}

export class ReportDesk {
  constructor(
    readonly book: ReportBook,
    private readonly cards: CardModel,
    private readonly hospitals: HospitalDirectory,
  ) {}

  list(accountId: string, query: ReportQuery): ReportPage {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw validationFailed('query.from', 'must not be after query.to');
    }
    const bindings =
      query.cardRef === undefined
        ? this.cards.bindings.forAccount(accountId)
        : [this.cards.bindings.get(accountId, query.cardRef)];
    const matches = bindings
      .flatMap((binding) => this.reportsOf(binding).map((report) => ({ report, binding })))
      .filter(({ report }) => matchesQuery(report, query))
      .sort((a, b) => newestFirst(a.report, b.report));
    const filters = {
      cardRef: query.cardRef ?? '',
      type: query.type ?? '',
      hospitalId: query.hospitalId ?? '',
      from: query.from ?? '',
      to: query.to ?? '',
    };
    return pageOf(matches, query, filters, ({ report, binding }) =>
      toReportSummary(report, this.context(report, binding)),
    );
  }

  get(accountId: string, reportId: string): Report {
    for (const binding of this.cards.bindings.forAccount(accountId)) {
      const report = this.reportsOf(binding).find((candidate) => candidate.id === reportId);
      if (report) return toReport(report, this.context(report, binding));
    }
    throw new PlatformError('NOT_FOUND');
  }

  trendItems(accountId: string, cardRef: string): TrendItem[] {
    return trendItems(this.reportsOf(this.cards.bindings.get(accountId, cardRef)));
  }

  trend(accountId: string, cardRef: string, itemCode: string): Trend {
    const binding = this.cards.bindings.get(accountId, cardRef);
    return trendOf(this.reportsOf(binding), itemCode, binding.ref, this.hospitals);
  }

  private reportsOf(binding: BindingRecord): ReportRecord[] {
    return this.book.forPerson(cardAndPerson(this.cards, binding.cardId).person.id);
  }

  private context(report: ReportRecord, binding: BindingRecord): ReportContext {
    return {
      cardRef: binding.ref,
      patientName: cardAndPerson(this.cards, binding.cardId).person.name,
      hospital: this.hospitals.require(report.hospitalId),
    };
  }
}

function matchesQuery(report: ReportRecord, query: ReportQuery): boolean {
  if (query.type !== undefined && report.type !== query.type) return false;
  if (query.hospitalId !== undefined && report.hospitalId !== query.hospitalId) return false;
  const day = shanghaiDate(report.reportedAtMs);
  if (query.from !== undefined && day < query.from) return false;
  return query.to === undefined || day <= query.to;
}
