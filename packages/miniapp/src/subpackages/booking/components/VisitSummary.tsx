import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { SummaryLine } from '../../../lib/slotChoice';
import { ClockText } from '../../../components/ClockText';

/**
 * 就诊信息: one labelled line per fact (the picked slot, a booking's details), and what follows them
 * (the 预约 button, where to go on the day).
 */
export function VisitSummary({
  lines,
  id = 'visit-summary',
  title = '就诊信息',
  children,
}: {
  lines: SummaryLine[];
  id?: string;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <View id={id} className="yika-card visit-summary">
      <Text className="booking__heading">{title}</Text>
      {lines.map((line) => (
        <View key={line.label} className="visit-summary__row">
          <Text className="visit-summary__label">{line.label}</Text>
          <ClockText className="visit-summary__value" text={line.value} />
        </View>
      ))}
      {children}
    </View>
  );
}
