import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatYuan } from '@yika/sdk/domain';
import { ActionButton } from '../../../../components/ActionButton';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { ResultBanner } from '../../../../components/ResultBanner';
import { paymentIdFromReturn } from '../../../../lib/payReturn';
import { resultView } from '../../../../lib/settleWait';
import {
  appointmentDetailUrl,
  billsUrl,
  goHome,
  paymentRecordsUrl,
  paymentRecordUrl,
} from '../../../../services/routes';
import { SplitPanel } from '../../components/SplitPanel';
import { useSettleWait } from '../../useSettleWait';
import '../../pay.scss';

const go = (url: string) => void Taro.redirectTo({ url });

function Result({ paymentId }: { paymentId: string }) {
  const wait = useSettleWait(paymentId);
  const view = resultView(wait);
  const payment = wait.payment;
  return (
    <View id="pay-result" data-phase={wait.phase}>
      <ResultBanner symbol={view.symbol} title={view.title} titleId="pay-result-title">
        {payment && wait.phase !== 'waiting' ? (
          <Text id="pay-result-amount" className="pay-result__amount">
            {formatYuan(payment.split.selfPayFen)}
          </Text>
        ) : null}
        <Text className="result-banner__hint">{view.hint}</Text>
        {wait.phase === 'waiting' ? (
          <Text id="pay-result-progress" className="pay__hint">
            已等待 {wait.elapsedSeconds} 秒
          </Text>
        ) : null}
      </ResultBanner>
      {payment && wait.phase === 'paid' && payment.purpose === 'bill' ? (
        <SplitPanel id="result-split" split={payment.split} title="结算明细" />
      ) : null}
      <View className="pay__actions">
        {view.canRefresh ? (
          <ActionButton id="pay-result-refresh" block onClick={wait.refresh}>
            刷新
          </ActionButton>
        ) : null}
        {payment?.appointmentId ? (
          <ActionButton
            id="pay-result-appointment"
            block
            onClick={() => go(appointmentDetailUrl(payment.appointmentId ?? ''))}
          >
            查看预约
          </ActionButton>
        ) : null}
        {payment?.purpose === 'bill' && wait.phase === 'paid' ? (
          <ActionButton
            id="pay-result-bills"
            block
            variant="secondary"
            onClick={() => go(billsUrl(payment.cardRef))}
          >
            继续缴费
          </ActionButton>
        ) : null}
        {wait.phase !== 'waiting' ? (
          <ActionButton
            id="pay-result-record"
            block
            variant="secondary"
            onClick={() => go(payment ? paymentRecordUrl(payment.id) : paymentRecordsUrl())}
          >
            查看缴费记录
          </ActionButton>
        ) : null}
        <ActionButton id="pay-result-home" block variant="secondary" onClick={goHome}>
          返回首页
        </ActionButton>
      </View>
    </View>
  );
}

/**
 * 支付结果 `?paymentId=`: waits for the platform to settle the payment (after WeChat Pay, or the H5 cashier
 * page, which returns here with `paymentId` in the address) and tells the outcome.
 */
export default function PayResultPage() {
  const { params } = useRouter();
  const search =
    process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' ? window.location.search : undefined;
  const paymentId = paymentIdFromReturn(params, search);
  return (
    <Page id="pay-result-page">
      {paymentId ? (
        <Result paymentId={paymentId} />
      ) : (
        <EmptyState
          title="没有找到支付订单"
          hint="可以在缴费记录中查看支付结果。"
          action={
            <ActionButton variant="secondary" onClick={() => go(paymentRecordsUrl())}>
              查看缴费记录
            </ActionButton>
          }
        />
      )}
    </Page>
  );
}
