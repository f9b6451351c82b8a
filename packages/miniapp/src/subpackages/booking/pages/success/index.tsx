import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../../components/ActionButton';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { ResultBanner } from '../../../../components/ResultBanner';
import { pageParam } from '../../../../lib/routeParams';
import { appointmentDetailUrl, goHome } from '../../../../services/routes';
import { AppointmentFacts } from '../../components/AppointmentFacts';
import { useAppointmentDetail } from '../../useAppointmentDetail';
import '../../booking.scss';

/** 预约成功: the visit's details and where to go; 查看预约 opens the booking, 返回首页 goes home. */
export default function BookingSuccessPage() {
  const { params } = useRouter();
  const appointmentId = pageParam(params, 'id');
  const detail = useAppointmentDetail(appointmentId);
  return (
    <Page id="booking-success-page">
      <RemoteView data={detail} loadingLabel="正在加载预约信息…" errorTitle="预约信息加载失败">
        {(data) => (
          <View>
            <ResultBanner id="booking-success" symbol="✓" title="预约成功" tone="done">
              <Text className="result-banner__hint">请按时就诊；不能前往时，请在取消截止时间前取消。</Text>
            </ResultBanner>
            <AppointmentFacts appointment={data.appointment} hospitalAddress={data.hospital?.address} />
            <View className="booking-actions">
              <ActionButton
                id="view-appointment"
                block
                onClick={() => void Taro.redirectTo({ url: appointmentDetailUrl(data.appointment.id) })}
              >
                查看预约
              </ActionButton>
              <ActionButton id="back-home" block variant="secondary" onClick={goHome}>
                返回首页
              </ActionButton>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
