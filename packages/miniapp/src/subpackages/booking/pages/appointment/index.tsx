import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { ActionButton } from '../../../../components/ActionButton';
import { EntryRow } from '../../../../components/EntryRow';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { StatusChip } from '../../../../components/StatusChip';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import { a11yProps } from '../../../../lib/a11y';
import {
  appointmentStatusChip,
  cancellationRule,
  paymentText,
  refundText,
} from '../../../../lib/appointmentDisplay';
import { pageParam } from '../../../../lib/routeParams';
import { paymentRecordUrl } from '../../../../services/routes';
import { AppointmentFacts } from '../../components/AppointmentFacts';
import { ProblemNotice } from '../../components/ProblemNotice';
import { goToNextStep } from '../../nextStep';
import {
  useAppointmentDetail,
  type AppointmentDetail,
  type AppointmentDetailData,
} from '../../useAppointmentDetail';
import { useCancelAppointment } from '../../useCancelAppointment';
import '../../booking.scss';

function DetailContent({ detail, data }: { detail: AppointmentDetailData; data: AppointmentDetail }) {
  const { appointment, hospital } = data;
  const context = useMemo(() => ({ hospitalPhone: hospital?.phone }), [hospital]);
  const cancel = useCancelAppointment(appointment, context, detail.replace);
  const status = appointmentStatusChip(appointment.status);
  const rule = cancellationRule(appointment, Date.now());
  const refund = refundText(appointment.payment);
  const payment = appointment.payment;
  return (
    <View>
      <View id="appointment-status" className="yika-card" {...a11yProps({ role: 'status' })}>
        <View className="appointment-detail__status">
          <Text className="booking__heading">预约状态</Text>
          <StatusChip text={status.text} tone={status.tone} />
        </View>
        <Text id="cancellation-rule" className="booking__hint-block">
          {rule.text}
        </Text>
      </View>
      <AppointmentFacts appointment={appointment} hospitalAddress={hospital?.address} />
      <View id="appointment-payment" className="yika-card">
        <Text className="booking__heading">挂号费</Text>
        <Text id="payment-status" className="booking__hint-block">
          {paymentText(appointment)}
        </Text>
        {refund ? (
          <Text id="refund-status" className="booking__hint-block">
            {refund}
          </Text>
        ) : null}
        {payment ? (
          <EntryRow
            id="open-payment-record"
            title="查看支付记录"
            hint="支付和退款的明细"
            onOpen={() => void Taro.navigateTo({ url: paymentRecordUrl(payment.id) })}
          />
        ) : null}
      </View>
      {cancel.problem ? (
        <ProblemNotice
          problem={cancel.problem}
          onNext={(next) => goToNextStep(next, { retry: cancel.retry, reload: detail.reload })}
        />
      ) : null}
      {rule.canCancel ? (
        <View className="booking-actions">
          <ActionButton
            id="cancel-appointment"
            block
            variant="secondary"
            disabled={cancel.cancelling}
            label={`取消${appointment.patientName}的这次预约`}
            onClick={cancel.askToCancel}
          >
            {cancel.cancelling ? '正在取消…' : '取消预约'}
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

/**
 * 预约详情: status, the visit, the channel it was booked on, the fee's payment and refund, the cancellation
 * rule as it applies now, and 取消预约 (with a confirmation) while it still can be cancelled.
 */
export default function AppointmentDetailPage() {
  const { params } = useRouter();
  const detail = useAppointmentDetail(pageParam(params, 'id'));
  usePullToRefresh(detail.reload, detail.status === 'loading');
  return (
    <Page id="appointment-detail-page">
      <RemoteView data={detail} loadingLabel="正在加载预约详情…" errorTitle="预约详情加载失败">
        {(data) => <DetailContent detail={detail} data={data} />}
      </RemoteView>
    </Page>
  );
}
