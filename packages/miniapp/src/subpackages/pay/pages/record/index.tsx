import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { Payment } from '@yika/sdk';
import { PAYMENT_STATUS_NAMES } from '@yika/sdk/domain';
import { ActionButton } from '../../../../components/ActionButton';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import { useRemoteData } from '../../../../hooks/useRemoteData';
import { invoiceUrlOf, paymentFacts } from '../../../../lib/paymentRecord';
import { pageParam } from '../../../../lib/routeParams';
import { appointmentDetailUrl, payResultUrl } from '../../../../services/routes';
import { yika } from '../../../../services/yika';
import { FactList } from '../../../../components/FactList';
import { InvoiceLink } from '../../components/InvoiceLink';
import { RefundList } from '../../components/RefundList';
import { SplitPanel } from '../../components/SplitPanel';
import '../../pay.scss';

function Record({ payment }: { payment: Payment }) {
  const invoiceUrl = invoiceUrlOf(payment);
  return (
    <View id="payment-record" data-status={payment.status}>
      <View className="yika-card">
        <Text className="pay__heading">{payment.description}</Text>
        <Text id="record-status" className="amount-row__status">
          {PAYMENT_STATUS_NAMES[payment.status]}
        </Text>
        <FactList facts={paymentFacts(payment)} />
      </View>
      <SplitPanel id="record-split" split={payment.split} title="结算明细" />
      <RefundList refunds={payment.refunds} />
      <View className="pay__actions">
        {payment.status === 'unpaid' ? (
          <ActionButton
            id="record-check"
            block
            onClick={() => void Taro.redirectTo({ url: payResultUrl(payment.id) })}
          >
            查询支付结果
          </ActionButton>
        ) : null}
        {payment.appointmentId ? (
          <ActionButton
            id="record-appointment"
            block
            variant="secondary"
            onClick={() => void Taro.navigateTo({ url: appointmentDetailUrl(payment.appointmentId ?? '') })}
          >
            查看预约
          </ActionButton>
        ) : null}
        {invoiceUrl ? <InvoiceLink url={invoiceUrl} /> : null}
      </View>
    </View>
  );
}

/** 缴费详情 `?id=<paymentId>`: status, amounts and split, refunds with their status, the e-invoice. */
export default function PaymentRecordPage() {
  const { params } = useRouter();
  const paymentId = pageParam(params, 'id');
  const load = useCallback(
    (signal: AbortSignal | undefined) => {
      if (!paymentId) return Promise.reject(new Error('missing payment id'));
      return yika.payments.get(paymentId, { signal });
    },
    [paymentId],
  );
  const payment = useRemoteData(load);
  usePullToRefresh(payment.reload, payment.status === 'loading');
  return (
    <Page id="pay-record-page">
      <RemoteView data={payment} loadingLabel="正在加载缴费详情…" errorTitle="缴费详情加载失败">
        {(loaded) => <Record payment={loaded} />}
      </RemoteView>
    </Page>
  );
}
