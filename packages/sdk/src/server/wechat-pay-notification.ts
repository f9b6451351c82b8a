// Verifying and decrypting a WeChat Pay v3 notification (支付/退款结果通知) on a hospital's own server, as
// WeChat Pay's "签名验证" and "回调报文解密" pages define it: RSASSA-PKCS1-v1_5 SHA-256 by the platform key
// named in `Wechatpay-Serial` over `timestamp\nnonce\nbody\n`, a timestamp within a few minutes (replays),
// then AEAD_AES_256_GCM with the APIv3 key, the resource's nonce and associated_data. WebCrypto only
// (`globalThis.crypto.subtle`, Node 20 and browsers), so this entry carries no crypto library.
import { YikaError } from '../errors';
import { base64ToBytes, spkiFromPem } from './pem';
import type { VerifiedWechatPayNotification } from './wechat-pay-types';

/** A WeChat Pay platform public key (or certificate) and the serial WeChat names it by. */
export interface WechatPayPlatformKey {
  /** `Wechatpay-Serial`: the certificate serial, or `PUB_KEY_ID_...` for a platform public key. */
  serial: string;
  /** `-----BEGIN PUBLIC KEY-----` (SPKI) or `-----BEGIN CERTIFICATE-----` (X.509) PEM. */
  publicKeyPem: string;
}

/** Looks up the PEM for a serial (e.g. from a certificate cache); undefined or null when unknown. */
export type WechatPayPlatformKeyResolver = (
  serial: string,
) => string | null | undefined | Promise<string | null | undefined>;

/** Header values as Node (`IncomingMessage.headers`), Fetch (`Headers`) or a plain object give them. */
export type NotificationHeaders =
  { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export interface VerifyWechatPayNotificationOptions {
  headers: NotificationHeaders;
  /** The request body exactly as received (the signature covers these bytes, not a re-serialised object). */
  body: string;
  platformCertificates: readonly WechatPayPlatformKey[] | WechatPayPlatformKeyResolver;
  /** The merchant's APIv3 key: 32 ASCII characters. */
  apiV3Key: string;
  /** Epoch-ms clock. Default Date.now. */
  now?: () => number;
  /** Largest accepted difference between `Wechatpay-Timestamp` and now. Default 300 (WeChat's advice). */
  maxSkewSeconds?: number;
}

interface Envelope {
  id?: unknown;
  create_time?: unknown;
  event_type?: unknown;
  summary?: unknown;
  resource?: {
    algorithm?: unknown;
    ciphertext?: unknown;
    nonce?: unknown;
    associated_data?: unknown;
    original_type?: unknown;
  };
}

const DEFAULT_MAX_SKEW_SECONDS = 300;
const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const utf8 = new TextEncoder();

function header(headers: NotificationHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

function refuse(
  code: 'WECHATPAY_SIGNATURE_INVALID' | 'WECHATPAY_TIMESTAMP_SKEW' | 'WECHATPAY_DECRYPT_FAILED',
  why: string,
): YikaError {
  // `why` is for the hospital's logs; it never holds a key or the resource.
  return new YikaError(code, { cause: new Error(why) });
}

async function platformKeyPem(
  serial: string,
  source: VerifyWechatPayNotificationOptions['platformCertificates'],
): Promise<string | undefined> {
  if (typeof source === 'function') return (await source(serial)) ?? undefined;
  return source.find((key) => key.serial === serial)?.publicKeyPem;
}

async function verifySignature(options: VerifyWechatPayNotificationOptions, nowMs: number): Promise<void> {
  const timestamp = header(options.headers, 'Wechatpay-Timestamp');
  const nonce = header(options.headers, 'Wechatpay-Nonce');
  const signature = header(options.headers, 'Wechatpay-Signature');
  const serial = header(options.headers, 'Wechatpay-Serial');
  if (!timestamp || !nonce || !signature || !serial) {
    throw refuse('WECHATPAY_SIGNATURE_INVALID', 'missing Wechatpay-* headers');
  }
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  const maxSkew = options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;
  if (!(Math.abs(nowMs / 1000 - seconds) <= maxSkew)) {
    throw refuse('WECHATPAY_TIMESTAMP_SKEW', `Wechatpay-Timestamp ${timestamp} is more than ${maxSkew}s off`);
  }
  const pem = await platformKeyPem(serial, options.platformCertificates);
  if (pem === undefined) throw refuse('WECHATPAY_SIGNATURE_INVALID', `unknown Wechatpay-Serial ${serial}`);
  let valid = false;
  try {
    const key = await crypto.subtle.importKey('spki', spkiFromPem(pem), RSA_SHA256, false, ['verify']);
    const message = utf8.encode(`${timestamp}\n${nonce}\n${options.body}\n`);
    valid = await crypto.subtle.verify(RSA_SHA256.name, key, base64ToBytes(signature), message);
  } catch (error) {
    throw refuse('WECHATPAY_SIGNATURE_INVALID', `signature not checkable: ${(error as Error).name}`);
  }
  if (!valid) throw refuse('WECHATPAY_SIGNATURE_INVALID', 'signature does not match');
}

async function decryptResource(envelope: Envelope, apiV3Key: string): Promise<unknown> {
  const resource = envelope.resource;
  if (resource?.algorithm !== 'AEAD_AES_256_GCM') {
    throw refuse('WECHATPAY_DECRYPT_FAILED', 'resource.algorithm is not AEAD_AES_256_GCM');
  }
  const { ciphertext, nonce, associated_data: associatedData } = resource;
  if (typeof ciphertext !== 'string' || typeof nonce !== 'string') {
    throw refuse('WECHATPAY_DECRYPT_FAILED', 'resource.ciphertext or nonce missing');
  }
  try {
    const key = await crypto.subtle.importKey('raw', utf8.encode(apiV3Key), 'AES-GCM', false, ['decrypt']);
    // WebCrypto expects the 16-byte tag after the ciphertext, exactly as WeChat sends it.
    const plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: utf8.encode(nonce),
        additionalData: utf8.encode(typeof associatedData === 'string' ? associatedData : ''),
        tagLength: 128,
      },
      key,
      base64ToBytes(ciphertext),
    );
    return JSON.parse(new TextDecoder().decode(plaintext));
  } catch (error) {
    throw refuse('WECHATPAY_DECRYPT_FAILED', `resource not decryptable: ${(error as Error).name}`);
  }
}

