// `@yika/sdk/taro`: the mini-program entry. Everything from the main entry, plus the adapter over
// Taro.request and the token store over Taro storage. Usage:
//   createClient({ baseURL, channel: 'wechat-miniapp', adapter: createTaroAdapter(Taro.request),
//                  tokenStore: createTaroTokenStore(Taro) })
export * from '../index';
export {
  createTaroAdapter,
  type TaroRequestLike,
  type TaroRequestOptions,
  type TaroRequestSuccess,
  type TaroRequestFailure,
  type TaroRequestMethod,
} from '../taro/adapter';
export { createTaroTokenStore, DEFAULT_TARO_TOKEN_KEY, type TaroStorageLike } from '../taro/token-store';
export {
  requestWechatPayment,
  type TaroPaymentLike,
  type TaroRequestPaymentOptions,
  type WechatPaymentOutcome,
} from '../taro/payment';
