import { ComingSoon } from '../../components/ComingSoon';
import { Page } from '../../components/Page';

export default function ReportsPage() {
  return (
    <Page id="reports-page">
      <ComingSoon feature="报告查询" description="很快就能在这里查看各医院的检验、检查报告。" />
    </Page>
  );
}
