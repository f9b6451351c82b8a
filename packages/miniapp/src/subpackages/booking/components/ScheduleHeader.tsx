import { Text, View } from '@tarojs/components';
import type { Hospital, Schedule } from '@yika/sdk';
import { formatSlotTime, formatYuan, PERIOD_NAMES, REGISTRATION_TYPE_NAMES } from '@yika/sdk/domain';
import { visitDateText } from '../../../lib/bookingDates';
import { ClockText } from '../../../components/ClockText';

/** Which schedule the slots belong to: doctor, where, when, registration type and fee. */
export function ScheduleHeader({ schedule, hospital }: { schedule: Schedule; hospital: Hospital }) {
  return (
    <View id="schedule-header" className="yika-card booking__header">
      <Text className="booking__title">
        {schedule.doctorName} {schedule.doctorTitleName}
      </Text>
      <Text className="booking__subtitle">
        {hospital.name} · {schedule.departmentName}
      </Text>
      <ClockText
        className="booking__subtitle"
        text={`${visitDateText(schedule.date)} ${PERIOD_NAMES[schedule.period]} ${formatSlotTime(schedule.startTime, schedule.endTime)}`}
      />
      <Text className="booking__subtitle">
        {REGISTRATION_TYPE_NAMES[schedule.registrationType]} · 挂号费 {formatYuan(schedule.feeFen)}
      </Text>
    </View>
  );
}
