import { Text, View } from '@tarojs/components';
import { a11yProps } from '../lib/a11y';
import { errorMessageOf } from '../lib/errors';
import { ActionButton } from './ActionButton';
import './states.scss';

/** A failed load: the SDK's Chinese message and a retry button. Not only red: a symbol and words too. */
export function ErrorState({
  error,
  onRetry,
  title = '加载失败',
  compact = false,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  compact?: boolean;
}) {
  const message = errorMessageOf(error);
  return (
    <View
      className={`yika-state yika-state--error${compact ? ' yika-state--compact' : ''}`}
      {...a11yProps({ role: 'alert' })}
    >
      <Text className="yika-state__title">⚠ {title}</Text>
      <Text className="yika-state__hint">{message}</Text>
      {onRetry ? (
        <ActionButton
          className="yika-state__action yika-retry"
          variant="secondary"
          label={`${title}，重试`}
          onClick={onRetry}
        >
          重试
        </ActionButton>
      ) : null}
    </View>
  );
}
