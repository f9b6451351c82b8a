import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../../components/ActionButton';
import { Page } from '../../../../components/Page';
import { useCards } from '../../../../hooks/useCards';
import {
  cardIdForDisplay,
  holderNameForDisplay,
  idNumberForDisplay,
  relationName,
  selectCard,
} from '../../../../lib/cardDisplay';
import { ROUTES } from '../../../../services/routes';
import { CardsGate } from '../../../../components/card/CardsGate';
import { CARD_GATE } from '../../cardGate';
import { CardSwitcher } from '../../components/CardSwitcher';
import { CodeStatus } from '../../components/CodeStatus';
import { QrCanvas } from '../../components/QrCanvas';
import { useDynamicCode } from '../../useDynamicCode';
import { usePageVisible } from '../../usePageVisible';
import { useScreenBrightness } from '../../useScreenBrightness';
import '../../card.scss';

function CardCode({ cards, initialRef }: { cards: Card[]; initialRef: string | undefined }) {
  const [chosenRef, setChosenRef] = useState(initialRef);
  const card = selectCard(cards, chosenRef);
  const visible = usePageVisible();
  const code = useDynamicCode(card?.id ?? null, visible);
  useScreenBrightness(visible);
  if (card === null) return null;
  const name = holderNameForDisplay(card);

  return (
    <View id="card-code">
      <CardSwitcher cards={cards} selectedRef={card.id} onSelect={setChosenRef} />
      <View className="yika-card card-code">
        <View className="card-code__holder">
          <Text id="code-holder-name" className="card-code__name">
            {name}
          </Text>
          <Text className="card-code__relation">{relationName(card.relation)}</Text>
        </View>
        <Text className="card-code__meta">证件号 {idNumberForDisplay(card.holder.maskedIdNumber)}</Text>
        <Text className="card-code__meta">卡号 {cardIdForDisplay(card)}</Text>
        {card.state === 'suspended' ? (
          <Text className="card-code__suspended">⚠ 这张卡已冻结，暂不能出示</Text>
        ) : null}
        <QrCanvas qrText={code.qrText} label={`${name}的电子健康卡二维码`} />
        <CodeStatus state={code.state} now={code.now} onRefresh={code.refresh} />
        <Text id="code-brightness-hint" className="card-code__hint">
          ☀ 请调高屏幕亮度，将二维码对准扫码设备
        </Text>
      </View>
      <View className="card-code__links">
        <ActionButton
          id="code-open-family"
          variant="secondary"
          block
          onClick={() => void Taro.navigateTo({ url: ROUTES.cardFamily })}
        >
          管理家庭成员
        </ActionButton>
      </View>
    </View>
  );
}

/** 出示健康卡: the dynamic QR code of a family card, refreshed before it expires. */
export default function CardCodePage() {
  const { params } = useRouter();
  const cards = useCards();
  return (
    <Page id="card-code-page">
      <CardsGate cards={cards} {...CARD_GATE}>
        {(list) => <CardCode cards={list} initialRef={params.ref} />}
      </CardsGate>
    </Page>
  );
}
