// `wx.requestPayment` through Taro, as a promise of what happened: the payer paid, or closed the cashier.
// The app passes `Taro` in; the SDK never imports @tarojs/taro. 'paid' only means WeChat took the money:
// the platform's order settles on WeChat Pay's notification, so follow it with
// `client.payments.waitUntilSettled(paymentId)`.
import { YikaError } from '../errors';
import type { WechatPayParams } from '../types';

/** What Taro.requestPayment / wx.requestPayment take (the mini-program's own appId is implied). */
export interface TaroRequestPaymentOptions {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
  success: () => void;
  fail: (failure: { errMsg?: string }) => void;
}

/** `Taro` or `wx`: anything with `requestPayment` (which may also return a promise of the outcome). */
export interface TaroPaymentLike {
  requestPayment(options: TaroRequestPaymentOptions): unknown;
}

export type WechatPaymentOutcome = 'paid' | 'cancelled';

// WeChat reports the payer closing the cashier as `requestPayment:fail cancel` (older clients: `:cancel`).
const CANCELLED = /:(fail )?cancel$/;

function errMsgOf(failure: unknown): string {
  const errMsg = (failure as { errMsg?: unknown } | null)?.errMsg;
  return typeof errMsg === 'string' ? errMsg : String(failure);
}

/**
 * Shows WeChat's cashier for the order's `wechat` params. Resolves 'paid' or 'cancelled'; rejects with a
 * YikaError `PAYMENT_FAILED` (Chinese message; `cause` keeps WeChat's errMsg) for any other failure.
 */
export function requestWechatPayment(
  taro: TaroPaymentLike,
  params: WechatPayParams,
): Promise<WechatPaymentOutcome> {
  return new Promise<WechatPaymentOutcome>((resolve, reject) => {
    let settled = false;
    const succeed = () => {
      if (settled) return;
      settled = true;
      resolve('paid');
    };
    const fail = (failure: unknown) => {
      if (settled) return;
      settled = true;
      const errMsg = errMsgOf(failure);
      if (CANCELLED.test(errMsg)) resolve('cancelled');
      else reject(new YikaError('PAYMENT_FAILED', { cause: new Error(errMsg) }));
    };
    let returned: unknown;
    try {
      returned = taro.requestPayment({
        timeStamp: params.timeStamp,
        nonceStr: params.nonceStr,
        package: params.package,
        signType: params.signType,
        paySign: params.paySign,
        success: succeed,
        fail,
      });
    } catch (error) {
      fail(error);
      return;
    }
    // Taro's promise carries the same outcome as the callbacks; settle on the first and never leave its
    // rejection unhandled.
    const then = (returned as { then?: unknown } | null)?.then;
    if (typeof then === 'function') (returned as PromiseLike<unknown>).then(succeed, fail);
  });
}
