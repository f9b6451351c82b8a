// The one configured SDK client of the app. The platform address and the channel are build-time
// configuration (YIKA_API_BASE_URL, YIKA_CHANNEL: see config/env.ts), never code.
import Taro from '@tarojs/taro';
import { createClient, createTaroAdapter, createTaroTokenStore } from '@yika/sdk/taro';
import { goToSignIn } from './routes';

export const yika = createClient({
  baseURL: YIKA_API_BASE_URL,
  channel: YIKA_CHANNEL,
  // Taro.request is wx.request in the mini-program and fetch on H5.
  adapter: createTaroAdapter(Taro.request),
  tokenStore: createTaroTokenStore(Taro),
  onUnauthenticated: () => goToSignIn(),
});
