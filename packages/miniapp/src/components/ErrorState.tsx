import { Text, View } from '@tarojs/components';
import { useConnectivity } from '../hooks/useConnectivity';
import { a11yProps } from '../lib/a11y';
import { errorMessageOf } from '../lib/errors';
import { loadProblemOf, offlineText } from '../lib/network';
import { ActionButton } from './ActionButton';
import './states.scss';

/**
 * A failed load with a retry button. No connection gets its own state (`yika-offline`: what to check, and
 * it reloads by itself when the device reconnects); anything else shows the SDK's Chinese message
 * (`yika-error`). Each has a symbol and words, never only a colour.
 */
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
  const connectivity = useConnectivity(onRetry);
  const offline = loadProblemOf(error, connectivity) === 'offline';
  const words = offline ? offlineText(connectivity) : { title, hint: errorMessageOf(error) };
  const kind = offline ? 'offline' : 'error';
  return (
    <View
      className={`yika-state yika-state--${kind} yika-${kind}${compact ? ' yika-state--compact' : ''}`}
      {...a11yProps({ role: 'alert' })}
    >
      <Text className="yika-state__title">
        {offline ? '⊘' : '⚠'} {words.title}
      </Text>
      {offline && !compact ? <Text className="yika-state__hint">{title}</Text> : null}
      <Text className="yika-state__hint">{words.hint}</Text>
      {onRetry ? (
        <ActionButton
          className="yika-state__action yika-retry"
          variant="secondary"
          label={`${words.title}，重试`}
          onClick={onRetry}
        >
          重试
        </ActionButton>
      ) : null}
    </View>
  );
}
