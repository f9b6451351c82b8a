// MOCK ONLY. The mock platform has no real WeChat Pay behind it: after wx.requestPayment "succeeds" in
// WeChat DevTools, the payer's confirmation is simulated by posting the test confirmation to the mock's
// WeChat Pay simulator (`POST /__wxpay/confirm {prepayId}`, not part of the platform contract), which then
// notifies the platform as WeChat Pay would. Builds against a real platform set YIKA_PAY_SIMULATOR=false
// (config/env.ts) and never call this.
import Taro from '@tarojs/taro';
import { YikaError, type WechatPayParams } from '@yika/sdk';
import { prepayIdOf } from '../lib/payReturn';

export const PAY_SIMULATOR_ENABLED: boolean = YIKA_PAY_SIMULATOR;

/** Confirms the prepay as the payer would; resolves once the simulator has accepted it. */
export async function confirmWithPaySimulator(wechat: WechatPayParams): Promise<void> {
  const response = await Taro.request({
    url: `${YIKA_API_BASE_URL}/__wxpay/confirm`,
    method: 'POST',
    header: { 'Content-Type': 'application/json' },
    data: { prepayId: prepayIdOf(wechat) },
  });
  if (response.statusCode < 200 || response.statusCode >= 300) {
    // E.g. the order closed meanwhile: nothing was charged; the result page tells what the order says.
    throw new YikaError('PAYMENT_FAILED');
  }
}
