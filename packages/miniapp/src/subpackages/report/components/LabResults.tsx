import { Text, View } from '@tarojs/components';
import type { LabReport } from '@yika/sdk';
import { a11yProps } from '../../../lib/a11y';
import { labResultBlocks, type LabResultRowModel } from '../../../lib/labResults';
import { LabResultRow } from './LabResultRow';

function Rows({ rows, onTrend }: { rows: LabResultRowModel[]; onTrend: (code: string) => void }) {
  return (
    <View {...a11yProps({ role: 'list' })}>
      {rows.map((row) => (
        <LabResultRow key={row.code} row={row} onTrend={onTrend} />
      ))}
    </View>
  );
}

/** The results: 危急值 first in a block of their own, then every other item in the lab's order. */
export function LabResults({
  report,
  trendCodes,
  onTrend,
}: {
  report: LabReport;
  trendCodes: ReadonlySet<string>;
  onTrend: (code: string) => void;
}) {
  const blocks = labResultBlocks(report.results, trendCodes);
  return (
    <>
      {blocks.critical.length === 0 ? null : (
        <View id="critical-results" className="yika-card report-critical" {...a11yProps({ role: 'alert' })}>
          <Text className="report-section__title">‼ 危急值（{blocks.critical.length}项）</Text>
          <Text className="report-section__hint">这些结果明显超出安全范围，请尽快联系医生或就医。</Text>
          <Rows rows={blocks.critical} onTrend={onTrend} />
        </View>
      )}
      <View id="lab-results" className="yika-card">
        <Text className="report-section__title">
          {blocks.critical.length === 0 ? '检验结果' : '其他结果'}
          {blocks.abnormalCount > 0 ? `（${blocks.abnormalCount}项异常）` : ''}
        </Text>
        <Rows rows={blocks.others} onTrend={onTrend} />
      </View>
    </>
  );
}
