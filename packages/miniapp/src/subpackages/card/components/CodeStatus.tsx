import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import { secondsLeft } from '../../../lib/countdown';
import type { DynamicCodeState } from '../../../lib/dynamicCodeState';
import { errorMessageOf } from '../../../lib/errors';
import { loadProblemOf, offlineText } from '../../../lib/network';
import { useConnectivity } from '../../../hooks/useConnectivity';

/**
 * Under the QR code: when it refreshes, that a refresh is being retried, or, once it lapsed, 二维码已过期
 * with a 刷新 button (words and a symbol, not colour alone).
 */
export function CodeStatus({
  state,
  now,
  onRefresh,
}: {
  state: DynamicCodeState;
  now: number;
  onRefresh: () => void;
}) {
  const lapsed = state.phase === 'expired' || state.phase === 'error';
  // A code that lapsed while offline is fetched again as soon as the device reconnects.
  const connectivity = useConnectivity(lapsed ? onRefresh : undefined);
  if (lapsed) {
    const title = state.phase === 'expired' ? '二维码已过期' : '二维码获取失败';
    const offline = state.error !== undefined && loadProblemOf(state.error, connectivity) === 'offline';
    return (
      <View
        id="code-expired"
        className="card-code__status card-code__status--alert"
        {...a11yProps({ role: 'alert' })}
      >
        <Text className="card-code__status-title">⚠ {title}</Text>
        <Text className="card-code__status-hint">
          {state.error === undefined
            ? '请点击刷新，获取新的二维码'
            : offline
              ? `${offlineText(connectivity).title}：${offlineText(connectivity).hint}`
              : errorMessageOf(state.error)}
        </Text>
        <ActionButton
          id="code-refresh"
          className="card-code__refresh"
          disabled={state.fetching}
          onClick={onRefresh}
        >
          {state.fetching ? '正在刷新…' : '刷新'}
        </ActionButton>
      </View>
    );
  }
  if (state.phase === 'loading' || state.code === null) {
    return (
      <View className="card-code__status" {...a11yProps({ role: 'status' })}>
        <Text className="card-code__status-hint">正在生成二维码…</Text>
      </View>
    );
  }
  const text = state.fetching
    ? '正在刷新二维码…'
    : state.error !== undefined
      ? '网络不稳定，正在重新获取二维码…'
      : `${secondsLeft(state.code.refreshAt, now)} 秒后自动刷新`;
  return (
    <View id="code-countdown" className="card-code__status">
      <Text className="card-code__status-hint">{text}</Text>
    </View>
  );
}
