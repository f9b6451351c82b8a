// Payments: create an order (registration fee or bill), payment records, the WeChat Pay notification
// receiver and hospitals' refunds. Thin: the rules live in store/payments; idempotency is the pipeline's.
import { defineOperation } from '../http/operation';
import { NOTIFY_HEADERS } from '../wxpay/notifications';

/** The pipeline authenticates before a handler runs; a missing caller here is a wiring bug. */
function required(value: string | undefined, who: string): string {
  if (value === undefined) throw new Error(`A payment operation ran without ${who}`);
  return value;
}

/** Links in answers (cashier page, e-invoice) point at the origin the caller reached the platform on. */
const originOf = (request: Request): string => new URL(request.url).origin;

export const paymentOperations = [
  defineOperation('createPayment', ({ store, accountId, body, channel, request }) => ({
    status: 201,
    body: store.payments.desk.create(required(accountId, 'an account'), body, channel, originOf(request)),
  })),

  defineOperation('listPayments', ({ store, accountId, query, request }) => ({
    status: 200,
    body: store.payments.desk.list(required(accountId, 'an account'), query, originOf(request)),
  })),

  defineOperation('getPayment', ({ store, accountId, params, request }) => ({
    status: 200,
    body: store.payments.desk.get(required(accountId, 'an account'), params.paymentId, originOf(request)),
  })),

  defineOperation('receiveWechatPayNotification', ({ store, body, bodyText, request }) => {
    // The contract check has made sure all four headers are there.
    const header = (name: string): string => request.headers.get(name) ?? '';
    store.payments.receiver.receive(
      {
        timestamp: header(NOTIFY_HEADERS.timestamp),
        nonce: header(NOTIFY_HEADERS.nonce),
        signature: header(NOTIFY_HEADERS.signature),
        serial: header(NOTIFY_HEADERS.serial),
      },
      bodyText,
      body,
    );
    return { status: 204 };
  }),

  defineOperation('refundPayment', ({ store, hospitalId, params, body }) => ({
    status: 201,
    body: store.payments.desk.refund(required(hospitalId, 'a hospital'), params.paymentId, body),
  })),
];
