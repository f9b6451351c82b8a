import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Trend } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { pageParam } from '../../../../lib/routeParams';
import { referenceBandText, trendSummary } from '../../../../lib/trendView';
import { TrendCanvas } from '../../components/TrendCanvas';
import { TrendTable } from '../../components/TrendTable';
import { useTrend } from '../../useTrend';
import '../../report.scss';

function TrendBody({ trend }: { trend: Trend }) {
  const band = referenceBandText(trend);
  const summary = trendSummary(trend);
  return (
    <View id="trend" data-item-code={trend.code}>
      <View className="yika-card">
        <Text id="trend-title" className="report-head__title">
          {trend.name}
          {trend.unit ? `（${trend.unit}）` : ''}
        </Text>
        <Text id="trend-summary" className="report-section__hint">
          {summary}
        </Text>
        <TrendCanvas trend={trend} summary={summary} />
        <Text className="report-section__hint">
          {band === null ? '' : `浅色带为${band}（以最近一次检验医院的范围为准）。`}
          实心点为超出参考范围的结果，旁边标有数值和 ↑/↓。
        </Text>
      </View>
      <View className="yika-card">
        <Text className="report-section__title">历次结果（从早到晚）</Text>
        <TrendTable trend={trend} />
      </View>
    </View>
  );
}

/** 结果趋势 (`?card=&item=`): one lab item across reports and hospitals, as a chart and as a table. */
export default function TrendPage() {
  const { params } = useRouter();
  const trend = useTrend(pageParam(params, 'card'), pageParam(params, 'item'));
  return (
    <Page id="report-trend-page">
      <RemoteView
        data={trend}
        loadingLabel="正在加载趋势…"
        errorTitle="趋势加载失败"
        empty={
          <EmptyState title="暂无可以比较的结果" hint="同一项目有两次及以上结果后，可以在这里查看变化。" />
        }
      >
        {(loaded) => <TrendBody trend={loaded} />}
      </RemoteView>
    </Page>
  );
}
