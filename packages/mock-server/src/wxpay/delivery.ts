// Where the simulator's notifications go. By default in process, to the platform's own
// `POST /v1/payments/wechat/notify` through its msw handlers, so every notification passes the same pipeline
// (contract check, faults) as one from the outside; with a notify URL, an HTTP POST to it (a hospital's own
// server, or another platform).
import { getResponse, type RequestHandler } from 'msw';
import type { SignedNotification } from './notifications';
import type { Deliver } from './simulator';

/** The origin in-process deliveries are addressed to; the handlers match any origin. */
export const IN_PROCESS_ORIGIN = 'http://wechatpay.internal';
export const NOTIFY_PATH = '/v1/payments/wechat/notify';

export function createDelivery(
  handlers: () => readonly RequestHandler[],
  notifyUrl: () => string | undefined,
): Deliver {
  return async (notification) => {
    const url = notifyUrl();
    const request = toRequest(url ?? `${IN_PROCESS_ORIGIN}${NOTIFY_PATH}`, notification);
    const response = url === undefined ? await getResponse([...handlers()], request) : await fetch(request);
    if (!response) return { error: 'no handler answered' };
    // msw's HttpResponse.error(): an injected reset or dropped answer.
    if (response.type === 'error') return { error: 'connection lost' };
    await response.arrayBuffer();
    return { status: response.status };
  };
}

function toRequest(url: string, notification: SignedNotification): Request {
  return new Request(url, {
    method: 'POST',
    headers: { ...notification.headers, 'User-Agent': 'Mozilla/4.0 (yika-mock wechatpay-simulator)' },
    body: notification.body,
  });
}
