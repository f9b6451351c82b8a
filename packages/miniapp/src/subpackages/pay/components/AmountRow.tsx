import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../../lib/a11y';
import type { AmountRowModel } from '../../../lib/amountRow';

/** A bill or a payment in a list: what, for whom and when, the amount and its status in words. */
export function AmountRow({ model, onOpen }: { model: AmountRowModel; onOpen: (id: string) => void }) {
  return (
    <View
      id={`row-${model.id}`}
      className="amount-row"
      onClick={() => onOpen(model.id)}
      {...a11yProps({ role: 'link', label: model.label, focusable: true })}
    >
      <View className="amount-row__text">
        <Text className="amount-row__title">{model.title}</Text>
        <Text className="amount-row__subtitle">{model.subtitle}</Text>
      </View>
      <View className="amount-row__side">
        <Text className="amount-row__amount">{model.amountText}</Text>
        <Text className="amount-row__status">{model.statusText}</Text>
      </View>
    </View>
  );
}
