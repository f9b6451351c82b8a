// Signed events for a hospital's own tests: `createWebhookTestSigner()` makes a fresh ES256 key pair and
// signs events exactly as the platform does (header `typ: yika-event+jwt` and `kid`, claims iss, aud,
// iat, exp, jti, type, data), so a webhook handler can be unit-tested with `verifyWebhookEvent` and the
// signer's `jwks`, without the platform. The key lives only in this process and is never in the
// platform's JWKS, so nothing it signs verifies against the real platform.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Jwks } from '../types';
import { PLATFORM_ISSUER } from '../verify/platform-keys';
import { WEBHOOK_EVENT_JWT_TYPE, WEBHOOK_EVENT_TTL_SECONDS } from './webhook-event';
import type { WebhookEventDataMap, WebhookEventType } from './webhook-event-types';

/** An event to sign: its type and that type's `data`, optionally its id (`jti`). */
export type WebhookTestEvent = {
  [T in WebhookEventType]: { type: T; data: WebhookEventDataMap[T]; id?: string };
}[WebhookEventType];

export interface WebhookTestSignOptions {
  /** The webhook id the event is addressed to (`aud`); verify with the same `audience`. */
  audience: string;
  /** Default the platform's issuer. */
  issuer?: string;
  /** When the event was signed, epoch ms (default now): move it back to test expiry. */
  issuedAtMs?: number;
  /** Lifetime in seconds, default the platform's 300. */
  ttlSeconds?: number;
}

export interface WebhookTestSigner {
  /** The public key as a JWKS: pass it as `jwks` to `verifyWebhookEvent`. */
  jwks: Jwks;
  /** The key's id, as the signed header names it. */
  kid: string;
  /** A delivery body (compact JWS) for the event. */
  sign(event: WebhookTestEvent, options: WebhookTestSignOptions): Promise<string>;
}

export interface WebhookTestSignerOptions {
  /** Default `yika-test-<random>`. */
  kid?: string;
  /** Epoch-ms clock for `iat` when a sign call gives none. Default Date.now. */
  now?: () => number;
}

let signedCount = 0;

/** A signer with a freshly generated ES256 key (one per call: tests do not share keys by accident). */
export async function createWebhookTestSigner(
  options: WebhookTestSignerOptions = {},
): Promise<WebhookTestSigner> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = options.kid ?? `yika-test-${randomSuffix()}`;
  const { kty, crv, x, y } = await exportJWK(publicKey);
  if (kty !== 'EC' || crv !== 'P-256') throw new Error('createWebhookTestSigner: not a P-256 key');
  const jwks: Jwks = { keys: [{ kty: 'EC', crv: 'P-256', x, y, kid, use: 'sig', alg: 'ES256' }] };
  const now = options.now ?? Date.now;

  return {
    jwks,
    kid,
    async sign(event, signOptions) {
      if (typeof signOptions?.audience !== 'string' || signOptions.audience === '') {
        throw new TypeError('sign: audience (the webhook id) is required');
      }
      const issuedAt = Math.floor((signOptions.issuedAtMs ?? now()) / 1000);
      const ttl = signOptions.ttlSeconds ?? WEBHOOK_EVENT_TTL_SECONDS;
      signedCount += 1;
      return new SignJWT({ type: event.type, data: { ...event.data } })
        .setProtectedHeader({ alg: 'ES256', kid, typ: WEBHOOK_EVENT_JWT_TYPE })
        .setIssuer(signOptions.issuer ?? PLATFORM_ISSUER)
        .setAudience(signOptions.audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttl)
        .setJti(event.id ?? `evt_test_${signedCount}_${randomSuffix()}`)
        .sign(privateKey);
    },
  };
}

function randomSuffix(): string {
  // WebCrypto is there wherever jose signs, so its ids need no other source.
  return globalThis.crypto.randomUUID().slice(0, 8);
}
