import Taro, { useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { CardsGate } from '../../components/card/CardsGate';
import { ChipGroup } from '../../components/ChipGroup';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { PagedListView } from '../../components/PagedListView';
import { ReportRow } from '../../components/report/ReportRow';
import { useMyReports, type MyReports } from '../../hooks/useMyReports';
import { usePullToRefresh } from '../../hooks/usePullToRefresh';
import { cardFilterOptions } from '../../lib/appointmentSegments';
import {
  DATE_RANGE_OPTIONS,
  hospitalFilterOptions,
  REPORT_TYPE_OPTIONS,
  reportsEmptyText,
} from '../../lib/reportFilters';
import { groupByMonth } from '../../lib/reportList';
import { reportDetailUrl } from '../../services/routes';
import '../../components/report/report-list.scss';

/** 就诊人 (with two cards or more), 全部/检验/检查, the hospitals seen so far, and the date range. */
function ReportFiltersBar({ my, cards }: { my: MyReports; cards: Card[] }) {
  const { filters, setFilter } = my;
  const cardOptions = cardFilterOptions(cards);
  const hospitalOptions = hospitalFilterOptions(my.hospitals, filters.hospital);
  return (
    <View className="reports-filters">
      {cardOptions.length > 0 ? (
        <ChipGroup
          id="report-card-filter"
          label="按就诊人筛选"
          className="reports-filters__scroll"
          scrollable
          options={cardOptions}
          value={filters.card}
          onChange={(code) => setFilter('card', code)}
        />
      ) : null}
      <ChipGroup
        id="report-type-filter"
        label="按报告类型筛选"
        className="reports-filters__row"
        options={REPORT_TYPE_OPTIONS}
        value={filters.type}
        onChange={(code) => setFilter('type', code)}
      />
      {hospitalOptions.length > 0 ? (
        <ChipGroup
          id="report-hospital-filter"
          label="按医院筛选"
          className="reports-filters__scroll"
          scrollable
          options={hospitalOptions}
          value={filters.hospital}
          onChange={(code) => setFilter('hospital', code)}
        />
      ) : null}
      <ChipGroup
        id="report-range-filter"
        label="按报告时间筛选"
        className="reports-filters__row"
        options={DATE_RANGE_OPTIONS}
        value={filters.range}
        onChange={(code) => setFilter('range', code)}
      />
    </View>
  );
}

function ReportList({ my }: { my: MyReports }) {
  const empty = reportsEmptyText(my.filters);
  return (
    <PagedListView
      list={my.reports}
      id="report-list"
      loadingLabel="正在加载报告…"
      errorTitle="报告加载失败"
      empty={<EmptyState title={empty.title} hint={empty.hint} />}
    >
      {(items) =>
        groupByMonth(items).map((group) => (
          <View key={group.title}>
            <Text className="reports-month">{group.title}</Text>
            {group.items.map((report) => (
              <ReportRow
                key={report.id}
                report={report}
                onOpen={(id) => void Taro.navigateTo({ url: reportDetailUrl(id) })}
              />
            ))}
          </View>
        ))
      }
    </PagedListView>
  );
}

/**
 * 报告: the lab (检验) and exam (检查) reports of the account's cards from every hospital of the region,
 * newest first, by card, type, hospital and date; pull to refresh, more on reaching the bottom. A row
 * opens the report (subpackage `report`).
 */
export default function ReportsPage() {
  const my = useMyReports();
  usePullToRefresh(my.refresh, my.cards.status === 'loading' || my.reports.refreshing);
  useReachBottom(() => my.reports.loadMore('auto'));

  return (
    <Page id="reports-page">
      <CardsGate
        cards={my.cards}
        onRetry={my.refresh}
        loadingLabel="正在加载报告…"
        errorTitle="报告加载失败"
        signedOut={{
          id: 'reports-signed-out',
          title: '登录后查看报告',
          hint: '登录后可以查看自己和家人在全市医院的检验、检查报告。',
          actionId: 'reports-sign-in',
        }}
        noCard={{
          id: 'reports-no-card',
          title: '您还没有电子健康卡',
          hint: '报告按健康卡查询，申领后即可查看在各医院的检验、检查报告。',
          actionId: 'reports-apply-card',
        }}
      >
        {(cards) => (
          <>
            <ReportFiltersBar my={my} cards={cards} />
            <ReportList my={my} />
          </>
        )}
      </CardsGate>
    </Page>
  );
}
