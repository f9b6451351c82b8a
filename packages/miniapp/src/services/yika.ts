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
  // Each call spelled out as `Taro.x(...)`: on H5, Taro's babel plugin turns those into imports of the
  // web implementations, while the `Taro` object itself has no storage methods there (passing `Taro`
  // lost the session on every page reload).
  tokenStore: createTaroTokenStore({
    getStorageSync: (key) => Taro.getStorageSync(key),
    setStorageSync: (key, data) => Taro.setStorageSync(key, data),
    removeStorageSync: (key) => Taro.removeStorageSync(key),
  }),
  onUnauthenticated: () => goToSignIn(),
});
