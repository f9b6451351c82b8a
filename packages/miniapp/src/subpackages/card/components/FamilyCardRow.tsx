import { Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import {
  cardStateName,
  holderNameForDisplay,
  idNumberForDisplay,
  relationName,
  socialSecurityNumberForDisplay,
} from '../../../lib/cardDisplay';

/**
 * One family card: who, masked; 默认卡 in words (not colour alone); the linked social-security number
 * (社保卡), masked; show, make default, link or change the social-security card, unbind.
 */
export function FamilyCardRow({
  card,
  busy,
  onShow,
  onMakeDefault,
  onUnbind,
  onLinkSocialSecurity,
}: {
  card: Card;
  busy: boolean;
  onShow: () => void;
  onMakeDefault: () => void;
  onUnbind: () => void;
  onLinkSocialSecurity: () => void;
}) {
  const name = holderNameForDisplay(card);
  const socialSecurity = socialSecurityNumberForDisplay(card);
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
      {socialSecurity === null ? null : (
        <Text className="family-card__meta family-card__social-security">
          社保卡：已关联 {socialSecurity}
        </Text>
      )}
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
          className="family-card__action family-card__social-security-link"
          variant="secondary"
          disabled={busy}
          label={socialSecurity === null ? `为${name}的健康卡关联社保卡` : `更换${name}的健康卡关联的社保卡`}
          onClick={onLinkSocialSecurity}
        >
          {socialSecurity === null ? '关联社保卡' : '更换社保卡'}
        </ActionButton>
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
