import { Text, View } from '@tarojs/components';
import type { Schedule } from '@yika/sdk';
import { a11yProps } from '../../../lib/a11y';
import { groupByPeriod, scheduleRow } from '../../../lib/scheduleRows';
import { ClockText } from '../../../components/ClockText';

/** One schedule: doctor, title, registration type, fee, hours and its state in words. */
function ScheduleRow({
  schedule,
  today,
  onOpen,
}: {
  schedule: Schedule;
  today: string | undefined;
  onOpen: (schedule: Schedule) => void;
}) {
  const row = scheduleRow(schedule, today);
  return (
    <View
      className={`schedule-row schedule-row--${schedule.status}`}
      onClick={row.canOpen ? () => onOpen(schedule) : undefined}
      {...a11yProps({
        role: row.canOpen ? 'link' : undefined,
        label: row.label,
        focusable: row.canOpen,
        disabled: !row.canOpen,
      })}
    >
      <View className="schedule-row__main">
        <View className="schedule-row__who">
          <Text className="schedule-row__doctor">{row.doctorName}</Text>
          <Text className="schedule-row__title">{row.titleName}</Text>
        </View>
        <ClockText
          className="schedule-row__meta"
          text={`${row.registrationTypeName} · ${row.feeText} · ${row.timeText}`}
        />
      </View>
      <View className="schedule-row__state">
        <Text className="schedule-row__status">{row.statusText}</Text>
        {row.remainingText ? <Text className="schedule-row__remaining">{row.remainingText}</Text> : null}
        {row.canOpen ? <Text className="schedule-row__arrow">选时段 ›</Text> : null}
      </View>
    </View>
  );
}

/** A day's schedules under 上午 / 下午 / 夜间 headings. */
export function ScheduleList({
  schedules,
  today,
  onOpen,
}: {
  schedules: Schedule[];
  today: string | undefined;
  onOpen: (schedule: Schedule) => void;
}) {
  return (
    <View id="schedule-list">
      {groupByPeriod(schedules).map((group) => (
        <View
          key={group.period}
          className="schedule-group"
          {...a11yProps({ role: 'group', label: group.name })}
        >
          <Text className="schedule-group__heading">
            {group.name}（{group.schedules.length}）
          </Text>
          {group.schedules.map((schedule) => (
            <ScheduleRow key={schedule.id} schedule={schedule} today={today} onOpen={onOpen} />
          ))}
        </View>
      ))}
    </View>
  );
}
