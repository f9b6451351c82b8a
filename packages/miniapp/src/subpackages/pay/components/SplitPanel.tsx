import { Text, View } from '@tarojs/components';
import type { InsuranceSplit } from '@yika/sdk';
import { mixTypeText, splitLines } from '../../../lib/paySplit';
import { FactList } from '../../../components/FactList';

/** 医保结算: the fund, personal-account and self-pay parts of an amount, and the mix in words. */
export function SplitPanel({
  id,
  split,
  title = '费用明细',
}: {
  id: string;
  split: InsuranceSplit;
  title?: string;
}) {
  const facts = splitLines(split).map((line) => ({
    id: `${id}-${line.key}`,
    label: line.label,
    value: line.amountText,
    tone:
      line.key === 'total' ? ('total' as const) : line.key === 'selfPay' ? ('strong' as const) : undefined,
  }));
  return (
    <View id={id} className="yika-card">
      <Text className="pay__heading">{title}</Text>
      <Text id={`${id}-mix`} className="pay__hint">
        结算方式：{mixTypeText(split)}
      </Text>
      <FactList facts={facts} />
    </View>
  );
}
