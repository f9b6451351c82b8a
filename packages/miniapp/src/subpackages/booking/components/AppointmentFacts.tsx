import { Text } from '@tarojs/components';
import type { Appointment } from '@yika/sdk';
import { visitLines, whereToGoText } from '../../../lib/appointmentDisplay';
import { VisitSummary } from './VisitSummary';

/** 就诊信息 of a booking: patient (masked), hospital, department, doctor, time, fee, channel, where to go. */
export function AppointmentFacts({
  appointment,
  hospitalAddress,
}: {
  appointment: Appointment;
  hospitalAddress?: string;
}) {
  return (
    <VisitSummary id="appointment-facts" lines={visitLines(appointment)}>
      <Text id="where-to-go" className="booking__hint-block visit-summary__action">
        {whereToGoText(appointment, hospitalAddress)}
      </Text>
    </VisitSummary>
  );
}
