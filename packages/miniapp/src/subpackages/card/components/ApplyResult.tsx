import { Text, View } from '@tarojs/components';
import type { CardApplicationResult } from '@yika/sdk';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import { holderNameForDisplay, idNumberForDisplay, relationName } from '../../../lib/cardDisplay';

/** After applying: whether a new card was created or the person's existing card bound. */
export function ApplyResult({ result, onOpen }: { result: CardApplicationResult; onOpen: () => void }) {
  const { card } = result;
  const created = result.outcome === 'created';
  return (
    <View id="apply-result" className="yika-card card-result" {...a11yProps({ role: 'status' })}>
      <Text className="card-result__title">✓ {created ? '办卡成功' : '绑定成功'}</Text>
      <Text id="apply-outcome" className="card-result__text">
        {created
          ? '已为您新办一张电子健康卡，全市医院通用。'
          : '该证件已办理过电子健康卡，已将这张卡绑定到您的账号，原有就诊记录都在。'}
      </Text>
      <Text className="card-result__text">
        {holderNameForDisplay(card)}（{relationName(card.relation)}）{' '}
        {idNumberForDisplay(card.holder.maskedIdNumber)}
      </Text>
      <ActionButton id="apply-open-code" block className="card-result__action" onClick={onOpen}>
        出示健康卡
      </ActionButton>
    </View>
  );
}
