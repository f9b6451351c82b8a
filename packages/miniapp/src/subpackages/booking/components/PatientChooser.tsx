import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { a11yProps } from '../../../lib/a11y';
import { canChooseCard } from '../../../lib/bookingConfirm';
import {
  canAddCard,
  cardStateName,
  hasSelfCard,
  holderNameForDisplay,
  idNumberForDisplay,
  relationName,
} from '../../../lib/cardDisplay';
import { cardApplyUrl } from '../../../services/routes';

/**
 * 选择就诊人: the account's family cards, names masked; the chosen one is marked by a tick, a thick border
 * and 已选 (not colour alone); a suspended card says 已冻结 and cannot be chosen. A link adds a family card.
 */
export function PatientChooser({
  cards,
  chosenRef,
  disabled,
  onChoose,
}: {
  cards: readonly Card[];
  chosenRef: string | null;
  disabled: boolean;
  onChoose: (cardRef: string) => void;
}) {
  return (
    <View id="patient-chooser" className="yika-card">
      <Text className="booking__heading">就诊人</Text>
      <View {...a11yProps({ role: 'radiogroup', label: '选择就诊人' })}>
        {cards.map((card) => {
          const name = holderNameForDisplay(card);
          const choosable = canChooseCard(card) && !disabled;
          const chosen = card.id === chosenRef;
          const classes = ['patient-option'];
          if (chosen) classes.push('patient-option--chosen');
          if (!canChooseCard(card)) classes.push('patient-option--disabled');
          return (
            <View
              key={card.id}
              className={classes.join(' ')}
              data-card-ref={card.id}
              onClick={choosable ? () => onChoose(card.id) : undefined}
              {...a11yProps({
                role: 'radio',
                label: `${name}，${relationName(card.relation)}${canChooseCard(card) ? '' : `，${cardStateName(card.state)}，不能预约`}${chosen ? '，已选' : ''}`,
                focusable: true,
                checked: chosen,
                disabled: !choosable,
              })}
            >
              <View className="patient-option__main">
                <Text className="patient-option__name">
                  {chosen ? '✓ ' : ''}
                  {name}
                </Text>
                <Text className="patient-option__meta">
                  {relationName(card.relation)} · {idNumberForDisplay(card.holder.maskedIdNumber)}
                </Text>
              </View>
              <Text className="patient-option__state">
                {canChooseCard(card) ? (chosen ? '已选' : '') : cardStateName(card.state)}
              </Text>
            </View>
          );
        })}
      </View>
      {canAddCard(cards) ? (
        <View
          id="add-family-card"
          className="patient-chooser__add"
          onClick={() => void Taro.navigateTo({ url: cardApplyUrl(hasSelfCard(cards) ? undefined : 'self') })}
          {...a11yProps({ role: 'link', label: '添加家庭成员的健康卡', focusable: true })}
        >
          <Text>＋ 添加家庭成员</Text>
        </View>
      ) : null}
    </View>
  );
}
