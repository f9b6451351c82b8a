import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../../components/ActionButton';
import { EmptyState } from '../../../../components/EmptyState';
import { EntryRow } from '../../../../components/EntryRow';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { usePullToRefresh } from '../../../../hooks/usePullToRefresh';
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow';
import { a11yProps } from '../../../../lib/a11y';
import { policyItems } from '../../../../lib/bookingPolicy';
import { pageParam } from '../../../../lib/routeParams';
import { canJoinWaitlist, scheduleNotice, selectedSlot, visitSummary } from '../../../../lib/slotChoice';
import { bookingConfirmUrl, bookingDoctorUrl } from '../../../../services/routes';
import { PolicyList } from '../../components/PolicyList';
import { ScheduleHeader } from '../../components/ScheduleHeader';
import { SlotGrid } from '../../components/SlotGrid';
import { VisitSummary } from '../../components/VisitSummary';
import { useScheduleSlots, type ScheduleSlotsDetail } from '../../useScheduleSlots';
import '../../booking.scss';

function SlotsContent({ detail }: { detail: ScheduleSlotsDetail }) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const { schedule, data: slots } = detail.slots;
  const picked = selectedSlot(slots, schedule, chosenId);
  const notice = scheduleNotice(schedule);
  return (
    <View>
      <ScheduleHeader schedule={schedule} hospital={detail.hospital} />
      <View className="yika-card">
        <Text className="booking__heading">选择就诊时段</Text>
        {notice ? (
          <Text id="schedule-notice" className="booking__notice" {...a11yProps({ role: 'note' })}>
            ⓘ {notice}
          </Text>
        ) : null}
        {slots.length > 0 ? (
          <SlotGrid
            slots={slots}
            schedule={schedule}
            selectedId={picked?.id ?? null}
            onSelect={setChosenId}
          />
        ) : (
          <EmptyState title="这个排班没有分时段号源" hint="请选择其他日期或医生" />
        )}
        {picked === null && notice === null && slots.length > 0 ? (
          <Text className="booking__hint">点选一个时段，查看就诊信息</Text>
        ) : null}
      </View>
      {picked ? (
        <VisitSummary lines={visitSummary(schedule, picked, detail.hospital.name)}>
          <ActionButton
            id="book-slot"
            block
            className="visit-summary__action"
            label={`预约${schedule.doctorName}医生的这个时段`}
            onClick={() =>
              void Taro.navigateTo({
                url: bookingConfirmUrl({
                  scheduleId: schedule.id,
                  hospitalId: schedule.hospitalId,
                  slotId: picked.id,
                }),
              })
            }
          >
            预约
          </ActionButton>
        </VisitSummary>
      ) : null}
      {canJoinWaitlist(schedule, slots) ? (
        <View id="waitlist-offer" className="yika-card">
          <Text className="booking__heading">候补</Text>
          <Text className="booking__hint-block">
            这个排班的号已约满。加入候补后，有人取消预约时，号源按候补顺序让给您，并通知您。
          </Text>
          <ActionButton
            id="join-waitlist"
            block
            variant="secondary"
            onClick={() =>
              void Taro.navigateTo({
                url: bookingConfirmUrl({
                  scheduleId: schedule.id,
                  hospitalId: schedule.hospitalId,
                  mode: 'waitlist',
                }),
              })
            }
          >
            加入候补
          </ActionButton>
        </View>
      ) : null}
      <View className="yika-card">
        <Text className="booking__heading">预约规则</Text>
        <PolicyList id="booking-rules" items={policyItems(detail.policy, YIKA_CHANNEL)} />
      </View>
      <View className="yika-card">
        <EntryRow
          id="open-doctor"
          title="查看医生介绍"
          hint={`${schedule.doctorName}的擅长和出诊时间`}
          onOpen={() => void Taro.navigateTo({ url: bookingDoctorUrl(schedule.doctorId) })}
        />
      </View>
    </View>
  );
}

/**
 * A schedule's time slots (分时段); picking one shows the visit it would be and 预约, which opens 确认预约;
 * a full schedule offers 加入候补. The booking rules are below.
 */
export default function BookingSlotsPage() {
  const { params } = useRouter();
  const detail = useScheduleSlots(pageParam(params, 'schedule'), pageParam(params, 'hospital'));
  usePullToRefresh(detail.reload, detail.status === 'loading');
  // Back from 确认预约 after a slot was taken: the slots as they are now.
  useReloadOnShow(detail.reload);
  return (
    <Page id="booking-slots-page">
      <RemoteView data={detail} loadingLabel="正在加载号源…" errorTitle="号源加载失败">
        {(data) => <SlotsContent detail={data} />}
      </RemoteView>
    </Page>
  );
}
