import { Text, View } from '@tarojs/components';
import type { Trend } from '@yika/sdk';
import { a11yProps } from '../../../lib/a11y';
import { trendTableRows } from '../../../lib/trendView';

/** The columns: the header's words and the class that sizes the column (header and cells alike). */
const COLUMNS = [
  { header: '日期 / 医院', column: 'when' },
  { header: '结果', column: 'value' },
  { header: '提示', column: 'interpretation' },
] as const;

/**
 * Every point of the chart as words, oldest first: what the chart shows, readable without it. The date
 * and the hospital share the first column (the hospital under the date), so a narrow or elder-mode
 * screen keeps value and interpretation on one line.
 */
export function TrendTable({ trend }: { trend: Trend }) {
  const rows = trendTableRows(trend);
  const cell = (column: (typeof COLUMNS)[number]['column']) => ({
    className: `trend-table__cell trend-table__cell--${column}`,
    ...a11yProps({ role: 'cell' }),
  });
  return (
    <View
      id="trend-table"
      className="trend-table"
      {...a11yProps({ role: 'table', label: `${trend.name}历次结果` })}
    >
      <View className="trend-table__row trend-table__row--head" {...a11yProps({ role: 'row' })}>
        {COLUMNS.map(({ header, column }) => (
          <Text
            key={column}
            className={`trend-table__cell trend-table__cell--${column}`}
            {...a11yProps({ role: 'columnheader' })}
          >
            {header}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View
          key={row.reportId}
          className={`trend-table__row trend-point${row.abnormal ? ' trend-table__row--abnormal' : ''}`}
          data-report-id={row.reportId}
          {...a11yProps({ role: 'row' })}
        >
          <View {...cell('when')}>
            <Text className="trend-point__date">{row.dateText}</Text>
            <Text className="trend-point__hospital">{row.hospitalName}</Text>
          </View>
          <Text {...cell('value')}>
            <Text className="trend-point__value">{row.valueText}</Text>
          </Text>
          <Text {...cell('interpretation')}>
            <Text className="trend-point__interpretation">{row.interpretationText}</Text>
          </Text>
        </View>
      ))}
    </View>
  );
}
