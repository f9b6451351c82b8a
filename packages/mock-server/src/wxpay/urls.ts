// The simulator's pages on the platform's own origin: the H5 cashier (收银台) and the mock e-invoice, and
// the payer's way back to the app after paying.

export const WXPAY_PREFIX = '/__wxpay';

export function cashierUrl(origin: string, prepayId: string, redirect: string | undefined): string {
  const query = new URLSearchParams({ prepay_id: prepayId });
  if (redirect !== undefined) query.set('redirect', redirect);
  return `${origin}${WXPAY_PREFIX}/cashier?${query.toString()}`;
}

export function invoiceUrl(origin: string, paymentId: string): string {
  return `${origin}${WXPAY_PREFIX}/invoices/${encodeURIComponent(paymentId)}`;
}

/**
 * The return URL with `paymentId` added to its query. A hash-routed H5 app (`https://h/#/pages/x?a=1`) reads
 * its query from the hash, so there it goes into the hash.
 */
export function withPaymentId(returnUrl: string, paymentId: string): string {
  const url = new URL(returnUrl);
  if (url.hash.startsWith('#/')) {
    url.hash = `${url.hash}${url.hash.includes('?') ? '&' : '?'}paymentId=${encodeURIComponent(paymentId)}`;
  } else {
    url.searchParams.set('paymentId', paymentId);
  }
  return url.toString();
}
