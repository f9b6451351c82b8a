import { Text, View } from '@tarojs/components';

export interface Fact {
  label: string;
  value: string;
  /** `total` draws a rule above (合计); `strong` enlarges the line (what is paid now). */
  tone?: 'total' | 'strong';
  id?: string;
}

/** Label / value lines: visit facts, order facts, the parts of an insurance split. */
export function FactList({ id, facts }: { id?: string; facts: readonly Fact[] }) {
  return (
    <View id={id} className="fact-list">
      {facts.map((fact) => (
        <View
          key={fact.label}
          id={fact.id}
          className={`fact-list__row${fact.tone ? ` fact-list__row--${fact.tone}` : ''}`}
        >
          <Text className="fact-list__label">{fact.label}</Text>
          <Text className="fact-list__value">{fact.value}</Text>
        </View>
      ))}
    </View>
  );
}
