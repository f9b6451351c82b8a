// The simulated WeChat Pay test merchant (测试商户): the mini-program's appId, a merchant number (mchid), the
// merchant's RSA 2048 API key (it signs `paySign`), the WeChat Pay platform's RSA 2048 key (it signs the
// notifications) and the 32-character APIv3 key (it encrypts their resources). Generated with node:crypto
// unless given, so any WeChat Pay v3 library configured with `publicParts()` can verify what it sends.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomInt,
  type KeyObject,
} from 'node:crypto';

export interface WechatPayOptions {
  appId?: string;
  mchid?: string;
  /** PKCS#8 or PKCS#1 PEM of the merchant's API private key (signs paySign). */
  merchantPrivateKeyPem?: string;
  /** Default: derived from the key (40 upper-case hex, like a certificate serial). */
  merchantSerial?: string;
  /** PEM of the WeChat Pay platform private key (signs notifications). */
  platformPrivateKeyPem?: string;
  platformSerial?: string;
  /** The APIv3 key: exactly 32 ASCII characters, used as the AES-256-GCM key. */
  apiV3Key?: string;
  /** Where notifications go; default: the platform's own `POST /v1/payments/wechat/notify`, in process. */
  notifyUrl?: string;
}

export interface RsaIdentity {
  privateKey: KeyObject;
  publicKey: KeyObject;
  serial: string;
}

export interface TestMerchant {
  appId: string;
  mchid: string;
  merchant: RsaIdentity;
  platform: RsaIdentity;
  apiV3Key: string;
  notifyUrl: string | undefined;
}

/** What `GET /__wxpay/merchant` shows: everything a v3 library needs, and never a private key. */
export interface MerchantPublicParts {
  appId: string;
  mchid: string;
  merchantSerial: string;
  merchantPublicKeyPem: string;
  platformSerial: string;
  platformPublicKeyPem: string;
  /** A test merchant's APIv3 key is not a secret: notification receivers need it to decrypt. */
  apiV3Key: string;
  notifyUrl: string | null;
}

export const TEST_APP_ID = 'wx8888888888888888';
export const TEST_MCHID = '1900000109';
const APIV3_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function createTestMerchant(options: WechatPayOptions = {}): TestMerchant {
  const apiV3Key = options.apiV3Key ?? randomApiV3Key();
  if (!/^[\x21-\x7e]{32}$/.test(apiV3Key)) throw new RangeError('The APIv3 key must be 32 ASCII characters');
  return {
    appId: options.appId ?? TEST_APP_ID,
    mchid: options.mchid ?? TEST_MCHID,
    merchant: rsaIdentity(options.merchantPrivateKeyPem, options.merchantSerial),
    platform: rsaIdentity(options.platformPrivateKeyPem, options.platformSerial),
    apiV3Key,
    notifyUrl: options.notifyUrl,
  };
}

export function publicParts(merchant: TestMerchant): MerchantPublicParts {
  return {
    appId: merchant.appId,
    mchid: merchant.mchid,
    merchantSerial: merchant.merchant.serial,
    merchantPublicKeyPem: publicPem(merchant.merchant.publicKey),
    platformSerial: merchant.platform.serial,
    platformPublicKeyPem: publicPem(merchant.platform.publicKey),
    apiV3Key: merchant.apiV3Key,
    notifyUrl: merchant.notifyUrl ?? null,
  };
}

function rsaIdentity(privateKeyPem: string | undefined, serial: string | undefined): RsaIdentity {
  const privateKey =
    privateKeyPem === undefined
      ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
      : createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new RangeError('WeChat Pay keys are RSA keys');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, serial: serial ?? serialOf(publicKey) };
}

/** A stable stand-in for a certificate serial: the first 40 hex digits of the key's SHA-256, upper case. */
function serialOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 40).toUpperCase();
}

function publicPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

function randomApiV3Key(): string {
  let key = '';
  for (let i = 0; i < 32; i++) key += APIV3_KEY_ALPHABET[randomInt(APIV3_KEY_ALPHABET.length)];
  return key;
}
