import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import type { RemoteData } from '../../../hooks/useRemoteData';
import { cardApplyUrl, goToSignIn } from '../../../services/routes';

/**
 * Bills and payments belong to the account's cards: before there are cards to show, the page says why
 * (loading, error with retry, signed out, no card yet) and offers the way on.
 */
export function PayGate({
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
      <EmptyState
        title="请先登录"
        hint="登录后可以查看和缴纳门诊费用。"
        action={
          <ActionButton id="pay-sign-in" onClick={goToSignIn}>
            登录 / 注册
          </ActionButton>
        }
      />
    );
  }
  if (cards.data === undefined || cards.data.length === 0) {
    return (
      <EmptyState
        title="您还没有电子健康卡"
        hint="门诊费用按健康卡查询，请先申领电子健康卡。"
        action={
          <ActionButton
            id="pay-apply-card"
            onClick={() => void Taro.navigateTo({ url: cardApplyUrl('self') })}
          >
            申领电子健康卡
          </ActionButton>
        }
      />
    );
  }
  return <>{children(cards.data)}</>;
}
