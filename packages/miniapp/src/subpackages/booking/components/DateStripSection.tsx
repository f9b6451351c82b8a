import { Text, View } from '@tarojs/components';
import type { AvailabilityDay } from '@yika/sdk';
import { buildDateStrip } from '../../../lib/dateStrip';
import { DateStrip } from './DateStrip';

/** 选择日期: the calendar as a strip of days. */
export function DateStripSection({
  calendar,
  selectedDate,
  onSelect,
}: {
  calendar: AvailabilityDay[];
  selectedDate: string | null;
  onSelect: (date: string) => void;
}) {
  // A calendar asked for without `from` starts on the platform's today.
  const today = calendar[0]?.date;
  return (
    <View className="yika-card booking__dates">
      <Text className="booking__heading">选择日期</Text>
      <DateStrip items={buildDateStrip(calendar, today)} selectedDate={selectedDate} onSelect={onSelect} />
    </View>
  );
}
