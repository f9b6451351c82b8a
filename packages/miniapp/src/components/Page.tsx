import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { useElderMode } from '../hooks/useElderMode';
import { refreshSystemFontScale } from '../services/elderMode';

/**
 * The root of every page: it carries the design tokens (styles/tokens.scss), and in elder mode (关怀模式)
 * the class that swaps them all at once. Pages kept below in the stack subscribe too, so going back after
 * switching on 我的 shows them in the new mode.
 */
export function Page({ id, children }: { id?: string; children: ReactNode }) {
  const { enabled } = useElderMode();
  // A page shown again may follow a trip to WeChat's settings where the font size was changed.
  useDidShow(refreshSystemFontScale);
  return (
    <View id={id} className={enabled ? 'yika-page yika-page--elder' : 'yika-page'}>
      {children}
    </View>
  );
}
