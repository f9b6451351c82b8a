// The confirm step (确认预约): which family card the visit is for, the rules that matter before tapping,
// and the state machine of the tap itself. Booking is two requests (hold, then book a free hold) and
// paying happens on the checkout page; joining the waitlist (候补) is one. A problem keeps the chosen card
// so the resident can pick another and try again.
import type { BookingPolicy, Card, Hold } from '@yika/sdk';
import { formatYuan } from '@yika/sdk/domain';
import type { BookingProblem } from './bookingErrors';
import { cancelCutoffText } from './bookingPolicy';
import { defaultCardOf } from './cardDisplay';

export type ConfirmMode = 'book' | 'waitlist';
export type ConfirmStep = 'hold' | 'book' | 'join';

export interface ConfirmState {
  cardRef: string | null;
  /** The request in flight, or null when waiting for the resident. */
  step: ConfirmStep | null;
  problem: BookingProblem | null;
}

export type ConfirmAction =
  | { type: 'chooseCard'; cardRef: string }
  | { type: 'stepStarted'; step: ConfirmStep }
  | { type: 'failed'; problem: BookingProblem }
  /** Navigating away (success page, checkout): nothing more happens here. */
  | { type: 'finished' };

export function initialConfirmState(cardRef: string | null): ConfirmState {
  return { cardRef, step: null, problem: null };
}

export function confirmReducer(state: ConfirmState, action: ConfirmAction): ConfirmState {
  switch (action.type) {
    case 'chooseCard':
      // Another patient is another attempt: the last problem no longer applies.
      if (state.step !== null) return state;
      return { ...state, cardRef: action.cardRef, problem: null };
    case 'stepStarted':
      return { ...state, step: action.step, problem: null };
    case 'failed':
      return { ...state, step: null, problem: action.problem };
    case 'finished':
      return { ...state, step: null };
  }
}

/** A suspended card cannot book (the platform would refuse CARD_SUSPENDED): shown, not choosable. */
export function canChooseCard(card: Card): boolean {
  return card.state === 'normal';
}

/** The card preselected: the one asked for (a retry), else the default card, else the first that can book. */
export function initialPatient(cards: readonly Card[], wanted?: string): string | null {
  const choosable = cards.filter(canChooseCard);
  const asked = choosable.find((card) => card.id === wanted);
  if (asked) return asked.id;
  const preferred = defaultCardOf(cards);
  if (preferred && canChooseCard(preferred)) return preferred.id;
  return choosable[0]?.id ?? null;
}

/** What follows a hold: a retried hold may already be booked; a free one is booked; a fee is paid. */
export type AfterHold =
  | { kind: 'booked'; appointmentId: string }
  | { kind: 'book'; holdId: string }
  | { kind: 'pay'; holdId: string };

export function afterHold(hold: Hold): AfterHold {
  if (hold.status === 'booked' && hold.appointmentId)
    return { kind: 'booked', appointmentId: hold.appointmentId };
  if (hold.feeFen === 0) return { kind: 'book', holdId: hold.id };
  return { kind: 'pay', holdId: hold.id };
}

/**
 * Whether a failed booking leaves a hold worth giving back at once (so the place returns to the pool now,
 * not after the hold minutes): a definite refusal, not a lost answer that a retry would complete.
 */
export function shouldReleaseHold(problem: BookingProblem): boolean {
  return (
    problem.next?.kind !== 'retry' && problem.code !== 'HOLD_EXPIRED' && problem.code !== 'PAYMENT_REQUIRED'
  );
}

export function confirmButtonText(mode: ConfirmMode, feeFen: number, step: ConfirmStep | null): string {
  if (step === 'hold') return '正在锁号…';
  if (step === 'book') return '正在预约…';
  if (step === 'join') return '正在加入候补…';
  if (mode === 'waitlist') return '确认候补';
  return feeFen > 0 ? `确认预约并支付 ${formatYuan(feeFen)}` : '确认预约';
}

export interface ConfirmRule {
  key: 'hold' | 'cancel' | 'refund' | 'waitlist' | 'noShow';
  title: string;
  text: string;
}

/** The rules that matter at this moment, from the hospital's policy. */
export function confirmRules(policy: BookingPolicy, mode: ConfirmMode, feeFen: number): ConfirmRule[] {
  const cutoff = cancelCutoffText(policy.cancelCutoff);
  const rules: ConfirmRule[] = [];
  if (mode === 'waitlist') {
    rules.push({
      key: 'waitlist',
      title: '候补规则',
      text:
        '有人取消预约时，号源按候补顺序让给排在前面的人；轮到您时会为您锁号并通知您' +
        (feeFen > 0 ? `，请在${policy.holdMinutes}分钟内支付挂号费。` : '，并直接为您预约。') +
        '候补在就诊前一天结束。',
    });
  } else if (feeFen > 0) {
    rules.push({
      key: 'hold',
      title: '锁号',
      text: `确认后为您保留这个号${policy.holdMinutes}分钟，请在此时间内支付挂号费${formatYuan(feeFen)}，超时号源自动释放。`,
    });
  }
  rules.push({
    key: 'cancel',
    title: '取消预约',
    text: `${cutoff}可以在“预约”页取消，超过时间不能在线取消。`,
  });
  if (feeFen > 0)
    rules.push({ key: 'refund', title: '退款', text: '按时取消的，已支付的挂号费全额原路退回。' });
  const ban = policy.noShowBan;
  rules.push({
    key: 'noShow',
    title: '爽约',
    text: `预约后未就诊也未取消算爽约；${ban.windowDays}天内爽约${ban.count}次，${ban.banDays}天内不能预约。`,
  });
  return rules;
}
