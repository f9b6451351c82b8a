import { createCipheriv, generateKeyPairSync, sign } from 'node:crypto';
import { verifyWechatPayNotification } from '../../src/entries/server';
import type { VerifyWechatPayNotificationOptions } from '../../src/entries/server';
import vector from './fixtures/wechat-pay-vector.json';

// The fixed vector's Wechatpay-Timestamp, as epoch ms.
const SIGNED_AT_MS = Number(vector.headers['Wechatpay-Timestamp']) * 1000;

function fixedOptions(
  overrides: Partial<VerifyWechatPayNotificationOptions> = {},
): VerifyWechatPayNotificationOptions {
  return {
    headers: { ...vector.headers },
    body: vector.body,
    platformCertificates: [{ serial: vector.serial, publicKeyPem: vector.publicKeyPem }],
    apiV3Key: vector.apiV3Key,
    now: () => SIGNED_AT_MS + 2_000,
    ...overrides,
  };
}

describe('verifyWechatPayNotification: the fixed vector', () => {
  it('verifies the signature and decrypts the transaction', async () => {
    const verified = await verifyWechatPayNotification(fixedOptions());
    expect(verified).toEqual({
      id: 'EV-2018022511223320873',
      eventType: 'TRANSACTION.SUCCESS',
      createTime: '2026-11-23T08:01:03+08:00',
      summary: '支付成功',
      originalType: 'transaction',
      resource: vector.resource,
    });
    if (verified.originalType === 'transaction') expect(verified.resource.amount.total).toBe(2500);
  });

  it('accepts the platform certificate (X.509 PEM) instead of the public key', async () => {
    const options = fixedOptions({
      platformCertificates: [{ serial: vector.serial, publicKeyPem: vector.certificatePem }],
    });
    await expect(verifyWechatPayNotification(options)).resolves.toMatchObject({ resource: vector.resource });
  });

  it('reads headers case-insensitively, from Node objects and Fetch Headers, and keys through a resolver', async () => {
    const lower = Object.fromEntries(Object.entries(vector.headers).map(([k, v]) => [k.toLowerCase(), [v]]));
    const asked: string[] = [];
    const resolver = (serial: string) => {
      asked.push(serial);
      return Promise.resolve(serial === vector.serial ? vector.publicKeyPem : undefined);
    };
    await expect(
      verifyWechatPayNotification(fixedOptions({ headers: lower, platformCertificates: resolver })),
    ).resolves.toMatchObject({ id: 'EV-2018022511223320873' });
    await expect(
      verifyWechatPayNotification(fixedOptions({ headers: new Headers(vector.headers) })),
    ).resolves.toMatchObject({ id: 'EV-2018022511223320873' });
    expect(asked).toEqual([vector.serial]);
  });

  it('refuses a body changed by one character as WECHATPAY_SIGNATURE_INVALID', async () => {
    const body = vector.body.replace('"summary":"支付成功"', '"summary":"支付成功 "');
    expect(body).not.toBe(vector.body);
    await expect(verifyWechatPayNotification(fixedOptions({ body }))).rejects.toMatchObject({
      isYikaError: true,
      code: 'WECHATPAY_SIGNATURE_INVALID',
      message: '微信支付通知签名校验失败',
    });
  });

  it('refuses a tampered signature, nonce or timestamp', async () => {
    const signature = vector.headers['Wechatpay-Signature'];
    const flipped = (signature[5] === 'A' ? 'B' : 'A') + '';
    const tamperedHeaders = [
      { 'Wechatpay-Signature': signature.slice(0, 5) + flipped + signature.slice(6) },
      { 'Wechatpay-Nonce': 'another-nonce' },
      { 'Wechatpay-Timestamp': String(Number(vector.headers['Wechatpay-Timestamp']) + 1) },
    ];
    for (const change of tamperedHeaders) {
      await expect(
        verifyWechatPayNotification(fixedOptions({ headers: { ...vector.headers, ...change } })),
      ).rejects.toMatchObject({ code: 'WECHATPAY_SIGNATURE_INVALID' });
    }
  });

  it('refuses an unknown serial and another platform key', async () => {
    await expect(
      verifyWechatPayNotification(
        fixedOptions({ headers: { ...vector.headers, 'Wechatpay-Serial': 'PUB_KEY_ID_0' } }),
      ),
    ).rejects.toMatchObject({ code: 'WECHATPAY_SIGNATURE_INVALID' });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    await expect(
      verifyWechatPayNotification(
        fixedOptions({ platformCertificates: [{ serial: vector.serial, publicKeyPem: String(other) }] }),
      ),
    ).rejects.toMatchObject({ code: 'WECHATPAY_SIGNATURE_INVALID' });
  });

  it('refuses missing headers', async () => {
    for (const name of Object.keys(vector.headers).filter((key) => key !== 'Wechatpay-Signature-Type')) {
      const headers: Record<string, string> = { ...vector.headers };
      delete headers[name];
      await expect(verifyWechatPayNotification(fixedOptions({ headers }))).rejects.toMatchObject({
        code: 'WECHATPAY_SIGNATURE_INVALID',
      });
    }
  });

  it('refuses a stale or future timestamp beyond maxSkewSeconds (default 300), accepting the edge', async () => {
    const at = (offsetMs: number, maxSkewSeconds?: number) =>
      verifyWechatPayNotification(fixedOptions({ now: () => SIGNED_AT_MS + offsetMs, maxSkewSeconds }));
    await expect(at(300_000)).resolves.toBeDefined();
    await expect(at(-300_000)).resolves.toBeDefined();
    await expect(at(300_001)).rejects.toMatchObject({ code: 'WECHATPAY_TIMESTAMP_SKEW' });
    await expect(at(-300_001)).rejects.toMatchObject({ code: 'WECHATPAY_TIMESTAMP_SKEW' });
    await expect(at(24 * 3600_000)).rejects.toMatchObject({ code: 'WECHATPAY_TIMESTAMP_SKEW' });
    await expect(at(61_000, 60)).rejects.toMatchObject({ code: 'WECHATPAY_TIMESTAMP_SKEW' });
  });

  it('refuses a wrong APIv3 key as WECHATPAY_DECRYPT_FAILED, and a malformed one at once', async () => {
    await expect(
      verifyWechatPayNotification(fixedOptions({ apiV3Key: 'AnotherApiV3Key0123456789abcdefg' })),
    ).rejects.toMatchObject({ code: 'WECHATPAY_DECRYPT_FAILED', message: '微信支付通知解密失败' });
    await expect(verifyWechatPayNotification(fixedOptions({ apiV3Key: 'short' }))).rejects.toThrow(TypeError);
  });

  it('never puts the APIv3 key or the plaintext into the error', async () => {
    const failure = await verifyWechatPayNotification(
      fixedOptions({ apiV3Key: 'AnotherApiV3Key0123456789abcdefg' }),
    ).then(
      () => {
        throw new Error('expected a rejection');
      },
      (error: unknown) => error as Error & { cause?: Error },
    );
    const text = `${failure.message} ${failure.cause?.message ?? ''} ${JSON.stringify(failure)}`;
    expect(text).not.toContain('AnotherApiV3Key');
    expect(text).not.toContain(vector.resource.out_trade_no);
  });
});

