import { Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import {
  cardStateName,
  holderNameForDisplay,
  idNumberForDisplay,
  relationName,
} from '../../../lib/cardDisplay';

/** One family card: who, masked; 默认卡 in words (not colour alone); show, make default, unbind. */
export function FamilyCardRow({
  card,
  busy,
  onShow,
  onMakeDefault,
  onUnbind,
}: {
  card: Card;
  busy: boolean;
  onShow: () => void;
  onMakeDefault: () => void;
  onUnbind: () => void;
}) {
  const name = holderNameForDisplay(card);
  return (
    <View className="yika-card family-card" id={`family-card-${card.id}`}>
      <View className="family-card__head">
        <Text className="family-card__name">{name}</Text>
        <Text className="family-card__relation">{relationName(card.relation)}</Text>
        {card.isDefault ? <Text className="family-card__default">✓ 默认卡</Text> : null}
      </View>
      <Text className="family-card__meta">证件号 {idNumberForDisplay(card.holder.maskedIdNumber)}</Text>
      <Text className="family-card__meta">
        状态 {cardStateName(card.state)}
        {card.isMinor ? ' · 未满14周岁（监护人已同意）' : ''}
      </Text>
      <View className="family-card__actions">
        <ActionButton className="family-card__action" label={`出示${name}的健康卡`} onClick={onShow}>
          出示
        </ActionButton>
        {card.isDefault ? null : (
          <ActionButton
            className="family-card__action family-card__make-default"
            variant="secondary"
            disabled={busy}
            label={`把${name}的卡设为默认卡`}
            onClick={onMakeDefault}
          >
            设为默认
          </ActionButton>
        )}
        <ActionButton
          className="family-card__action family-card__unbind"
          variant="secondary"
          disabled={busy}
          label={`解绑${name}的健康卡`}
          onClick={onUnbind}
        >
          解绑
        </ActionButton>
      </View>
    </View>
  );
}
