import { Text, View } from '@tarojs/components';
import type { ExamReport } from '@yika/sdk';

/** 检查所见 (what was seen) and 诊断意见 (the conclusion), as the reporting doctor wrote them. */
export function ExamFindings({ report }: { report: ExamReport }) {
  return (
    <View id="exam-findings" className="yika-card">
      <Text className="report-section__title">检查所见</Text>
      <Text id="exam-findings-text" className="report-text">
        {report.findings}
      </Text>
      <Text className="report-section__title report-section__title--next">诊断意见</Text>
      <Text id="exam-impression" className="report-text report-text--strong">
        {report.impression}
      </Text>
    </View>
  );
}
