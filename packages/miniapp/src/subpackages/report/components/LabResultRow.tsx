import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';
import type { LabResultRowModel } from '../../../lib/labResults';

/**
 * One lab item: name, value with unit and its cue (↑ 偏高) in words beside it, the reference range, and
 * 查看趋势 when the card has a trend of it. An abnormal value is bold and marked, not only coloured.
 */
export function LabResultRow({ row, onTrend }: { row: LabResultRowModel; onTrend: (code: string) => void }) {
  const abnormal = row.cue !== null;
  return (
    <View
      id={`result-${row.code}`}
      className={`lab-result${abnormal ? ' lab-result--abnormal' : ''}`}
      data-interpretation={row.cue?.code ?? 'N'}
      {...a11yProps({ role: 'listitem', label: row.label })}
    >
      <View className="lab-result__main">
        <Text className="lab-result__name">{row.name}</Text>
        <View className="lab-result__value">
          <Text className="lab-result__number">{row.valueText}</Text>
          {row.cue === null ? null : (
            <Text className="lab-result__cue">
              {row.cue.arrow} {row.cue.word}
            </Text>
          )}
        </View>
      </View>
      <Text className="lab-result__reference">参考范围 {row.referenceText}</Text>
      {row.trendCode === null ? null : (
        <Text
          id={`trend-link-${row.code}`}
          className="lab-result__trend"
          onClick={() => onTrend(row.trendCode as string)}
          {...a11yProps({ role: 'link', label: `查看${row.name}的趋势`, focusable: true })}
        >
          查看趋势 ›
        </Text>
      )}
    </View>
  );
}
