// client.reports: lab (检验) and exam (检查) reports (报告查询) of the account's own and family cards from
// every hospital of the region, and trends (趋势) of one lab item across reports and hospitals. Names for
// screens (interpretation words and arrows, statuses, modalities) and the trend chart's geometry are in
// `@yika/sdk/domain`.
import { followCursor } from '../core/paging';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import type {
  Report,
  ReportListParams,
  ReportPage,
  ReportSummary,
  Trend,
  TrendItem,
  TrendItemList,
} from '../types';
import { reportPath, trendsPath } from './paths';

export class ReportsResource {
  constructor(private readonly sender: RequestSender) {}

  /**
   * One page of report summaries, newest first, optionally for one card (`cardRef`), one `type`, one
   * `hospitalId` and report dates `from`..`to` (`YYYY-MM-DD`, Asia/Shanghai, inclusive). Refusals:
   * VALIDATION_FAILED (400: a malformed date, `from` after `to`), NOT_FOUND (404: a card of another account).
   */
  list(params?: ReportListParams, options?: RequestOptions): Promise<ReportPage> {
    return this.sender.request<ReportPage>(
      { method: 'GET', path: '/v1/reports', query: params, auth: 'required' },
      options,
    );
  }

  /** Every report matching `params`, newest first, fetching pages only as the loop reads on. */
  iterate(params?: ReportListParams, options?: RequestOptions): AsyncIterable<ReportSummary> {
    return followCursor((query) => this.list(query, options), params);
  }

  /**
   * One report: a `LabReport` (results) or an `ExamReport` (findings, impression); narrow it with
   * `isLabReport` / `isExamReport` or on `type`. NOT_FOUND (404) for a report of another account's card.
   */
  get(reportId: string, options?: RequestOptions): Promise<Report> {
    return this.sender.request<Report>(
      { method: 'GET', path: reportPath(reportId), auth: 'required' },
      options,
    );
  }

  /** The card's lab items with two or more numeric results, to offer a trend for. NOT_FOUND (404). */
  async trendItems(cardRef: string, options?: RequestOptions): Promise<TrendItem[]> {
    const list = await this.sender.request<TrendItemList>(
      { method: 'GET', path: trendsPath(cardRef), auth: 'required' },
      options,
    );
    return list.data;
  }

  /**
   * One lab item (`itemCode`, e.g. `GLU`, `HBA1C`) of the card across reports and hospitals, oldest first,
   * with the reference band to draw (`trendChartModel` from `@yika/sdk/domain`). NOT_FOUND (404) for an
   * item without results or a card of another account.
   */
  trend(cardRef: string, itemCode: string, options?: RequestOptions): Promise<Trend> {
    return this.sender.request<Trend>(
      {
        method: 'GET',
        path: `${trendsPath(cardRef)}/${encodeURIComponent(itemCode)}`,
        auth: 'required',
      },
      options,
    );
  }
}
