import { Text, View } from '@tarojs/components';
import { a11yProps } from '../lib/a11y';
import './states.scss';

/** A tab whose feature comes in a later release (预约, 报告). */
export function ComingSoon({ feature, description }: { feature: string; description: string }) {
  return (
    <View className="yika-state yika-state--coming-soon" {...a11yProps({ role: 'status' })}>
      <Text className="yika-state__title">{feature}即将上线</Text>
      <Text className="yika-state__hint">{description}</Text>
    </View>
  );
}
