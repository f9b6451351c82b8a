import { requestWechatPayment, type TaroRequestPaymentOptions } from '../../src/taro/payment';
import { wechatParams } from '../support/payments';

type Outcome = { success: true } | { fail: { errMsg: string } } | { throws: Error };

/** A stand-in for Taro / wx: records the call and answers through callbacks, a promise, or both. */
function fakeTaro(outcome: Outcome, style: 'callbacks' | 'promise' | 'both' = 'callbacks') {
  const calls: TaroRequestPaymentOptions[] = [];
  const taro = {
    requestPayment(options: TaroRequestPaymentOptions): unknown {
      calls.push(options);
      if ('throws' in outcome) throw outcome.throws;
      if (style !== 'promise') {
        queueMicrotask(() => ('success' in outcome ? options.success() : options.fail(outcome.fail)));
      }
      if (style === 'callbacks') return undefined;
      return 'success' in outcome
        ? Promise.resolve({ errMsg: 'requestPayment:ok' })
        : Promise.reject(outcome.fail);
    },
  };
  return { taro, calls };
}

describe('requestWechatPayment', () => {
  it("passes exactly wx.requestPayment's parameters (no appId) and resolves 'paid'", async () => {
    const { taro, calls } = fakeTaro({ success: true });
    await expect(requestWechatPayment(taro, wechatParams)).resolves.toBe('paid');
    expect(calls).toHaveLength(1);
    const { success, fail, ...sent } = calls[0]!;
    expect(typeof success).toBe('function');
    expect(typeof fail).toBe('function');
    expect(sent).toEqual({
      timeStamp: wechatParams.timeStamp,
      nonceStr: wechatParams.nonceStr,
      package: wechatParams.package,
      signType: 'RSA',
      paySign: wechatParams.paySign,
    });
  });

  it.each(['requestPayment:fail cancel', 'requestPayment:cancel'])(
    "resolves 'cancelled' when the payer closes the cashier (%s)",
    async (errMsg) => {
      const { taro } = fakeTaro({ fail: { errMsg } });
      await expect(requestWechatPayment(taro, wechatParams)).resolves.toBe('cancelled');
    },
  );

  it('rejects other failures as PAYMENT_FAILED in Chinese, keeping WeChat errMsg as the cause', async () => {
    const { taro } = fakeTaro({ fail: { errMsg: 'requestPayment:fail 支付签名验证失败' } });
    const failure = requestWechatPayment(taro, wechatParams);
    await expect(failure).rejects.toMatchObject({
      isYikaError: true,
      code: 'PAYMENT_FAILED',
      message: '支付未成功，请稍后重试',
      cause: { message: 'requestPayment:fail 支付签名验证失败' },
    });
  });

  it('settles once when both the callbacks and the promise report (Taro), and from the promise alone', async () => {
    for (const style of ['both', 'promise'] as const) {
      await expect(requestWechatPayment(fakeTaro({ success: true }, style).taro, wechatParams)).resolves.toBe(
        'paid',
      );
      await expect(
        requestWechatPayment(
          fakeTaro({ fail: { errMsg: 'requestPayment:fail cancel' } }, style).taro,
          wechatParams,
        ),
      ).resolves.toBe('cancelled');
    }
  });

  it('a requestPayment that throws (old base library) is PAYMENT_FAILED', async () => {
    const { taro } = fakeTaro({ throws: new Error('requestPayment is not supported') });
    await expect(requestWechatPayment(taro, wechatParams)).rejects.toMatchObject({ code: 'PAYMENT_FAILED' });
  });
});
