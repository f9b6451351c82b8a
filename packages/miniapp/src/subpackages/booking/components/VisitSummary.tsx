import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';
import type { SummaryLine } from '../../../lib/slotChoice';

/**
 * 就诊信息 of the picked slot. Holding and paying come with the next release, so the page says so plainly
 * instead of offering a button that does nothing.
 */
export function VisitSummary({ lines }: { lines: SummaryLine[] }) {
  return (
    <View id="visit-summary" className="yika-card visit-summary">
      <Text className="booking__heading">就诊信息</Text>
      {lines.map((line) => (
        <View key={line.label} className="visit-summary__row">
          <Text className="visit-summary__label">{line.label}</Text>
          <Text className="visit-summary__value">{line.value}</Text>
        </View>
      ))}
      <View id="booking-notice" className="visit-summary__notice" {...a11yProps({ role: 'note' })}>
        <Text className="visit-summary__notice-title">ⓘ 在线预约将在下一版本开放</Text>
        <Text className="visit-summary__notice-text">
          现在可以先查看号源和预约须知。需要挂号，请通过医院窗口、自助机或医院电话预约。
        </Text>
      </View>
    </View>
  );
}
