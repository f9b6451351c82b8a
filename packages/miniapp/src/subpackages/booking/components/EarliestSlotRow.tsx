import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';
import type { EarliestRow } from '../../../lib/earliestSlots';
import { ClockText } from '../../../components/ClockText';

const isH5 = process.env.TARO_ENV === 'h5';

/** One of the soonest slots: when first (the point of the list), then where and with whom, and the fee. */
export function EarliestSlotRow({ row, onOpen }: { row: EarliestRow; onOpen: (row: EarliestRow) => void }) {
  return (
    <View
      className="earliest-row"
      onClick={() => onOpen(row)}
      // Browser tests compare the order with the platform's answer.
      data-slot-id={isH5 ? row.id : undefined}
      {...a11yProps({ role: 'link', label: row.label, focusable: true })}
    >
      <View className="earliest-row__when">
        <Text className="earliest-row__date">{row.dateText}</Text>
        <ClockText className="earliest-row__time" text={row.timeText} />
        <Text className="earliest-row__remaining">{row.remainingText}</Text>
      </View>
      <View className="earliest-row__head">
        <Text className="earliest-row__hospital">{row.hospitalName}</Text>
        <Text className="booking__badge">{row.levelName}</Text>
      </View>
      <Text className="earliest-row__meta">
        {row.districtName} · {row.departmentName}
      </Text>
      <Text className="earliest-row__meta">
        {row.doctorName} {row.titleName} · {row.registrationTypeName} {row.feeText}
      </Text>
    </View>
  );
}
