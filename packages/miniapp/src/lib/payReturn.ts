// The way back from the H5 cashier page (the mock's h5Url) and the test confirmation on weapp. The cashier
// sends the browser to the `returnUrl` given when the payment was created, with `paymentId` added to its
// query. The H5 build uses the hash router, so that query may land before the `#` (location.search) rather
// than in the page's own parameters: the result page reads both.
import type { WechatPayParams } from '@yika/sdk';
import { pageParam } from './routeParams';

/** The absolute address of an app page on the H5 build (hash router): `https://host/app/#/subpackages/...`. */
export function h5PageUrl(location: { origin: string; pathname: string }, route: string): string {
  return `${location.origin}${location.pathname}#${route.startsWith('/') ? route : `/${route}`}`;
}

/** `paymentId` from the page's parameters, else from the address's own query (`?paymentId=...#/...`). */
export function paymentIdFromReturn(
  params: Record<string, string | undefined>,
  search: string | undefined,
): string | undefined {
  const fromParams = pageParam(params, 'paymentId');
  if (fromParams) return fromParams;
  if (!search) return undefined;
  const value = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('paymentId');
  return value && value.trim() !== '' ? value : undefined;
}

/** `prepay_id=wx123` -> `wx123`: what the simulator's test confirmation names. */
export function prepayIdOf(wechat: Pick<WechatPayParams, 'package'>): string {
  return wechat.package.replace(/^prepay_id=/, '');
}
