import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { formatYuan } from '@yika/sdk/domain';
import { ActionButton } from '../../../../components/ActionButton';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Page } from '../../../../components/Page';
import { a11yProps } from '../../../../lib/a11y';
import { checkoutTargetOf, type CheckoutTarget } from '../../../../lib/checkoutTarget';
import { holdTimeLeft } from '../../../../lib/holdCountdown';
import { payErrorOutcome, unpayableOutcome } from '../../../../lib/payErrors';
import { billCharge, payButtonText } from '../../../../lib/paySplit';
import { visitSummary } from '../../../../lib/slotChoice';
import { FactList } from '../../../../components/FactList';
import { PayErrorPanel } from '../../components/PayErrorPanel';
import { SplitPanel } from '../../components/SplitPanel';
import { useCheckout, type Checkout } from '../../useCheckout';
import { useCheckoutSubject, type CheckoutSubject } from '../../useCheckoutSubject';
import { useNow } from '../../useNow';
import { takeNextStep } from '../../payNextStep';
import '../../pay.scss';

const BUSY_TEXT = { creating: '正在创建订单…', paying: '正在支付…', leaving: '正在跳转…' } as const;

function PayButton({ checkout, text }: { checkout: Checkout; text: string }) {
  const busy = checkout.phase !== 'idle';
  return (
    <View className="pay__actions">
      {checkout.cancelled ? (
        <Text id="pay-cancelled" className="pay__notice" {...a11yProps({ role: 'status' })}>
          您已取消支付，未扣款。可以重新支付。
        </Text>
      ) : null}
      <ActionButton id="checkout-pay" block disabled={busy} onClick={checkout.pay}>
        {checkout.phase === 'idle' ? text : BUSY_TEXT[checkout.phase]}
      </ActionButton>
    </View>
  );
}

function CheckoutBody({ subject, target }: { subject: CheckoutSubject; target: CheckoutTarget }) {
  const checkout = useCheckout(target);
  const isHold = subject.kind === 'hold';
  const now = useNow(isHold);
  const blocked = unpayableOutcome(subject, now);
  const context = {
    hold: subject.kind === 'hold' ? subject.hold : undefined,
    bill: subject.kind === 'bill' ? subject.bill : undefined,
    payAgain: checkout.pay,
  };
  const failure = checkout.error !== undefined ? payErrorOutcome(checkout.error) : null;
  const outcome = failure ?? (checkout.phase === 'idle' ? blocked : null);

  return (
    <View id="checkout">
      {subject.kind === 'hold' ? (
        <View className="yika-card" id="checkout-hold">
          <Text id="hold-countdown" className={`hold-countdown${blocked ? ' hold-countdown--expired' : ''}`}>
            {holdTimeLeft(subject.hold.expiresAt, now).message}
          </Text>
          <FactList
            facts={[
              { label: '就诊人', value: subject.hold.patientName },
              // Without the hospital's name (its read failed) the line is left out rather than blank.
              ...visitSummary(subject.hold.schedule, subject.hold.slot, subject.hospitalName).filter(
                (line) => line.value !== '',
              ),
            ]}
          />
        </View>
      ) : (
        <>
          <View className="yika-card" id="checkout-bill">
            <Text className="pay__heading">{subject.bill.hospital.name}</Text>
            <FactList
              facts={[
                { label: '就诊人', value: subject.bill.patientName },
                { label: '科室', value: `${subject.bill.departmentName} · ${subject.bill.doctorName}` },
              ]}
            />
          </View>
          <SplitPanel
            id="checkout-split"
            split={billCharge(subject.bill, target.kind === 'bill' && target.useInsurance)}
          />
        </>
      )}
      {outcome ? (
        <PayErrorPanel outcome={outcome} onAction={() => takeNextStep(outcome.next, context)} />
      ) : (
        <PayButton
          checkout={checkout}
          text={
            subject.kind === 'hold'
              ? `立即支付 ${formatYuan(subject.hold.feeFen)}`
              : payButtonText(billCharge(subject.bill, target.kind === 'bill' && target.useInsurance))
          }
        />
      )}
    </View>
  );
}

/** 确认支付 `?hold=<holdId>` (registration fee) or `?bill=<billId>[&insurance=1]`: create, pay, result. */
export default function CheckoutPage() {
  const { params } = useRouter();
  const { hold, bill, insurance } = params;
  // Keyed on the values: a new params object on a re-render must not load the order again.
  const target = useMemo(() => checkoutTargetOf({ hold, bill, insurance }), [hold, bill, insurance]);
  const subject = useCheckoutSubject(target);
  if (!target) {
    return (
      <Page id="pay-checkout-page">
        <EmptyState title="没有要支付的订单" hint="请从账单或预约页面进入支付。" />
      </Page>
    );
  }
  return (
    <Page id="pay-checkout-page">
      {subject.status === 'loading' && !subject.data ? <LoadingState label="正在加载订单…" /> : null}
      {subject.status === 'error' ? (
        <ErrorState title="订单加载失败" error={subject.error} onRetry={subject.reload} />
      ) : null}
      {subject.data ? <CheckoutBody subject={subject.data} target={target} /> : null}
    </Page>
  );
}
