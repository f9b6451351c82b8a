// A webhook event as a compact JWS (RFC 7515), signed like everything else the platform signs: ES256 with
// the platform's key (published in /v1/.well-known/jwks.json), header `typ: yika-event+jwt` and the key's
// `kid`, issuer the platform's, audience the webhook's id (so an event cannot be replayed to another
// subscription), a five-minute life and the event id as `jti` for de-duplication across retries.
import type { SigningKeys } from '../../auth/keys';
import { signPlatformJwt } from '../../auth/platform-jwt';
import type { WebhookEvent } from './events';

export const WEBHOOK_EVENT_TYP = 'yika-event+jwt';
export const WEBHOOK_EVENT_TTL_SECONDS = 300;

export async function signWebhookEvent(
  keys: SigningKeys,
  event: WebhookEvent,
  webhookId: string,
  nowMs: number,
): Promise<string> {
  const { jwt } = await signPlatformJwt(keys, {
    typ: WEBHOOK_EVENT_TYP,
    nowMs,
    ttlSeconds: WEBHOOK_EVENT_TTL_SECONDS,
    jti: event.id,
    audience: webhookId,
    claims: { type: event.type, data: { ...event.data } },
  });
  return jwt;
}
