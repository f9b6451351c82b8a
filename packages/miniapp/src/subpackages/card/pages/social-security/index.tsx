import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../../components/ActionButton';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { useCards } from '../../../../hooks/useCards';
import { returnTo, ROUTES } from '../../../../services/routes';
import { CardsGate } from '../../../../components/card/CardsGate';
import { CARD_GATE } from '../../cardGate';
import { SocialSecurityForm } from '../../components/SocialSecurityForm';
import { useSocialSecurityLink } from '../../useSocialSecurityLink';
import '../../card.scss';

function LinkForm({ card }: { card: Card }) {
  const form = useSocialSecurityLink(card);
  return <SocialSecurityForm card={card} form={form} />;
}

/** 关联社保卡 for the card `?card=<ref>` of this account (from its row on the family page). */
export default function SocialSecurityPage() {
  const { params } = useRouter();
  const cards = useCards();
  return (
    <Page id="card-social-security-page">
      <CardsGate cards={cards} {...CARD_GATE}>
        {(list) => {
          // Not the default card as a fallback: linking a number to a card not asked for would be wrong.
          const card = list.find((candidate) => candidate.id === params.card);
          if (card) return <LinkForm key={card.id} card={card} />;
          return (
            <View id="social-security-missing">
              <EmptyState
                title="这张健康卡已不在您的账号中"
                hint="它可能已被解绑。请回到家庭成员，选择要关联社保卡的卡。"
                action={
                  <ActionButton variant="secondary" onClick={() => returnTo(ROUTES.cardFamily)}>
                    返回家庭成员
                  </ActionButton>
                }
              />
            </View>
          );
        }}
      </CardsGate>
    </Page>
  );
}
