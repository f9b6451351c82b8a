import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import type { RemoteData } from '../../../hooks/useRemoteData';
import { cardApplyUrl, goToSignIn } from '../../../services/routes';

/**
 * The states every card page shares before it has cards to show: loading, error with retry, signed out,
 * and no card yet (申领). `children` renders the cards once there are some.
 */
export function CardGate({
  cards,
  children,
}: {
  cards: RemoteData<Card[] | null>;
  children: (cards: Card[]) => ReactNode;
}) {
  if (cards.status === 'loading' && cards.data === undefined) return <LoadingState label="正在加载健康卡…" />;
  if (cards.status === 'error') {
    return <ErrorState title="健康卡加载失败" error={cards.error} onRetry={cards.reload} />;
  }
  if (cards.data === null) {
    return (
      <View id="cards-signed-out" className="yika-card card-gate">
        <Text className="card-gate__title">请先登录</Text>
        <Text className="card-gate__hint">登录后才能查看和出示电子健康卡。</Text>
        <ActionButton id="cards-sign-in" block className="card-gate__action" onClick={goToSignIn}>
          登录 / 注册
        </ActionButton>
      </View>
    );
  }
  if (cards.data === undefined || cards.data.length === 0) {
    return (
      <View id="cards-empty" className="yika-card card-gate">
        <Text className="card-gate__title">您还没有电子健康卡</Text>
        <Text className="card-gate__hint">实名申领一次，全市医院通用。</Text>
        <ActionButton
          id="cards-apply"
          block
          className="card-gate__action"
          onClick={() => void Taro.navigateTo({ url: cardApplyUrl('self') })}
        >
          申领电子健康卡
        </ActionButton>
      </View>
    );
  }
  return <>{children(cards.data)}</>;
}
