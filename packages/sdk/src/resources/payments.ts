// client.payments: paying a registration fee (挂号费, from a hold) or an outpatient bill (门诊缴费) with
// WeChat Pay, the payment records (缴费记录), hospital refunds (退费), and `waitUntilSettled` for the moment
// after the payer confirms: the platform learns the outcome from WeChat Pay's notification, not from the app.
import { followCursor } from '../core/paging';
import { pollUntil, type PollDeps } from '../core/poll';
import type { AbortSignalLike } from '../core/abort';
import type { RequestOptions, RequestSender } from '../core/request-sender';
import { YikaError } from '../errors';
import type {
  BillPaymentRequest,
  Payment,
  PaymentListParams,
  PaymentPage,
  PaymentRequest,
  RegistrationPaymentRequest,
  Refund,
  RefundRequest,
} from '../types';
import { hospitalPaymentPath, paymentPath } from './paths';

/** A `PaymentRequest` where a bill's `useInsurance` may be left out (default false). */
export type CreatePaymentRequest =
  RegistrationPaymentRequest | (Omit<BillPaymentRequest, 'useInsurance'> & { useInsurance?: boolean });

export interface WaitUntilSettledOptions {
  /** Total wait, in ms. Default 60 000; then a YikaError `PAYMENT_PENDING`. */
  timeoutMs?: number;
  /** First wait between reads, in ms (doubles per read, with jitter). Default 500. */
  initialDelayMs?: number;
  /** Longest wait between reads, in ms. Default 4 000. */
  maxDelayMs?: number;
  /** Aborting rejects with AbortError and stops polling (e.g. the resident left the result page). */
  signal?: AbortSignalLike;
}

const DEFAULT_SETTLE_TIMEOUT_MS = 60_000;
const DEFAULT_SETTLE_INITIAL_DELAY_MS = 500;
const DEFAULT_SETTLE_MAX_DELAY_MS = 4_000;

/**
 * Whether polling can stop: the order left `unpaid`. A paid registration fee also waits for its booking:
 * the platform sets `appointmentId` together with `paid`, but a platform doing it in two steps is waited for.
 */
function isSettled(payment: Payment): boolean {
  if (payment.status === 'unpaid') return false;
  return !(
    payment.purpose === 'registration' &&
    payment.status === 'paid' &&
    payment.appointmentId === undefined
  );
}

export class PaymentsResource {
  constructor(
    private readonly sender: RequestSender,
    private readonly poll: PollDeps,
  ) {}

  /**
   * Creates the payment order. Registration: `{ purpose: 'registration', holdId }`; the platform books the
   * hold when the payment settles. Bill: `{ purpose: 'bill', billId, useInsurance }`; with insurance only
   * the self-pay part (`split.selfPayFen`) goes through WeChat Pay, and nothing to self-pay is paid at once.
   * While something is to be paid the answer has `wechat` (for `requestWechatPayment` from
   * `@yika/sdk/taro`) and `h5Url` (the cashier page; it sends the payer back to `returnUrl`). Refusals
   * (409 unless noted): HOLD_EXPIRED, PAYMENT_CLOSED, BILL_ALREADY_PAID, INSURANCE_NOT_LINKED,
   * IDEMPOTENCY_CONFLICT (the same key with another body), NOT_FOUND (404: another account's hold or bill).
   * Creating again for the same unpaid hold or bill answers the same order.
   */
  create(request: CreatePaymentRequest, options?: RequestOptions): Promise<Payment> {
    const body: PaymentRequest =
      request.purpose === 'registration'
        ? { purpose: 'registration', holdId: request.holdId }
        : { purpose: 'bill', billId: request.billId, useInsurance: request.useInsurance === true };
    if (request.returnUrl !== undefined) body.returnUrl = request.returnUrl;
    return this.sender.request<Payment>(
      { method: 'POST', path: '/v1/payments', body, auth: 'required' },
      options,
    );
  }

  /** One payment order of the account with its refunds; NOT_FOUND (404) otherwise. */
  get(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this.sender.request<Payment>(
      { method: 'GET', path: paymentPath(paymentId), auth: 'required' },
      options,
    );
  }

  /** One page of payment records, newest first, optionally for one card (NOT_FOUND for another's card). */
  list(params?: PaymentListParams, options?: RequestOptions): Promise<PaymentPage> {
    return this.sender.request<PaymentPage>(
      { method: 'GET', path: '/v1/payments', query: params, auth: 'required' },
      options,
    );
  }

  /** Every payment record matching `params`, fetching pages only as the loop reads on. */
  iterate(params?: PaymentListParams, options?: RequestOptions): AsyncIterable<Payment> {
    return followCursor((query) => this.list(query, options), params);
  }

  /**
   * For hospitals: refunds `amountFen` of a paid order under the hospital's `outRefundNo` (each number
   * refunds once). Needs `createClient({ hospitalKey })`. Refusals (409): REFUND_EXCEEDS_PAID,
   * REFUND_CONFLICT (the number was used with another amount), PAYMENT_STATE_INVALID (not paid); NOT_FOUND.
   */
  refund(paymentId: string, request: RefundRequest, options?: RequestOptions): Promise<Refund> {
    const body: RefundRequest = {
      outRefundNo: request.outRefundNo,
      amountFen: request.amountFen,
      reason: request.reason,
    };
    return this.sender.request<Refund>(
      { method: 'POST', path: `${hospitalPaymentPath(paymentId)}/refunds`, body, auth: 'hospital' },
      options,
    );
  }

  /**
   * Polls the order after the payer confirmed until it is no longer `unpaid` (paid, closed, refunded...;
   * a paid registration fee once its `appointmentId` is there), with backoff from 500 ms to 4 s and
   * jitter, for at most `timeoutMs` (60 s). Reads that fail for network or server trouble are tried again
   * within that time. Rejects with YikaError `PAYMENT_PENDING` when the order is still unpaid at the end
   * (show "confirming", and the payment records later), AbortError when `signal` aborts, or the ApiError
   * of a refused read (NOT_FOUND). A paid registration fee still without its booking at the end resolves.
   */
  async waitUntilSettled(paymentId: string, options: WaitUntilSettledOptions = {}): Promise<Payment> {
    const { signal } = options;
    const outcome = await pollUntil(
      () => this.get(paymentId, { signal }),
      isSettled,
      {
        timeoutMs: options.timeoutMs ?? DEFAULT_SETTLE_TIMEOUT_MS,
        initialDelayMs: options.initialDelayMs ?? DEFAULT_SETTLE_INITIAL_DELAY_MS,
        maxDelayMs: options.maxDelayMs ?? DEFAULT_SETTLE_MAX_DELAY_MS,
      },
      this.poll,
      signal,
    );
    if (outcome.last !== undefined && outcome.last.status !== 'unpaid') return outcome.last;
    throw new YikaError('PAYMENT_PENDING', { cause: outcome.lastError });
  }
}
