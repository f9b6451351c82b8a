import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../../components/ActionButton';
import { Page } from '../../../../components/Page';
import { useCards } from '../../../../hooks/useCards';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import { a11yProps } from '../../../../lib/a11y';
import { canAddCard, hasSelfCard, MAX_CARDS_PER_ACCOUNT } from '../../../../lib/cardDisplay';
import { cardApplyUrl, cardCodeUrl, socialSecurityUrl } from '../../../../services/routes';
import { CardsGate } from '../../../../components/card/CardsGate';
import { CARD_GATE } from '../../cardGate';
import { FamilyCardRow } from '../../components/FamilyCardRow';
import { useFamilyActions } from '../../useFamilyActions';
import '../../card.scss';

const open = (url: string) => void Taro.navigateTo({ url });

function FamilyList({ cards, onChanged }: { cards: Card[]; onChanged: () => void }) {
  const actions = useFamilyActions(onChanged);
  const canAdd = canAddCard(cards);
  return (
    <View id="family-list">
      <Text className="family__intro">
        已绑定 {cards.length} 张健康卡，最多 {MAX_CARDS_PER_ACCOUNT} 张。默认卡显示在首页。
      </Text>
      {actions.error ? (
        <Text id="family-error" className="card-form__banner" {...a11yProps({ role: 'alert' })}>
          ⚠ {actions.error}
        </Text>
      ) : null}
      {cards.map((card) => (
        <FamilyCardRow
          key={card.id}
          card={card}
          busy={actions.busyRef !== null}
          onShow={() => open(cardCodeUrl(card.id))}
          onMakeDefault={() => actions.makeDefault(card)}
          onUnbind={() => actions.unbind(card)}
          onLinkSocialSecurity={() => open(socialSecurityUrl(card.id))}
        />
      ))}
      <View className="family__add">
        <ActionButton
          id="family-add"
          block
          disabled={!canAdd}
          onClick={() => open(cardApplyUrl(hasSelfCard(cards) ? undefined : 'self'))}
        >
          添加家庭成员
        </ActionButton>
        {canAdd ? (
          <Text className="family__note">为家人申领或绑定电子健康卡；未满14周岁的孩子需要监护人同意。</Text>
        ) : (
          <Text id="family-limit" className="family__note">
            每个账号最多绑定 {MAX_CARDS_PER_ACCOUNT} 张健康卡。如需添加，请先解绑一张不再使用的卡。
          </Text>
        )}
      </View>
    </View>
  );
}

/** 家庭成员: the account's cards; set the default, link a social-security card, unbind, add another. */
export default function FamilyPage() {
  const cards = useCards();
  usePullToRefresh(cards.reload, cards.status === 'loading');
  return (
    <Page id="card-family-page">
      <CardsGate cards={cards} {...CARD_GATE}>
        {(list) => <FamilyList cards={list} onChanged={cards.reload} />}
      </CardsGate>
    </Page>
  );
}
