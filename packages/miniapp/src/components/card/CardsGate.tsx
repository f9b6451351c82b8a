import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../ActionButton';
import { EmptyState } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import type { RemoteData } from '../../hooks/useRemoteData';
import { cardApplyUrl, goToSignIn } from '../../services/routes';

/** What the gate says in one of its states: the block's id, its title and hint, and its button's id. */
export interface GateMessage {
  id?: string;
  title: string;
  hint: string;
  actionId: string;
}

/** The gate's words for one kind of page: signed out, and no card yet when that page needs a card. */
export interface CardsGateMessages {
  signedOut: GateMessage;
  noCard?: GateMessage;
}

/**
 * The states every page built on the account's cards (健康卡) shares before it has cards to show: loading,
 * error with retry, signed out (登录), and, when `noCard` is given, no card yet (申领). Without `noCard` an
 * account with no card still gets `children`, with an empty list. `children` renders the cards.
 */
export function CardsGate({
  cards,
  loadingLabel = '正在加载健康卡…',
  errorTitle = '健康卡加载失败',
  signedOut,
  noCard,
  onRetry = cards.reload,
  children,
}: {
  cards: RemoteData<Card[] | null>;
  loadingLabel?: string;
  errorTitle?: string;
  /**
   * The retry of a failed card load; a page whose list loads alongside the cards passes its whole
   * refresh, so that one tap (or coming back online) does not leave the list's own failure behind.
   */
  onRetry?: () => void;
  children: (cards: Card[]) => ReactNode;
} & CardsGateMessages) {
  if (cards.status === 'loading' && cards.data === undefined) return <LoadingState label={loadingLabel} />;
  if (cards.status === 'error') {
    return <ErrorState title={errorTitle} error={cards.error} onRetry={onRetry} />;
  }
  if (cards.data === null) {
    return (
      <GateBlock message={signedOut} onAction={goToSignIn}>
        登录 / 注册
      </GateBlock>
    );
  }
  const list = cards.data ?? [];
  if (noCard && list.length === 0) {
    return (
      <GateBlock message={noCard} onAction={() => void Taro.navigateTo({ url: cardApplyUrl('self') })}>
        申领电子健康卡
      </GateBlock>
    );
  }
  return <>{children(list)}</>;
}

function GateBlock({
  message,
  onAction,
  children,
}: {
  message: GateMessage;
  onAction: () => void;
  children: ReactNode;
}) {
  return (
    <View id={message.id} className="yika-card">
      <EmptyState
        title={message.title}
        hint={message.hint}
        action={
          <ActionButton id={message.actionId} onClick={onAction}>
            {children}
          </ActionButton>
        }
      />
    </View>
  );
}
