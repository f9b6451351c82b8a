import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Schedule } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Page } from '../../../../components/Page';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import { pageParam } from '../../../../lib/routeParams';
import { bookingSlotsUrl } from '../../../../services/routes';
import { DateStripSection } from '../../components/DateStripSection';
import { PolicyPanel } from '../../components/PolicyPanel';
import { scheduleDayStatus } from '../../components/ScheduleDayStatus';
import { SchedulesOfDay } from '../../components/SchedulesOfDay';
import { useDepartmentBooking } from '../../useDepartmentBooking';
import '../../booking.scss';

const openSchedule = (schedule: Schedule) =>
  void Taro.navigateTo({ url: bookingSlotsUrl(schedule.id, schedule.hospitalId) });

/** A department: its 14-day date strip, the chosen day's schedules and the hospital's 预约须知. */
export default function BookingDepartmentPage() {
  const { params } = useRouter();
  const departmentId = pageParam(params, 'id');
  const hospitalId = pageParam(params, 'hospital');
  const departmentName = pageParam(params, 'name');
  const hospitalName = pageParam(params, 'hospitalName');
  const { calendar, day, selectedDate, selectDate, refresh, busy } = useDepartmentBooking(departmentId);
  usePullToRefresh(refresh, busy);

  useEffect(() => {
    if (departmentName) void Taro.setNavigationBarTitle({ title: departmentName });
  }, [departmentName]);

  const days = calendar.data;
  return (
    <Page id="booking-department-page">
      {departmentName || hospitalName ? (
        <View className="yika-card booking__header">
          {departmentName ? <Text className="booking__title">{departmentName}</Text> : null}
          {hospitalName ? <Text className="booking__subtitle">{hospitalName}</Text> : null}
        </View>
      ) : null}
      {hospitalId ? <PolicyPanel hospitalId={hospitalId} /> : null}
      {calendar.status === 'error' ? (
        <ErrorState title="排班日历加载失败" error={calendar.error} onRetry={calendar.reload} />
      ) : null}
      {calendar.status !== 'error' && days === undefined ? <LoadingState label="正在加载排班日历…" /> : null}
      {calendar.status !== 'error' && days?.length === 0 ? (
        <EmptyState title="暂无可预约的日期" hint="这个科室近期没有排班，请选择其他科室" />
      ) : null}
      {calendar.status !== 'error' && days && days.length > 0 ? (
        <View>
          <DateStripSection calendar={days} selectedDate={selectedDate} onSelect={selectDate} />
          {selectedDate ? (
            <SchedulesOfDay
              date={selectedDate}
              schedules={day.data?.schedules ?? []}
              today={days[0]?.date}
              onOpen={openSchedule}
              status={scheduleDayStatus(day, selectedDate)}
            />
          ) : null}
        </View>
      ) : null}
    </Page>
  );
}
