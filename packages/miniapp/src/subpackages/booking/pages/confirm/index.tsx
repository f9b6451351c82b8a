import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../../../components/ActionButton';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { Page } from '../../../../components/Page';
import { useCards } from '../../../../hooks/useCards';
import {
  confirmButtonText,
  confirmRules,
  initialPatient,
  type ConfirmMode,
} from '../../../../lib/bookingConfirm';
import { holderNameForDisplay } from '../../../../lib/cardDisplay';
import { pageParam } from '../../../../lib/routeParams';
import { visitSummary } from '../../../../lib/slotChoice';
import { bookingSlotsUrl, cardApplyUrl, goToSignIn } from '../../../../services/routes';
import { PatientChooser } from '../../components/PatientChooser';
import { PolicyList } from '../../components/PolicyList';
import { ProblemNotice } from '../../components/ProblemNotice';
import { VisitSummary } from '../../components/VisitSummary';
import { goToNextStep } from '../../nextStep';
import { useConfirmBooking } from '../../useConfirmBooking';
import { useScheduleSlots, type ScheduleSlotsDetail } from '../../useScheduleSlots';
import '../../booking.scss';

function ConfirmContent({
  detail,
  cards,
  mode,
  slotId,
}: {
  detail: ScheduleSlotsDetail;
  cards: Card[];
  mode: ConfirmMode;
  slotId: string | undefined;
}) {
  const { schedule } = detail.slots;
  const slot = slotId ? (detail.slots.data.find((candidate) => candidate.id === slotId) ?? null) : null;
  const context = useCallback(
    (cardRef: string) => {
      const card = cards.find((candidate) => candidate.id === cardRef);
      return {
        policy: detail.policy,
        hospitalPhone: detail.hospital.phone,
        patientName: card ? holderNameForDisplay(card) : undefined,
      };
    },
    [cards, detail],
  );
  const confirm = useConfirmBooking({
    mode,
    scheduleId: schedule.id,
    slotId,
    initialCardRef: initialPatient(cards),
    context,
  });
  const { state } = confirm;
  const slotsUrl = bookingSlotsUrl(schedule.id, schedule.hospitalId);
  const busy = state.step !== null;
  return (
    <View>
      <VisitSummary
        id="confirm-summary"
        title={mode === 'waitlist' ? '候补信息' : '就诊信息'}
        lines={visitSummary(schedule, slot, detail.hospital.name)}
      />
      <PatientChooser cards={cards} chosenRef={state.cardRef} disabled={busy} onChoose={confirm.chooseCard} />
      <View className="yika-card">
        <Text className="booking__heading">{mode === 'waitlist' ? '候补须知' : '预约须知'}</Text>
        <PolicyList id="confirm-rules" items={confirmRules(detail.policy, mode, schedule.feeFen)} />
      </View>
      {state.problem ? (
        <ProblemNotice
          problem={state.problem}
          onNext={(next) =>
            goToNextStep(next, {
              retry: confirm.submit,
              chooseCard: () => void Taro.pageScrollTo({ selector: '#patient-chooser', duration: 200 }),
              holdId: confirm.heldId,
              slotsUrl,
            })
          }
        />
      ) : null}
      <View className="booking-confirm__bar">
        <ActionButton
          id="confirm-booking"
          block
          disabled={busy || state.cardRef === null}
          onClick={confirm.submit}
        >
          {confirmButtonText(mode, schedule.feeFen, state.step)}
        </ActionButton>
        {mode === 'book' && schedule.feeFen > 0 ? (
          <Text className="booking-confirm__bar-note">确认后为您锁号，下一步支付挂号费</Text>
        ) : null}
      </View>
    </View>
  );
}

/**
 * 确认预约 (or 确认候补 with `mode=waitlist`): the visit, whose card it is for, the rules that matter, and
 * the confirm button. A free slot is booked here; a fee goes on to the payment subpackage's checkout.
 */
export default function BookingConfirmPage() {
  const { params } = useRouter();
  const mode: ConfirmMode = pageParam(params, 'mode') === 'waitlist' ? 'waitlist' : 'book';
  const slotId = pageParam(params, 'slot');
  const detail = useScheduleSlots(pageParam(params, 'schedule'), pageParam(params, 'hospital'));
  const cards = useCards();
  const failed = detail.status === 'error' ? detail : cards.status === 'error' ? cards : null;
  return (
    <Page id="booking-confirm-page">
      {failed ? <ErrorState title="预约信息加载失败" error={failed.error} onRetry={failed.reload} /> : null}
      {!failed && (detail.data === undefined || cards.data === undefined) ? (
        <LoadingState label="正在准备预约…" />
      ) : null}
      {!failed && cards.data === null ? (
        <EmptyState
          title="请先登录"
          hint="登录后才能为自己和家人预约挂号。"
          action={<ActionButton onClick={goToSignIn}>登录 / 注册</ActionButton>}
        />
      ) : null}
      {!failed && cards.data && cards.data.length === 0 ? (
        <EmptyState
          title="还没有电子健康卡"
          hint="预约挂号需要就诊人的电子健康卡，实名申领一次，全市医院通用。"
          action={
            <ActionButton onClick={() => void Taro.navigateTo({ url: cardApplyUrl('self') })}>
              申领电子健康卡
            </ActionButton>
          }
        />
      ) : null}
      {!failed && detail.data && cards.data && cards.data.length > 0 ? (
        <ConfirmContent detail={detail.data} cards={cards.data} mode={mode} slotId={slotId} />
      ) : null}
    </Page>
  );
}
