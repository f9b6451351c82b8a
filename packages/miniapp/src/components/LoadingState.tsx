import { Text, View } from '@tarojs/components';
import { a11yProps } from '../lib/a11y';
import './states.scss';

export function LoadingState({ label = '加载中…', compact = false }: { label?: string; compact?: boolean }) {
  return (
    <View
      className={`yika-state yika-state--loading${compact ? ' yika-state--compact' : ''}`}
      {...a11yProps({ role: 'status', label })}
    >
      <Text className="yika-state__hint">{label}</Text>
    </View>
  );
}
