import { View } from '@tarojs/components';
import type { Appointment } from '@yika/sdk';
import { a11yProps } from '../../lib/a11y';
import { appointmentRow } from '../../lib/appointmentDisplay';
import { VisitLines } from './VisitLines';
import '../list-row.scss';
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
      className="list-row appointment-row"
      data-appointment-id={row.id}
      onClick={() => onOpen(row.id)}
      {...a11yProps({ role: 'link', label: row.label, focusable: true })}
    >
      <VisitLines row={row} afterPatient={` · ${row.channelName}预约`} />
    </View>
  );
}
