import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Schedule } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import { pageParam } from '../../../../lib/routeParams';
import { schedulesOn } from '../../../../lib/scheduleRows';
import { bookingSlotsUrl } from '../../../../services/routes';
import { DateStripSection } from '../../components/DateStripSection';
import { DoctorProfile } from '../../components/DoctorProfile';
import { PolicyPanel } from '../../components/PolicyPanel';
import { SchedulesOfDay } from '../../components/SchedulesOfDay';
import { useDoctorBooking } from '../../useDoctorBooking';
import '../../booking.scss';

const openSchedule = (schedule: Schedule) =>
  void Taro.navigateTo({ url: bookingSlotsUrl(schedule.id, schedule.hospitalId) });

/** A doctor: who they are, their 14-day calendar and the chosen day's schedules. */
export default function BookingDoctorPage() {
  const { params } = useRouter();
  const { detail, selectedDate, selectDate } = useDoctorBooking(pageParam(params, 'id'));
  usePullToRefresh(detail.reload, detail.status === 'loading');
  const data = detail.data;

  useEffect(() => {
    if (data) void Taro.setNavigationBarTitle({ title: `${data.doctor.name} ${data.doctor.titleName}` });
  }, [data]);

  return (
    <Page id="booking-doctor-page">
      <RemoteView data={detail} loadingLabel="正在加载医生信息…" errorTitle="医生信息加载失败">
        {(data) => (
          <View>
            <DoctorProfile doctor={data.doctor} />
            <PolicyPanel hospitalId={data.doctor.hospitalId} />
            {data.calendar.length === 0 ? (
              <EmptyState title="近期没有出诊安排" hint="请过几天再来看看，或选择同科室的其他医生" />
            ) : (
              <DateStripSection calendar={data.calendar} selectedDate={selectedDate} onSelect={selectDate} />
            )}
            {selectedDate ? (
              <SchedulesOfDay
                date={selectedDate}
                schedules={schedulesOn(data.schedules, selectedDate)}
                today={data.calendar[0]?.date}
                onOpen={openSchedule}
              />
            ) : null}
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
