import { Text, View } from '@tarojs/components';
import type { Report } from '@yika/sdk';
import { StatusChip } from '../../../components/StatusChip';
import { ReportBadges } from '../../../components/report/ReportBadges';
import { a11yProps } from '../../../lib/a11y';
import { mutualRecognitionNote, reportFacts, statusNotice } from '../../../lib/reportDetail';
import { reportBadges, reportStatusChip } from '../../../lib/reportList';
import { FactList } from '../../../components/FactList';

/** Title, status and badges, the facts, then why the status matters (更正, 初步) and what 互认 covers. */
export function ReportHead({ report }: { report: Report }) {
  const status = reportStatusChip(report.status);
  const notice = statusNotice(report);
  const recognition = mutualRecognitionNote(report);
  return (
    <View className="yika-card report-head">
      <View className="report-head__title-row">
        <Text id="report-title" className="report-head__title">
          {report.title}
        </Text>
        <StatusChip text={status.text} tone={status.tone} className="report-head__status" />
      </View>
      <ReportBadges badges={reportBadges(report)} />
      <FactList layout="columns" facts={reportFacts(report)} />
      {notice === null ? null : (
        <Text
          id="report-status-notice"
          className="report-notice report-notice--status"
          {...a11yProps({ role: 'note' })}
        >
          ⚠ {notice}
        </Text>
      )}
      {recognition === null ? null : (
        <Text id="report-recognition" className="report-notice" {...a11yProps({ role: 'note' })}>
          ✓ {recognition}
        </Text>
      )}
    </View>
  );
}
