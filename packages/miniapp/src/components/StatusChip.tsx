import { Text } from '@tarojs/components';
import type { StatusTone } from '../lib/appointmentDisplay';
import './status-chip.scss';

/** A status in words (已预约, 已取消...); the tone only adds a border style and colour to the words. */
export function StatusChip({
  text,
  tone,
  className,
}: {
  text: string;
  tone: StatusTone;
  className?: string;
}) {
  return (
    <Text className={`status-chip status-chip--${tone}${className ? ` ${className}` : ''}`}>{text}</Text>
  );
}
