// Resident access tokens: ES256 JWS with header typ 'at+jwt' (RFC 9068) and kid; claims iss, aud, sub
// (account id), sid (sign-in family), jti, iat and exp from the platform clock. Verification follows
// RFC 8725: one allowed algorithm, explicit typ, iss and aud checked, a small clock leeway.
import { errors, jwtVerify, SignJWT } from 'jose';
import type { MockClock } from '../clock';
import { PlatformError } from '../store/errors';
import { randomToken } from '../store/secrets';
import type { SigningKeys } from './keys';

export const TOKEN_ISSUER = 'https://platform.yika.local';
export const TOKEN_AUDIENCE = 'yika-api';
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 900;
const CLOCK_LEEWAY_SECONDS = 5;

export interface AccessTokenClaims {
  accountId: string;
  familyId: string;
}

export class AccessTokens {
  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: MockClock,
    readonly ttlSeconds: number,
  ) {}

  async issue(claims: AccessTokenClaims): Promise<string> {
    const issuedAt = Math.floor(this.clock.now() / 1000);
    return new SignJWT({ sid: claims.familyId })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: this.keys.kid })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(claims.accountId)
      .setJti(randomToken('at_', 12))
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.keys.privateKey);
  }

  /** The token's claims; TOKEN_EXPIRED when it ran out, UNAUTHENTICATED for anything else wrong. */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.keys.publicKey, {
        algorithms: ['ES256'],
        typ: 'at+jwt',
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: new Date(this.clock.now()),
        clockTolerance: CLOCK_LEEWAY_SECONDS,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
        throw new PlatformError('UNAUTHENTICATED');
      }
      return { accountId: payload.sub, familyId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new PlatformError('TOKEN_EXPIRED');
      throw new PlatformError('UNAUTHENTICATED');
    }
  }
}
