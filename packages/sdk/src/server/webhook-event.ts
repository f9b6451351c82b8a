// Verifying a platform webhook delivery (any event type: see webhook-event-types.ts) on a hospital's or third party's server. The
// body is a compact JWS (`Content-Type: application/jwt`): ES256 only, `typ: yika-event+jwt` (so an access
// token or card code, signed by the same keys, is never taken for an event), signed by a key of the
// platform's JWKS, issued by the platform, addressed (`aud`) to this subscription, unexpired, and with the
// claims of its event type. RFC 8725 practice: explicit algorithm allowlist, explicit typ, small leeway.
import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { toShanghaiIso } from '../domain/time';
import { NetworkError, YikaError } from '../errors';
import {
  classifyJoseFailure,
  clockToleranceSeconds,
  KEYS_UNAVAILABLE_MESSAGE,
  PLATFORM_ISSUER,
  platformKeySource,
  type PlatformKeyOptions,
  type PlatformKeySource,
} from '../verify/platform-keys';
import { eventDataOf, isKnownEventType } from './webhook-event-data';
import type { WebhookEvent } from './webhook-event-types';

/** The JOSE `typ` of a platform event. */
export const WEBHOOK_EVENT_JWT_TYPE = 'yika-event+jwt';
/** The platform signs events valid for 5 minutes (`exp = iat + 300`). */
export const WEBHOOK_EVENT_TTL_SECONDS = 300;
/** Leeway for the clocks of platform and receiver; at most `MAX_WEBHOOK_CLOCK_TOLERANCE_SECONDS`. */
export const DEFAULT_WEBHOOK_CLOCK_TOLERANCE_SECONDS = 30;
export const MAX_WEBHOOK_CLOCK_TOLERANCE_SECONDS = 60;

export interface VerifyWebhookEventOptions extends PlatformKeyOptions {
  /** Instead of `jwks` / `jwksUrl`: your own key lookup, e.g. over a key cache you already keep. */
  getKey?: JWTVerifyGetKey;
  /** The webhook's id (`Webhook.id` from `client.webhooks.create`): events for another subscription fail. */
  audience: string;
  /** Default the platform's issuer; set it for a platform at another address. */
  issuer?: string;
  /** Epoch-ms clock. Default Date.now. */
  now?: () => number;
  /** Seconds of clock difference forgiven on `exp` and `iat`, 0 to 60. Default 30. */
  clockToleranceSeconds?: number;
}

type WebhookErrorCode =
  'WEBHOOK_SIGNATURE_INVALID' | 'WEBHOOK_EXPIRED' | 'WEBHOOK_CLAIMS_INVALID' | 'WEBHOOK_EVENT_UNKNOWN';

function refuse(code: WebhookErrorCode, cause: unknown): YikaError {
  return new YikaError(code, { cause });
}

// One remote key set per JWKS URL and channel for the process: jose caches the keys in it and refetches
// on an unknown kid, which a key set created per call would defeat (a fetch per delivery).
const remoteKeySets = new Map<string, PlatformKeySource>();

function keySourceOf(options: VerifyWebhookEventOptions): PlatformKeySource {
  const { jwks, jwksUrl, channel, getKey } = options;
  if (jwksUrl === undefined || jwks !== undefined || getKey !== undefined) {
    return platformKeySource({ jwks, jwksUrl, channel, getKey }, 'verifyWebhookEvent');
  }
  const cacheKey = `${channel ?? ''} ${jwksUrl}`;
  let source = remoteKeySets.get(cacheKey);
  if (source === undefined) {
    source = platformKeySource({ jwksUrl, channel }, 'verifyWebhookEvent');
    remoteKeySets.set(cacheKey, source);
  }
  return source;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function eventOf(payload: JWTPayload): WebhookEvent {
  // Only a verified payload gets here: an unknown type is a real platform event this SDK predates, so it
  // is refused with its own code (upgrade the SDK) rather than passed on untyped or mistaken for forgery.
  if (!isKnownEventType(payload.type)) {
    throw refuse('WEBHOOK_EVENT_UNKNOWN', new Error(`unknown event type ${JSON.stringify(payload.type)}`));
  }
  const data = eventDataOf(payload.type, payload.data);
  if (data === null || !isText(payload.jti)) {
    throw refuse(
      'WEBHOOK_CLAIMS_INVALID',
      new Error(`${payload.type}: data or jti not as the contract says`),
    );
  }
  const envelope = {
    id: payload.jti,
    issuedAt: toShanghaiIso(payload.iat! * 1000),
    expiresAt: toShanghaiIso(payload.exp! * 1000),
  };
  // `type` and `data` come from the same checked key, which TypeScript cannot pair up across the union.
  return { ...envelope, type: payload.type, data } as WebhookEvent;
}

/**
 * Verifies a webhook delivery's body (the JWS text exactly as received) and returns the event. Rejects with
 * a YikaError: `WEBHOOK_SIGNATURE_INVALID` (not a JWS, altered, not ES256, unknown key), `WEBHOOK_EXPIRED`
 * (past `exp`, or issued more than 5 minutes ago: a replay), `WEBHOOK_CLAIMS_INVALID` (wrong `typ`,
 * issuer or audience, issued in the future, `jti` missing, `data` not of its type's shape),
 * `WEBHOOK_EVENT_UNKNOWN` (a genuine event of a type this SDK does not know: upgrade it); with `jwksUrl`, a
 * NetworkError when the keys cannot be fetched. The result narrows on `event.type`. Answer non-2xx on any rejection (the platform retries) and
 * 2xx once handled; de-duplicate on `id`.
 */
export async function verifyWebhookEvent(
  body: string,
  options: VerifyWebhookEventOptions,
): Promise<WebhookEvent> {
  if (!isText(options.audience)) {
    throw new TypeError('verifyWebhookEvent: audience (the webhook id) is required');
  }
  const tolerance = clockToleranceSeconds(
    options.clockToleranceSeconds,
    DEFAULT_WEBHOOK_CLOCK_TOLERANCE_SECONDS,
    MAX_WEBHOOK_CLOCK_TOLERANCE_SECONDS,
  );
  const source = keySourceOf(options);
  if (typeof body !== 'string') throw refuse('WEBHOOK_SIGNATURE_INVALID', new TypeError('body is not text'));
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(body.trim(), source.keys, {
      algorithms: ['ES256'],
      typ: WEBHOOK_EVENT_JWT_TYPE,
      issuer: options.issuer ?? PLATFORM_ISSUER,
      audience: options.audience,
      requiredClaims: ['iat', 'exp', 'jti'],
      // Also refuses an `iat` in the future (beyond the leeway) and an event older than its lifetime.
      maxTokenAge: WEBHOOK_EVENT_TTL_SECONDS,
      currentDate: new Date((options.now ?? Date.now)()),
      clockTolerance: tolerance,
    }));
  } catch (error) {
    switch (classifyJoseFailure(error, source.remote)) {
      case 'expired':
        throw refuse('WEBHOOK_EXPIRED', error);
      case 'claims':
        throw refuse('WEBHOOK_CLAIMS_INVALID', error);
      case 'keys-unavailable':
        throw new NetworkError({ message: KEYS_UNAVAILABLE_MESSAGE, cause: error });
      default:
        throw refuse('WEBHOOK_SIGNATURE_INVALID', error);
    }
  }
  return eventOf(payload);
}
