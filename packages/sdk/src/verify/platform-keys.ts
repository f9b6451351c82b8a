// What every verifier of platform-signed JWS shares (dynamic card codes in `@yika/sdk/verify`, webhook
// events in `@yika/sdk/server`): the issuer, where the platform's public keys come from, the clock leeway
// rule, and how jose's failures sort into "expired", "bad claims", "bad signature" and "keys unreachable".
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { Channel, Jwks } from '../types';

/** The platform's issuer (`iss`) on everything it signs: access tokens, card codes, webhook events. */
export const PLATFORM_ISSUER = 'https://platform.yika.local';

export interface PlatformKeyOptions {
  /** The platform's public keys, e.g. from `client.auth.getJwks()`. */
  jwks?: Jwks;
  /**
   * The platform's JWKS URL, e.g. `http://127.0.0.1:4010/v1/.well-known/jwks.json`. Fetched on first use,
   * cached for 10 minutes, and fetched again when a JWS names an unknown key (key rotation).
   */
  jwksUrl?: string;
  /** Sent as `X-Yika-Channel` when fetching `jwksUrl`. Default `hospital-app`. */
  channel?: Channel;
}

export interface PlatformKeySource {
  keys: JWTVerifyGetKey;
  /** Whether keys are fetched: then a failure to get them is a network problem, not a forgery. */
  remote: boolean;
}

/** The key source of a verifier's options: exactly one of `jwks`, `jwksUrl` and (where offered) `getKey`. */
export function platformKeySource(
  options: PlatformKeyOptions & { getKey?: JWTVerifyGetKey },
  caller: string,
): PlatformKeySource {
  const given = [options.jwks, options.jwksUrl, options.getKey].filter((source) => source !== undefined);
  if (given.length !== 1) {
    const names = options.getKey === undefined ? 'jwks and jwksUrl' : 'jwks, jwksUrl and getKey';
    throw new TypeError(`${caller}: give exactly one of ${names}`);
  }
  if (options.getKey !== undefined) return { keys: options.getKey, remote: false };
  if (options.jwks !== undefined) {
    return { keys: createLocalJWKSet(options.jwks as JSONWebKeySet), remote: false };
  }
  const keys = createRemoteJWKSet(new URL(options.jwksUrl!), {
    headers: { 'X-Yika-Channel': options.channel ?? 'hospital-app' },
  });
  return { keys, remote: true };
}

/** `value` (default `fallback`) if within 0..`max` seconds; a larger leeway is a configuration error. */
export function clockToleranceSeconds(value: number | undefined, fallback: number, max: number): number {
  const tolerance = value ?? fallback;
  if (!(tolerance >= 0 && tolerance <= max)) {
    throw new RangeError(`clockToleranceSeconds must be 0 to ${max}, got ${tolerance}`);
  }
  return tolerance;
}

/** The NetworkError's text when the platform's JWKS cannot be fetched: not the JWS's fault, try again. */
export const KEYS_UNAVAILABLE_MESSAGE = '无法获取平台公钥，请检查网络后重试';

export type JoseFailure = 'expired' | 'claims' | 'signature' | 'keys-unavailable';

/** jose codes for a JWS that is forged, altered, unsigned, signed by an unknown key or not a JWS at all. */
const SIGNATURE_ERRORS = new Set([
  'ERR_JWS_INVALID', // not a compact JWS (bad base64url, header not JSON...)
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED', // anything but ES256, e.g. HS256 keyed with the public key
  'ERR_JOSE_NOT_SUPPORTED', // alg `none`, unknown `crit`
  'ERR_JWKS_NO_MATCHING_KEY', // unknown kid
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
]);
/** jose codes for a genuine signature over claims that are wrong here (iss, aud, typ, nbf, missing ones). */
const CLAIM_ERRORS = new Set(['ERR_JWT_CLAIM_VALIDATION_FAILED', 'ERR_JWT_INVALID']);
/** Errors of a remote key set when the JWKS could not be fetched or read. */
const KEY_SOURCE_ERRORS = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

function joseCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_J') ? code : undefined;
}

/** Sorts what `jwtVerify` threw. Anything unrecognised counts as a bad signature: fail closed. */
export function classifyJoseFailure(error: unknown, remoteKeys: boolean): JoseFailure {
  const code = joseCode(error);
  if (code === 'ERR_JWT_EXPIRED') return 'expired';
  if (code !== undefined && CLAIM_ERRORS.has(code)) return 'claims';
  if (code !== undefined && SIGNATURE_ERRORS.has(code)) return 'signature';
  if (remoteKeys && (code === undefined || KEY_SOURCE_ERRORS.has(code))) return 'keys-unavailable';
  return 'signature';
}
