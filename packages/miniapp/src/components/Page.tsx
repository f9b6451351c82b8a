import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * The root of every page: it carries the design tokens (styles/tokens.scss), so the elder mode can later
 * switch all sizes at once with one class here.
 */
export function Page({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <View id={id} className="yika-page">
      {children}
    </View>
  );
}