describe('verifyWechatPayNotification: notifications signed in the test with fresh keys', () => {
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicKeyPem = String(platform.publicKey.export({ type: 'spki', format: 'pem' }));
  const apiV3Key = 'Fresh0ApiV3Key0for0this0test0run';
  const serial = 'PUB_KEY_ID_0114232134912410000000000000';
  const nowMs = Date.UTC(2026, 10, 23, 1, 0, 0);

  /** A notification exactly as WeChat builds one; `tamper` edits the envelope after encryption. */
  function notification(
    originalType: string,
    eventType: string,
    resource: object,
    tamper: (envelope: { resource: Record<string, string> }) => void = () => {},
  ): VerifyWechatPayNotificationOptions {
    const resourceNonce = 'a1b2c3d4e5f6';
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(resourceNonce));
    cipher.setAAD(Buffer.from(originalType));
    const ciphertext = Buffer.concat([
      cipher.update(JSON.stringify(resource)),
      cipher.final(),
      cipher.getAuthTag(),
    ]).toString('base64');
    const envelope = {
      id: 'EV-0001',
      create_time: '2026-11-23T09:00:00+08:00',
      resource_type: 'encrypt-resource',
      event_type: eventType,
      resource: {
        original_type: originalType,
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext,
        associated_data: originalType,
        nonce: resourceNonce,
      },
    };
    tamper(envelope);
    const body = JSON.stringify(envelope);
    const timestamp = String(nowMs / 1000);
    const nonce = 'fresh-nonce-0001';
    const signature = sign('sha256', Buffer.from(`${timestamp}\n${nonce}\n${body}\n`), platform.privateKey);
    return {
      headers: {
        'Wechatpay-Timestamp': timestamp,
        'Wechatpay-Nonce': nonce,
        'Wechatpay-Serial': serial,
        'Wechatpay-Signature': signature.toString('base64'),
      },
      body,
      platformCertificates: [{ serial, publicKeyPem }],
      apiV3Key,
      now: () => nowMs,
    };
  }

  const refund = {
    mchid: '1900000109',
    out_trade_no: 'YK1',
    transaction_id: '4200001',
    out_refund_no: 'RF0001',
    refund_id: '50000001',
    refund_status: 'SUCCESS',
    success_time: '2026-11-23T09:00:00+08:00',
    user_received_account: '支付用户零钱',
    amount: { total: 2500, refund: 1000, payer_total: 2500, payer_refund: 1000 },
  };

  it('round-trips a REFUND.SUCCESS notification', async () => {
    const verified = await verifyWechatPayNotification(notification('refund', 'REFUND.SUCCESS', refund));
    expect(verified).toMatchObject({ eventType: 'REFUND.SUCCESS', originalType: 'refund', resource: refund });
    expect(verified).not.toHaveProperty('summary');
  });

  it('refuses a ciphertext tampered before signing (validly signed, not decryptable)', async () => {
    const options = notification('refund', 'REFUND.SUCCESS', refund, (envelope) => {
      const bytes = Buffer.from(envelope.resource.ciphertext!, 'base64');
      bytes[0] = bytes[0]! ^ 1;
      envelope.resource.ciphertext = bytes.toString('base64');
    });
    await expect(verifyWechatPayNotification(options)).rejects.toMatchObject({
      code: 'WECHATPAY_DECRYPT_FAILED',
    });
  });

  it('refuses changed associated_data and an unknown algorithm or original_type', async () => {
    const tampers: Array<(envelope: { resource: Record<string, string> }) => void> = [
      (envelope) => (envelope.resource.associated_data = 'transaction'),
      (envelope) => (envelope.resource.algorithm = 'AEAD_SM4_GCM'),
      (envelope) => (envelope.resource.original_type = 'profitsharing'),
    ];
    for (const tamper of tampers) {
      await expect(
        verifyWechatPayNotification(notification('refund', 'REFUND.SUCCESS', refund, tamper)),
      ).rejects.toMatchObject({ code: 'WECHATPAY_DECRYPT_FAILED' });
    }
  });
});
