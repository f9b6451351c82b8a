// Every refusal of the payment flow with its own plain message and the one next step that helps: a lapsed
// hold sends the resident back to choose a slot, a closed order is placed again, a bill already paid opens
// its record, insurance without a linked card opens the link page, and a lost connection is retried with
// the same idempotency key (so the retry can never charge twice).
import { isApiError, isYikaError, type Bill, type Hold } from '@yika/sdk';
import { errorMessageOf, isSignedOutError, isTransientError } from './errors';

export type PayNextStep =
  'chooseSlot' | 'reorder' | 'viewRecord' | 'linkInsurance' | 'retry' | 'signIn' | 'back' | 'viewAppointment';

export interface PayErrorOutcome {
  title: string;
  message: string;
  next: PayNextStep;
  actionText: string;
}

type Step = Omit<PayErrorOutcome, 'message'>;

const HOLD_LAPSED: Step = { title: '号源已释放', next: 'chooseSlot', actionText: '重新选择时段' };
const BILL_PAID: Step = { title: '该账单已缴费', next: 'viewRecord', actionText: '查看缴费记录' };

const BY_CODE: Readonly<Record<string, Step>> = {
  HOLD_EXPIRED: HOLD_LAPSED,
  SLOT_UNAVAILABLE: { title: '该时段已被约满', next: 'chooseSlot', actionText: '选择其他时段' },
  PAYMENT_CLOSED: { title: '订单已关闭', next: 'reorder', actionText: '重新下单' },
  BILL_ALREADY_PAID: BILL_PAID,
  PAYMENT_STATE_INVALID: { title: '订单状态已变化', next: 'viewRecord', actionText: '查看缴费记录' },
  INSURANCE_NOT_LINKED: { title: '尚未关联社保卡', next: 'linkInsurance', actionText: '去关联社保卡' },
  PAYMENT_FAILED: { title: '支付未完成', next: 'retry', actionText: '重新支付' },
  NOT_FOUND: { title: '没有找到这笔订单', next: 'back', actionText: '返回' },
  CARD_SUSPENDED: { title: '健康卡已冻结', next: 'back', actionText: '返回' },
};

export function payErrorOutcome(error: unknown): PayErrorOutcome {
  const message = errorMessageOf(error);
  if (isSignedOutError(error)) {
    return { title: '登录已失效', message: '请重新登录后再支付', next: 'signIn', actionText: '去登录' };
  }
  const known = isYikaError(error) ? BY_CODE[error.code] : undefined;
  if (known) return { ...known, message };
  if (isTransientError(error)) {
    // The platform may have created the order before the answer was lost: the retry reuses the key.
    return { title: '网络不太稳定', message, next: 'retry', actionText: '重试' };
  }
  return {
    title: isApiError(error) && error.status === 409 ? '暂时无法支付' : '支付出了点问题',
    message,
    next: 'back',
    actionText: '返回',
  };
}

/**
 * Why a loaded hold or bill cannot be paid any more, before anything is sent: a hold already booked (paid
 * on another device, or free), released or past its `expiresAt` by the device clock; a bill already paid.
 */
export function unpayableOutcome(
  subject:
    { kind: 'hold'; hold: Pick<Hold, 'status' | 'expiresAt'> } | { kind: 'bill'; bill: Pick<Bill, 'status'> },
  nowMs: number,
): PayErrorOutcome | null {
  if (subject.kind === 'bill') {
    if (subject.bill.status !== 'paid') return null;
    return { ...BILL_PAID, message: '该账单已缴费，无需重复支付' };
  }
  const { hold } = subject;
  if (hold.status === 'booked') {
    return {
      title: '已预约成功',
      message: '这个号已经支付并预约成功，无需重复支付',
      next: 'viewAppointment',
      actionText: '查看预约',
    };
  }
  if (hold.status === 'held' && Date.parse(hold.expiresAt) > nowMs) return null;
  return { ...HOLD_LAPSED, message: '锁号已超时，号源已释放，请重新选择时段' };
}
