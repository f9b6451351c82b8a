import { Text, View } from '@tarojs/components';
import type { Appointment } from '@yika/sdk';
import { a11yProps } from '../../lib/a11y';
import { appointmentRow } from '../../lib/appointmentDisplay';
import { StatusChip } from '../StatusChip';
import './appointment-list.scss';

/** One booking in the 预约 tab: status in words, who (masked), where, when, the channel; opens its detail. */
export function AppointmentRow({
  appointment,
  onOpen,
}: {
  appointment: Appointment;
  onOpen: (id: string) => void;
}) {
  const row = appointmentRow(appointment);
  return (
    <View
      className="appointment-row"
      data-appointment-id={row.id}
      onClick={() => onOpen(row.id)}
      {...a11yProps({ role: 'link', label: row.label, focusable: true })}
    >
      <View className="appointment-row__head">
        <Text className="appointment-row__title">{row.title}</Text>
        <StatusChip className="appointment-row__status" text={row.status.text} tone={row.status.tone} />
      </View>
      <Text className="appointment-row__meta">{row.subtitle}</Text>
      <Text className="appointment-row__time">{row.timeText}</Text>
      <Text className="appointment-row__meta">
        就诊人 <Text className="appointment-row__patient">{row.patientName}</Text> · {row.channelName}预约
      </Text>
    </View>
  );
}
