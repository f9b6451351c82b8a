import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './states.scss';

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <View className="yika-state yika-state--empty">
      <Text className="yika-state__title">{title}</Text>
      {hint ? <Text className="yika-state__hint">{hint}</Text> : null}
      {action ? <View className="yika-state__action">{action}</View> : null}
    </View>
  );
}
