import { Text, View } from '@tarojs/components';
import type { ReportFact } from '../../../lib/reportDetail';

/** The report's facts as label / value lines (标本, 采集时间, 检查部位...). */
export function FactLines({ facts }: { facts: readonly ReportFact[] }) {
  return (
    <View className="report-facts">
      {facts.map((fact) => (
        <View key={fact.label} className="report-facts__row">
          <Text className="report-facts__label">{fact.label}</Text>
          <Text className="report-facts__value">{fact.value}</Text>
        </View>
      ))}
    </View>
  );
}
