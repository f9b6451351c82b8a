// The simulator's cryptography against fixed vectors and node:crypto used directly (not through the
// simulator's own helpers): paySign, the notification signature and the AEAD_AES_256_GCM resource.
import { createDecipheriv, createPrivateKey, createPublicKey, createVerify } from 'node:crypto';
import { decryptResource, encryptResource } from '../src/wxpay/aead';
import { createTestMerchant } from '../src/wxpay/merchant';
import { signedNotification, type TransactionResource } from '../src/wxpay/notifications';
import { paySignMessage, signSha256WithRsa } from '../src/wxpay/signing';
import {
  PAY_SIGN_VECTOR,
  TEST_ONLY_APIV3_KEY,
  TEST_ONLY_MERCHANT_KEY_PEM,
  TEST_ONLY_PLATFORM_KEY_PEM,
} from './fixtures/wxpay-test-merchant';

const merchant = createTestMerchant({
  merchantPrivateKeyPem: TEST_ONLY_MERCHANT_KEY_PEM,
  platformPrivateKeyPem: TEST_ONLY_PLATFORM_KEY_PEM,
  apiV3Key: TEST_ONLY_APIV3_KEY,
});

describe('paySign', () => {
  const { appId, timeStamp, nonceStr, package: pkg, expected } = PAY_SIGN_VECTOR;

  it('signs exactly appId\\ntimeStamp\\nnonceStr\\npackage\\n and matches the openssl vector', () => {
    expect(paySignMessage(appId, timeStamp, nonceStr, pkg)).toBe(
      `${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`,
    );
    const signature = signSha256WithRsa(
      createPrivateKey(TEST_ONLY_MERCHANT_KEY_PEM),
      paySignMessage(appId, timeStamp, nonceStr, pkg),
    );
    expect(signature).toBe(expected);
  });

  it('verifies with the merchant public key and not with another message', () => {
    const publicKey = createPublicKey(TEST_ONLY_MERCHANT_KEY_PEM);
    const verify = (message: string) =>
      createVerify('RSA-SHA256').update(message).verify(publicKey, expected, 'base64');
    expect(verify(`${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`)).toBe(true);
    expect(verify(`${appId}\n${timeStamp}\n${nonceStr}\n${pkg}`)).toBe(false);
  });
});

describe('AEAD_AES_256_GCM resources', () => {
  it('is base64 of ciphertext||tag that node:crypto decrypts with the APIv3 key, nonce and AAD', () => {
    const ciphertext = encryptResource(TEST_ONLY_APIV3_KEY, '{"a":1}', '0123456789ab', 'transaction');
    const data = Buffer.from(ciphertext, 'base64');
    expect(data.length).toBe(7 + 16);
    const decipher = createDecipheriv(
      'aes-256-gcm',
      Buffer.from(TEST_ONLY_APIV3_KEY),
      Buffer.from('0123456789ab'),
    );
    decipher.setAAD(Buffer.from('transaction'));
    decipher.setAuthTag(data.subarray(data.length - 16));
    expect(
      Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString(),
    ).toBe('{"a":1}');
  });

  it('refuses a tampered ciphertext, another AAD and another key', () => {
    const ciphertext = encryptResource(TEST_ONLY_APIV3_KEY, '{"a":1}', '0123456789ab', 'transaction');
    const bytes = Buffer.from(ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    expect(
      decryptResource(TEST_ONLY_APIV3_KEY, bytes.toString('base64'), '0123456789ab', 'transaction'),
    ).toBeUndefined();
    expect(decryptResource(TEST_ONLY_APIV3_KEY, ciphertext, '0123456789ab', 'refund')).toBeUndefined();
    expect(decryptResource('X'.repeat(32), ciphertext, '0123456789ab', 'transaction')).toBeUndefined();
    expect(decryptResource(TEST_ONLY_APIV3_KEY, ciphertext, '0123456789ab', 'transaction')).toBe('{"a":1}');
  });
});

describe('a TRANSACTION.SUCCESS notification', () => {
  const resource: TransactionResource = {
    appid: merchant.appId,
    mchid: merchant.mchid,
    out_trade_no: 'YK20261123abcdefgh',
    transaction_id: '4200000000000000000000000001',
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    bank_type: 'OTHERS',
    success_time: '2026-11-23T10:00:00+08:00',
    payer: { openid: 'o_demo' },
    amount: { total: 1250, payer_total: 1250, currency: 'CNY', payer_currency: 'CNY' },
  };
  const sent = signedNotification(
    merchant,
    { eventType: 'TRANSACTION.SUCCESS', resource },
    Date.parse('2026-11-23T10:00:00+08:00'),
  );

  it('is signed over timestamp\\nnonce\\nbody\\n with the platform key, named by its serial', () => {
    const headers = sent.headers;
    expect(headers['Wechatpay-Timestamp']).toBe(String(Date.parse('2026-11-23T10:00:00+08:00') / 1000));
    expect(headers['Wechatpay-Serial']).toBe(merchant.platform.serial);
    const verify = (key: string, body: string) =>
      createVerify('RSA-SHA256')
        .update(`${headers['Wechatpay-Timestamp']}\n${headers['Wechatpay-Nonce']}\n${body}\n`)
        .verify(createPublicKey(key), headers['Wechatpay-Signature']!, 'base64');
    expect(verify(TEST_ONLY_PLATFORM_KEY_PEM, sent.body)).toBe(true);
    expect(verify(TEST_ONLY_MERCHANT_KEY_PEM, sent.body)).toBe(false);
    expect(verify(TEST_ONLY_PLATFORM_KEY_PEM, sent.body.replace('支付成功', '支付失败'))).toBe(false);
  });

  it('carries the WeChat v3 envelope and the transaction in its encrypted resource', () => {
    const body = JSON.parse(sent.body) as {
      event_type: string;
      resource_type: string;
      resource: {
        algorithm: string;
        ciphertext: string;
        nonce: string;
        associated_data: string;
        original_type: string;
      };
    };
    expect(body).toMatchObject({
      event_type: 'TRANSACTION.SUCCESS',
      resource_type: 'encrypt-resource',
      resource: {
        algorithm: 'AEAD_AES_256_GCM',
        associated_data: 'transaction',
        original_type: 'transaction',
      },
    });
    expect(body.resource.nonce).toMatch(/^[A-Za-z0-9]{12}$/);
    const plaintext = decryptResource(
      TEST_ONLY_APIV3_KEY,
      body.resource.ciphertext,
      body.resource.nonce,
      'transaction',
    );
    expect(JSON.parse(plaintext!)).toEqual(resource);
  });
});
