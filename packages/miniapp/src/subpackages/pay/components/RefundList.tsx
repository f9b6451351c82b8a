import { Text, View } from '@tarojs/components';
import type { Refund } from '@yika/sdk';
import { refundLine } from '../../../lib/paymentRecord';

/** 退款记录: each refund's amount, status in words (退款中 / 已退款), reason and time. */
export function RefundList({ refunds }: { refunds: readonly Refund[] }) {
  if (refunds.length === 0) return null;
  return (
    <View id="record-refunds" className="yika-card">
      <Text className="pay__heading">退款记录</Text>
      {refunds.map(refundLine).map((line) => (
        <View key={line.id} className="bill-item">
          <View className="bill-item__text">
            <Text>{line.reason}</Text>
            <Text className="bill-item__meta">{line.timeText}</Text>
          </View>
          <View className="amount-row__side">
            <Text>{line.amountText}</Text>
            <Text className="amount-row__status">{line.statusText}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
