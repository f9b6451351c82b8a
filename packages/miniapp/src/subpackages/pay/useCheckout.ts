import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import type { Payment } from '@yika/sdk';
import { requestWechatPayment } from '@yika/sdk/taro';
import { paymentRequestOf, type CheckoutTarget } from '../../lib/checkoutTarget';
import { isTransientError } from '../../lib/errors';
import { h5PageUrl } from '../../lib/payReturn';
import { createSubmissionKeys } from '../../lib/submissionKey';
import { confirmWithPaySimulator, PAY_SIMULATOR_ENABLED } from '../../services/paySimulator';
import { payResultUrl, ROUTES } from '../../services/routes';
import { yika } from '../../services/yika';

export type CheckoutPhase = 'idle' | 'creating' | 'paying' | 'leaving';

export interface Checkout {
  phase: CheckoutPhase;
  error: unknown;
  /** The resident closed the WeChat Pay sheet: nothing was charged, the button offers it again. */
  cancelled: boolean;
  pay: () => void;
}

const IS_H5 = process.env.TARO_ENV === 'h5';

/** On H5 the cashier page sends the browser back here, to the result page, with `paymentId` added. */
function returnUrlForH5(): string | undefined {
  if (!IS_H5 || typeof window === 'undefined') return undefined;
  return h5PageUrl(window.location, ROUTES.payResult);
}

async function payThroughWechat(payment: Payment): Promise<'paid' | 'cancelled'> {
  if (!payment.wechat) return 'paid';
  const outcome = await requestWechatPayment(Taro, payment.wechat);
  if (outcome === 'paid' && PAY_SIMULATOR_ENABLED) await confirmWithPaySimulator(payment.wechat);
  return outcome;
}

/**
 * Creates the payment (one idempotency key per attempt: a retry after a lost answer reuses it, so the
 * platform answers with the same order instead of a second one) and pays it: nothing to self-pay goes
 * straight to the result; H5 leaves for the cashier page (h5Url); weapp opens WeChat Pay, then the result.
 */
export function useCheckout(target: CheckoutTarget | null): Checkout {
  const keys = useRef(createSubmissionKeys());
  const [phase, setPhase] = useState<CheckoutPhase>('idle');
  const [error, setError] = useState<unknown>(undefined);
  const [cancelled, setCancelled] = useState(false);
  const busy = useRef(false);

  const pay = useCallback(() => {
    if (!target || busy.current) return;
    busy.current = true;
    setError(undefined);
    setCancelled(false);
    const request = paymentRequestOf(target, returnUrlForH5());
    const idempotencyKey = keys.current.keyFor(request);
    const run = async () => {
      setPhase('creating');
      const payment = await yika.payments.create(request, { idempotencyKey });
      keys.current.settle();
      if (payment.status === 'unpaid' && IS_H5 && payment.h5Url) {
        setPhase('leaving');
        window.location.href = payment.h5Url;
        return;
      }
      if (payment.status === 'unpaid') {
        setPhase('paying');
        if ((await payThroughWechat(payment)) === 'cancelled') {
          setCancelled(true);
          setPhase('idle');
          return;
        }
      }
      setPhase('leaving');
      await Taro.redirectTo({ url: payResultUrl(payment.id) });
    };
    run()
      .catch((failure: unknown) => {
        // A definite refusal ends this attempt; a lost answer keeps the key for the retry.
        if (!isTransientError(failure)) keys.current.settle();
        setError(failure);
        setPhase('idle');
      })
      .finally(() => {
        busy.current = false;
      });
  }, [target]);

  return { phase, error, cancelled, pay };
}
