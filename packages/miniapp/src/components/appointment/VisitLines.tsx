import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { StatusChipModel } from '../../lib/appointmentDisplay';
import { StatusChip } from '../StatusChip';
import { ClockText } from '../ClockText';

/** What a booking and a waitlist entry (候补) both say: which visit, its status, when, and for whom. */
export interface VisitLinesModel {
  title: string;
  subtitle: string;
  timeText: string;
  patientName: string;
  status: StatusChipModel;
}

/** The head and lines of a visit's row; `afterPatient` follows the patient's name on its line. */
export function VisitLines({ row, afterPatient }: { row: VisitLinesModel; afterPatient?: ReactNode }) {
  return (
    <>
      <View className="list-row__head">
        <Text className="list-row__title">{row.title}</Text>
        <StatusChip className="appointment-row__status" text={row.status.text} tone={row.status.tone} />
      </View>
      <Text className="list-row__meta">{row.subtitle}</Text>
      <ClockText className="appointment-row__time" text={row.timeText} />
      <Text className="list-row__meta">
        就诊人 <Text className="appointment-row__patient">{row.patientName}</Text>
        {afterPatient}
      </Text>
    </>
  );
}