/**
 * Verifies a WeChat Pay v3 notification and returns its decrypted resource. Rejects with a YikaError:
 * `WECHATPAY_SIGNATURE_INVALID` (headers missing, unknown serial, signature not matching the body),
 * `WECHATPAY_TIMESTAMP_SKEW` (`Wechatpay-Timestamp` more than `maxSkewSeconds` from now: a replay) or
 * `WECHATPAY_DECRYPT_FAILED` (wrong APIv3 key, tampered resource, or an `original_type` other than
 * `transaction` / `refund`). Answer WeChat with 4xx/5xx on any rejection (it will retry) and 200/204 only
 * after handling; handle each `id` once, as WeChat repeats notifications until acknowledged.
 */
export async function verifyWechatPayNotification(
  options: VerifyWechatPayNotificationOptions,
): Promise<VerifiedWechatPayNotification> {
  if (!/^[\x21-\x7e]{32}$/.test(options.apiV3Key)) {
    throw new TypeError('verifyWechatPayNotification: apiV3Key must be 32 ASCII characters');
  }
  await verifySignature(options, (options.now ?? Date.now)());
  let envelope: Envelope;
  try {
    envelope = JSON.parse(options.body) as Envelope;
  } catch {
    throw refuse('WECHATPAY_DECRYPT_FAILED', 'body is not JSON');
  }
  const originalType = envelope.resource?.original_type;
  if (originalType !== 'transaction' && originalType !== 'refund') {
    throw refuse('WECHATPAY_DECRYPT_FAILED', 'resource.original_type is not transaction or refund');
  }
  const resource = await decryptResource(envelope, options.apiV3Key);
  if (typeof resource !== 'object' || resource === null) {
    throw refuse('WECHATPAY_DECRYPT_FAILED', 'resource is not an object');
  }
  const verified = {
    id: String(envelope.id),
    eventType: String(envelope.event_type),
    createTime: String(envelope.create_time),
    originalType,
    resource,
  } as VerifiedWechatPayNotification;
  if (typeof envelope.summary === 'string') verified.summary = envelope.summary;
  return verified;
}
