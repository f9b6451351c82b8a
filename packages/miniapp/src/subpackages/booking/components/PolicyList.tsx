import { Text, View } from '@tarojs/components';
import type { PolicyItem } from '../../../lib/bookingPolicy';

/** The booking rules, one titled line each. */
export function PolicyList({ id, items }: { id?: string; items: PolicyItem[] }) {
  return (
    <View id={id} className="policy-list">
      {items.map((item) => (
        <View key={item.key} className="policy-item">
          <Text className="policy-item__title">{item.title}</Text>
          <Text className="policy-item__text">{item.text}</Text>
        </View>
      ))}
    </View>
  );
}
