// The simulated WeChat Pay on the standalone server (not part of the contract): `GET /__wxpay/merchant` (the
// test merchant's public parts), `POST /__wxpay/confirm {prepayId}` (the payer's test confirmation),
// `GET /__wxpay/cashier?prepay_id=&redirect=` (the H5 cashier page), `GET /__wxpay/invoices/{paymentId}`,
// `GET /__wxpay/deliveries` (notifications sent), and the back office's `POST /__control/bills` (an exact bill).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toShanghaiIso } from '@yika/sdk/domain';
import type { BillItem } from '../contract/wire';
import type { Platform } from '../platform';
import { BILL_CATALOG } from '../store/bills/catalog';
import { PlatformError } from '../store/errors';
import { cashierPage, invoicePage } from '../wxpay/cashier-page';
import { WechatPayRefusal, type Delivery } from '../wxpay/simulator';
import { WXPAY_PREFIX } from '../wxpay/urls';
import { readBody, sendJson } from './node-bridge';

export const BILLS_CONTROL_PATH = '/__control/bills';
const INVOICE_ROUTE = /^\/__wxpay\/invoices\/([^/]+)$/;
const CATEGORIES = new Set(BILL_CATALOG.map((item) => item.category));

export function isWechatPayRoute(pathname: string): boolean {
  return pathname.startsWith(`${WXPAY_PREFIX}/`) || pathname === BILLS_CONTROL_PATH;
}

export async function handleWechatPay(
  platform: Platform,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case `GET ${WXPAY_PREFIX}/merchant`:
      return sendJson(res, 200, platform.wechatPay.merchant());
    case `GET ${WXPAY_PREFIX}/deliveries`:
      return sendJson(res, 200, { data: platform.wechatPay.deliveries().map(deliverySummary) });
    case `POST ${WXPAY_PREFIX}/confirm`:
      return confirm(platform, await readObject(req), res);
    case `GET ${WXPAY_PREFIX}/cashier`:
      return cashier(platform, url, res);
    case `POST ${BILLS_CONTROL_PATH}`:
      return addBill(platform, await readObject(req), res);
    default: {
      const invoice = INVOICE_ROUTE.exec(url.pathname);
      if (req.method === 'GET' && invoice?.[1])
        return sendInvoice(platform, decodeURIComponent(invoice[1]), res);
      return sendJson(res, 404, { error: `No route ${route}` });
    }
  }
}

async function confirm(
  platform: Platform,
  body: Record<string, unknown> | undefined,
  res: ServerResponse,
): Promise<void> {
  if (typeof body?.prepayId !== 'string') return sendJson(res, 400, { error: 'prepayId must be a string' });
  try {
    return sendJson(res, 200, deliverySummary(await platform.wechatPay.confirm(body.prepayId)));
  } catch (error) {
    if (!(error instanceof WechatPayRefusal)) throw error;
    return sendJson(res, error.reason === 'PREPAY_NOT_FOUND' ? 404 : 409, { error: error.reason });
  }
}

function cashier(platform: Platform, url: URL, res: ServerResponse): void {
  const prepayId = url.searchParams.get('prepay_id') ?? '';
  const prepay = platform.store.payments.wechatPay.prepayOf(prepayId);
  if (!prepay) return sendHtml(res, 404, '<p>订单不存在</p>');
  const order = platform.store.payments.ledger.byTradeNo(prepay.outTradeNo);
  const hospital = order && platform.store.hospitals.require(order.hospitalId);
  sendHtml(
    res,
    200,
    cashierPage({
      prepayId,
      merchantName: hospital?.name ?? '测试商户',
      description: prepay.description,
      totalFen: prepay.totalFen,
      redirect: url.searchParams.get('redirect') ?? undefined,
    }),
  );
}

function sendInvoice(platform: Platform, paymentId: string, res: ServerResponse): void {
  const order = platform.store.payments.ledger.get(paymentId);
  if (!order || order.purpose !== 'bill' || order.paidAtMs === undefined)
    return sendHtml(res, 404, '<p>票据不存在</p>');
  sendHtml(
    res,
    200,
    invoicePage({
      paymentId: order.id,
      description: order.description,
      amountFen: order.amountFen,
      paidAt: toShanghaiIso(order.paidAtMs),
    }),
  );
}

/** `{ cardId, items: [{ name, category, insuranceClass, unitPriceFen, quantity, code?, unit? }], hospitalId?, departmentName?, doctorName? }` */
function addBill(platform: Platform, body: Record<string, unknown> | undefined, res: ServerResponse): void {
  const cardId = body?.cardId;
  if (typeof cardId !== 'string' || !platform.store.cardModel.cards.get(cardId)) {
    return sendJson(res, 404, { error: 'No such card' });
  }
  const items = Array.isArray(body?.items) ? body.items.map(toBillItem) : [];
  if (items.length === 0 || items.some((item) => item === undefined)) {
    return sendJson(res, 400, {
      error:
        'items must be a non-empty array of { name, category, insuranceClass A|B|C, unitPriceFen, quantity }',
    });
  }
  const text = (key: string): string | undefined =>
    typeof body?.[key] === 'string' ? (body[key] as string) : undefined;
  try {
    const hospitalId = text('hospitalId');
    const departmentName = text('departmentName');
    const doctorName = text('doctorName');
    const bill = platform.store.payments.bills.book.add({
      cardId,
      items: items as BillItem[],
      ...(hospitalId === undefined ? {} : { hospitalId }),
      ...(departmentName === undefined ? {} : { departmentName }),
      ...(doctorName === undefined ? {} : { doctorName }),
    });
    return sendJson(res, 200, { id: bill.id, totalFen: bill.totalFen });
  } catch (error) {
    if (error instanceof PlatformError) return sendJson(res, 404, { error: 'No such hospital' });
    throw error;
  }
}

function toBillItem(raw: unknown, index: number): BillItem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { name, category, insuranceClass, unitPriceFen, quantity, code, unit } = raw as Record<
    string,
    unknown
  >;
  if (typeof name !== 'string' || name === '') return undefined;
  if (typeof category !== 'string' || !CATEGORIES.has(category as BillItem['category'])) return undefined;
  if (insuranceClass !== 'A' && insuranceClass !== 'B' && insuranceClass !== 'C') return undefined;
  if (!Number.isSafeInteger(unitPriceFen) || (unitPriceFen as number) < 0) return undefined;
  if (!Number.isSafeInteger(quantity) || (quantity as number) < 1) return undefined;
  return {
    code: typeof code === 'string' ? code : `CTL${String(index + 1).padStart(4, '0')}`,
    name,
    category: category as BillItem['category'],
    quantity: quantity as number,
    unit: typeof unit === 'string' ? unit : '次',
    unitPriceFen: unitPriceFen as number,
    amountFen: (unitPriceFen as number) * (quantity as number),
    insuranceClass,
  };
}

function deliverySummary(delivery: Delivery) {
  return {
    id: delivery.notification.id,
    eventType: delivery.notification.eventType,
    outTradeNo: delivery.outTradeNo,
    ...(delivery.outRefundNo === undefined ? {} : { outRefundNo: delivery.outRefundNo }),
    delivered: delivery.delivered,
    attempts: delivery.attempts,
  };
}

async function readObject(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const text = (await readBody(req)).toString('utf8').trim();
  try {
    const value: unknown = text === '' ? {} : JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}
