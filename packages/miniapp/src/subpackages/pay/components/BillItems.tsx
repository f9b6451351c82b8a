import { Text, View } from '@tarojs/components';
import type { BillItem } from '@yika/sdk';
import { billItemLine } from '../../../lib/paySplit';

/** A bill's items: name and category, quantity × unit price, amount. */
export function BillItems({ items }: { items: readonly BillItem[] }) {
  return (
    <View id="bill-items">
      {items.map(billItemLine).map((line) => (
        <View key={line.code} className="bill-item">
          <View className="bill-item__text">
            <Text>{line.name}</Text>
            <Text className="bill-item__meta">
              {line.categoryText} · {line.quantityText}
            </Text>
          </View>
          <Text>{line.amountText}</Text>
        </View>
      ))}
    </View>
  );
}
