// Everything the platform signs (residents' access tokens, apps' access tokens, dynamic card codes,
// webhook events) shares one envelope: ES256 with the platform's key named by its kid, an explicit typ,
// the platform as issuer, iat and exp on the platform clock, and a jti. The envelope is written here once;
// each kind adds its typ, subject, audience and claims. Bearer tokens are also read back here, per RFC
// 8725: one algorithm, the expected typ, iss and aud checked, a small clock leeway.
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { PlatformError } from '../store/errors';
import type { SigningKeys } from './keys';

export const TOKEN_ISSUER = 'https://platform.yika.local';
export const TOKEN_AUDIENCE = 'yika-api';
/** Clock leeway for bearer tokens, in seconds. */
export const BEARER_CLOCK_LEEWAY_SECONDS = 5;

export interface PlatformJwtSpec {
  typ: string;
  /** The platform clock's now, in ms. */
  nowMs: number;
  ttlSeconds: number;
  jti: string;
  subject?: string;
  audience?: string;
  claims?: JWTPayload;
}

export interface SignedPlatformJwt {
  jwt: string;
  /** iat and exp, in seconds. */
  issuedAt: number;
  expiresAt: number;
}

export async function signPlatformJwt(keys: SigningKeys, spec: PlatformJwtSpec): Promise<SignedPlatformJwt> {
  const issuedAt = Math.floor(spec.nowMs / 1000);
  const expiresAt = issuedAt + spec.ttlSeconds;
  const builder = new SignJWT(spec.claims ?? {})
    .setProtectedHeader({ alg: 'ES256', typ: spec.typ, kid: keys.kid })
    .setIssuer(TOKEN_ISSUER)
    .setJti(spec.jti)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt);
  if (spec.subject !== undefined) builder.setSubject(spec.subject);
  if (spec.audience !== undefined) builder.setAudience(spec.audience);
  return { jwt: await builder.sign(keys.privateKey), issuedAt, expiresAt };
}

/**
 * The payload of a bearer token of this typ signed by the platform for its API (sub, iat and exp present);
 * TOKEN_EXPIRED when it ran out, UNAUTHENTICATED for anything else wrong (another typ included).
 */
export async function verifyBearerJwt(
  token: string,
  keys: SigningKeys,
  nowMs: number,
  typ: string,
): Promise<JWTPayload & { sub: string }> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: ['ES256'],
      typ,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: new Date(nowMs),
      clockTolerance: BEARER_CLOCK_LEEWAY_SECONDS,
    });
    if (typeof payload.sub !== 'string') throw new PlatformError('UNAUTHENTICATED');
    return { ...payload, sub: payload.sub };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new PlatformError('TOKEN_EXPIRED');
    throw new PlatformError('UNAUTHENTICATED');
  }
}
