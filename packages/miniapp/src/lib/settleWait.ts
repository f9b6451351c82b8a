// The result page's wait for a payment to settle. After the payer confirms, WeChat Pay notifies the
// platform a moment later, so the page polls (the SDK's waitUntilSettled) and shows what it knows: still
// confirming, paid, closed, refunded, or that it gave up waiting (支付结果确认中, with 刷新). Each wait is an
// attempt; an answer to an older attempt (a refresh tapped meanwhile) is dropped. Pure, so it is tested.
import type { Payment } from '@yika/sdk';
import { isYikaError } from '@yika/sdk';
import { errorMessageOf } from './errors';

export type SettlePhase = 'waiting' | 'paid' | 'refunded' | 'pending' | 'closed' | 'failed';

export interface SettleState {
  phase: SettlePhase;
  /** The last payment seen; kept while a refresh waits, so the amount stays on screen. */
  payment: Payment | undefined;
  error: unknown;
  attempt: number;
}

export type SettleAction =
  | { type: 'wait'; attempt: number }
  | { type: 'settled'; attempt: number; payment: Payment }
  | { type: 'gaveUp'; attempt: number; error: unknown };

/** The SDK's code when waitUntilSettled ran out of time with the payment still unpaid. */
export const PAYMENT_PENDING = 'PAYMENT_PENDING';

export const INITIAL_SETTLE_STATE: SettleState = {
  phase: 'waiting',
  payment: undefined,
  error: undefined,
  attempt: 0,
};

/** Where a payment stands, as the result page tells it. */
export function phaseOfPayment(payment: Payment): Exclude<SettlePhase, 'waiting' | 'failed'> {
  switch (payment.status) {
    case 'unpaid':
      return 'pending';
    case 'paid':
      return 'paid';
    case 'closed':
      return 'closed';
    case 'refunding':
    case 'refunded':
    case 'partially_refunded':
      return 'refunded';
  }
}

export function settleReducer(state: SettleState, action: SettleAction): SettleState {
  if (action.type === 'wait') {
    return { ...state, phase: 'waiting', error: undefined, attempt: action.attempt };
  }
  if (action.attempt !== state.attempt) return state;
  if (action.type === 'settled') {
    return { ...state, phase: phaseOfPayment(action.payment), payment: action.payment, error: undefined };
  }
  const timedOut = isYikaError(action.error) && action.error.code === PAYMENT_PENDING;
  return { ...state, phase: timedOut ? 'pending' : 'failed', error: action.error };
}

export interface ResultView {
  title: string;
  hint: string;
  /** A symbol beside the title: the state never rests on colour alone. */
  symbol: string;
  canRefresh: boolean;
}

/** The headline and explanation of the result page. */
export function resultView(state: SettleState): ResultView {
  const payment = state.payment;
  switch (state.phase) {
    case 'waiting':
      return { symbol: '⏳', title: '正在确认支付结果…', hint: '请稍候，不要重复支付', canRefresh: false };
    case 'paid':
      return {
        symbol: '✓',
        title: '支付成功',
        hint:
          payment?.purpose === 'registration'
            ? payment.appointmentId
              ? '预约成功，请按时就诊'
              : '挂号费已支付，预约正在确认中'
            : '缴费成功，可凭电子发票报销',
        canRefresh: payment?.purpose === 'registration' && !payment.appointmentId,
      };
    case 'pending':
      return {
        symbol: 'ⓘ',
        title: '支付结果确认中',
        hint: '如果您已付款，请稍后刷新或在缴费记录中查看，请勿重复支付',
        canRefresh: true,
      };
    case 'closed':
      return {
        symbol: '✕',
        title: '订单已关闭',
        hint: '订单超时未支付，已自动关闭，未扣款。如需继续，请重新下单',
        canRefresh: false,
      };
    case 'refunded':
      return {
        symbol: '↩',
        title:
          payment?.purpose === 'registration' && !payment.appointmentId ? '挂号未成功，已退款' : '已退款',
        hint:
          payment?.purpose === 'registration' && !payment.appointmentId
            ? '付款时号源已释放，费用将全额原路退回'
            : '该订单的费用已退回或正在退回',
        canRefresh: false,
      };
    case 'failed':
      return {
        symbol: '⚠',
        title: '暂时无法获取支付结果',
        hint: errorMessageOf(state.error),
        canRefresh: true,
      };
  }
}
