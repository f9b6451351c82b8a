import { Text, View } from '@tarojs/components';
import type { ReportSummary } from '@yika/sdk';
import { a11yProps } from '../../lib/a11y';
import { reportRow } from '../../lib/reportList';
import { StatusChip } from '../StatusChip';
import { ReportBadges } from './ReportBadges';
import '../list-row.scss';

/** One report in the 报告 tab: title and status, hospital and date, who and which department, badges. */
export function ReportRow({ report, onOpen }: { report: ReportSummary; onOpen: (id: string) => void }) {
  const row = reportRow(report);
  return (
    <View
      id={`report-${row.id}`}
      className="list-row report-row"
      data-report-id={row.id}
      onClick={() => onOpen(row.id)}
      {...a11yProps({ role: 'link', label: row.label, focusable: true })}
    >
      <View className="list-row__head">
        <Text className="list-row__title">{row.title}</Text>
        <StatusChip text={row.status.text} tone={row.status.tone} />
      </View>
      <Text className="list-row__meta">
        {row.typeName} · {row.hospitalName} · {row.dateText}
      </Text>
      <Text className="list-row__meta">{row.meta}</Text>
      <ReportBadges badges={row.badges} />
    </View>
  );
}
