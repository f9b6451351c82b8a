import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { a11yProps } from '../lib/a11y';
import './result-banner.scss';

/**
 * The outcome at the top of a result page (预约成功, 支付结果): a symbol and a title, announced as a status;
 * `children` (the amount, the hint, progress) stand under the title.
 */
export function ResultBanner({
  id,
  symbol,
  title,
  titleId,
  tone = 'plain',
  children,
}: {
  id?: string;
  symbol: string;
  title: string;
  titleId?: string;
  /** `done` draws the symbol in the primary colour. */
  tone?: 'plain' | 'done';
  children?: ReactNode;
}) {
  return (
    <View
      id={id}
      className={`yika-card result-banner result-banner--${tone}`}
      {...a11yProps({ role: 'status' })}
    >
      <Text className="result-banner__symbol">{symbol}</Text>
      <Text id={titleId} className="result-banner__title">
        {title}
      </Text>
      {children}
    </View>
  );
}
