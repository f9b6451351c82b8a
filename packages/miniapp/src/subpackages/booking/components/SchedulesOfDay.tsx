import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Schedule } from '@yika/sdk';
import { EmptyState } from '../../../components/EmptyState';
import { visitDateText } from '../../../lib/bookingDates';
import { ScheduleList } from './ScheduleList';

/** The chosen day's schedules under a heading that names the day, or why there are none. */
export function SchedulesOfDay({
  date,
  schedules,
  today,
  onOpen,
  status,
}: {
  date: string;
  schedules: Schedule[];
  today: string | undefined;
  onOpen: (schedule: Schedule) => void;
  /** Loading or error states in place of the list. */
  status?: ReactNode;
}) {
  return (
    <View className="yika-card">
      <Text className="booking__heading" id="schedule-day">
        {visitDateText(date)} 的排班
      </Text>
      {status ??
        (schedules.length > 0 ? (
          <ScheduleList schedules={schedules} today={today} onOpen={onOpen} />
        ) : (
          <EmptyState title="当天没有排班" hint="请选择其他日期" />
        ))}
    </View>
  );
}
