import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import type { RemoteData } from '../../hooks/useRemoteData';
import { a11yProps } from '../../lib/a11y';
import {
  cardStateName,
  defaultCardOf,
  holderNameForDisplay,
  idNumberForDisplay,
  relationName,
} from '../../lib/cardDisplay';
import { cardApplyUrl, cardCodeUrl, goToSignIn, ROUTES } from '../../services/routes';
import { ActionButton } from '../ActionButton';
import { ErrorState } from '../ErrorState';
import './default-card-panel.scss';

const open = (url: string) => void Taro.navigateTo({ url });

/** Home's card slot: the default card with its code one tap away, or what to do to get one. */
export function DefaultCardPanel({ cards }: { cards: RemoteData<Card[] | null> }) {
  // A reload keeps the card on screen (cards.data) instead of flashing the loading state.
  if (cards.status === 'loading' && cards.data === undefined) {
    return (
      <View
        id="home-card-loading"
        className="health-card health-card--muted"
        {...a11yProps({ role: 'status' })}
      >
        <Text className="health-card__title">电子健康卡</Text>
        <Text className="health-card__hint">正在加载健康卡…</Text>
      </View>
    );
  }
  if (cards.status === 'error') {
    return (
      <View className="health-card health-card--muted">
        <ErrorState compact title="健康卡加载失败" error={cards.error} onRetry={cards.reload} />
      </View>
    );
  }
  if (cards.data === null) {
    return (
      <View id="home-card-signed-out" className="health-card health-card--muted">
        <Text className="health-card__title">电子健康卡</Text>
        <Text className="health-card__hint">登录后出示电子健康卡，全市医院通用，不用每家医院办卡。</Text>
        <ActionButton id="home-card-sign-in" block className="health-card__action" onClick={goToSignIn}>
          登录后使用健康卡
        </ActionButton>
      </View>
    );
  }
  const card = defaultCardOf(cards.data ?? []);
  if (card === null) {
    return (
      <View id="home-card-apply" className="health-card health-card--muted">
        <Text className="health-card__title">您还没有电子健康卡</Text>
        <Text className="health-card__hint">实名申领一次，全市医院挂号、就诊、缴费都能用。</Text>
        <ActionButton
          id="apply-card"
          block
          className="health-card__action"
          onClick={() => open(cardApplyUrl('self'))}
        >
          申领电子健康卡
        </ActionButton>
      </View>
    );
  }
  const name = holderNameForDisplay(card);
  return (
    <View id="home-card" className="health-card">
      <View className="health-card__head">
        <Text className="health-card__title">电子健康卡</Text>
        <Text className="health-card__badge">
          {relationName(card.relation)} · {cardStateName(card.state)}
        </Text>
      </View>
      <Text className="health-card__name">{name}</Text>
      <Text className="health-card__id">{idNumberForDisplay(card.holder.maskedIdNumber)}</Text>
      <ActionButton
        id="show-card-code"
        block
        variant="secondary"
        className="health-card__action health-card__show"
        label={`出示${name}的健康卡`}
        onClick={() => open(cardCodeUrl(card.id))}
      >
        出示健康卡
      </ActionButton>
      <View
        id="open-family"
        className="health-card__link"
        onClick={() => open(ROUTES.cardFamily)}
        {...a11yProps({ role: 'link', label: `家庭成员，共${cards.data?.length ?? 0}张卡`, focusable: true })}
      >
        <Text>家庭成员（{cards.data?.length ?? 0}张卡）›</Text>
      </View>
    </View>
  );
}
