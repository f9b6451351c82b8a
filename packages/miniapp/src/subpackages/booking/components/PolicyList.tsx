import { Text, View } from '@tarojs/components';
/** The booking rules (the whole policy, or the few that matter when confirming), one titled line each. */
export function PolicyList({
  id,
  items,
}: {
  id?: string;
  items: ReadonlyArray<{ key: string; title: string; text: string }>;
}) {
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
