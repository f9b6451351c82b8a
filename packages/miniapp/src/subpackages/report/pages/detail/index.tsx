import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { pageParam } from '../../../../lib/routeParams';
import { reportTrendUrl } from '../../../../services/routes';
import { ExamFindings } from '../../components/ExamFindings';
import { LabResults } from '../../components/LabResults';
import { ReportHead } from '../../components/ReportHead';
import { useReport, type ReportWithTrends } from '../../useReport';
import '../../report.scss';

function ReportBody({ loaded }: { loaded: ReportWithTrends }) {
  const { report, trendCodes } = loaded;
  return (
    <View id="report-detail" data-report-type={report.type}>
      <ReportHead report={report} />
      {report.type === 'lab' ? (
        <LabResults
          report={report}
          trendCodes={trendCodes}
          onTrend={(code) => void Taro.navigateTo({ url: reportTrendUrl(report.cardRef, code) })}
        />
      ) : (
        <ExamFindings report={report} />
      )}
    </View>
  );
}

/**
 * 报告详情 (`?id=`): a lab report (标本, times, items with reference ranges and ↑/↓ cues, 危急值 first,
 * links to trends) or an exam report (检查所见, 诊断意见), with its status, any correction and 互认.
 */
export default function ReportDetailPage() {
  const { params } = useRouter();
  const report = useReport(pageParam(params, 'id'));
  return (
    <Page id="report-detail-page">
      <RemoteView
        data={report}
        loadingLabel="正在加载报告…"
        errorTitle="报告加载失败"
        empty={<EmptyState title="没有找到这份报告" hint="请从报告列表重新打开。" />}
      >
        {(loaded) => <ReportBody loaded={loaded} />}
      </RemoteView>
    </Page>
  );
}
