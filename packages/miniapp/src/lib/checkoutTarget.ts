// What the checkout page pays, from its parameters: a held slot's registration fee (`?hold=`, from the
// booking confirm page or a waitlist offer) or an outpatient bill (`?bill=`, with `insurance=1` when the
// resident chose 使用医保 on the bill page).
import type { PaymentRequest } from '@yika/sdk';
import { pageParam } from './routeParams';

export type CheckoutTarget =
  { kind: 'hold'; holdId: string } | { kind: 'bill'; billId: string; useInsurance: boolean };

export function checkoutTargetOf(params: Record<string, string | undefined>): CheckoutTarget | null {
  const holdId = pageParam(params, 'hold');
  if (holdId) return { kind: 'hold', holdId };
  const billId = pageParam(params, 'bill');
  if (billId) return { kind: 'bill', billId, useInsurance: pageParam(params, 'insurance') === '1' };
  return null;
}

/** The payment to create; `returnUrl` only on H5, where the cashier page sends the browser back. */
export function paymentRequestOf(target: CheckoutTarget, returnUrl: string | undefined): PaymentRequest {
  const back = returnUrl ? { returnUrl } : {};
  if (target.kind === 'hold') return { purpose: 'registration', holdId: target.holdId, ...back };
  return { purpose: 'bill', billId: target.billId, useInsurance: target.useInsurance, ...back };
}
