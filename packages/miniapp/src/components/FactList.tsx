import { Text, View } from '@tarojs/components';
import './fact-list.scss';
import { ClockText } from './ClockText';

export interface Fact {
  label: string;
  value: string;
  /** `total` draws a rule above (合计); `strong` enlarges the line (what is paid now). */
  tone?: 'total' | 'strong';
  id?: string;
}

/**
 * Label / value lines: visit and order facts, the parts of an insurance split (values to the right, like
 * a receipt), or a report's 标本 / 采集时间 / 检查部位 (`columns`: a label column, values read on from it).
 */
export function FactList({
  id,
  facts,
  layout = 'receipt',
  className,
}: {
  id?: string;
  facts: readonly Fact[];
  layout?: 'receipt' | 'columns';
  className?: string;
}) {
  return (
    <View id={id} className={`fact-list fact-list--${layout}${className ? ` ${className}` : ''}`}>
      {facts.map((fact) => (
        <View
          key={fact.label}
          id={fact.id}
          className={`fact-list__row${fact.tone ? ` fact-list__row--${fact.tone}` : ''}`}
        >
          <Text className="fact-list__label">{fact.label}</Text>
          <ClockText className="fact-list__value" text={fact.value} />
        </View>
      ))}
    </View>
  );
}
