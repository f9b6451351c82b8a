// Resident access tokens: ES256 JWS with header typ 'at+jwt' (RFC 9068) and kid; claims iss, aud, sub
// (account id), sid (sign-in family), jti, iat and exp from the platform clock. Verification follows
// RFC 8725: one allowed algorithm, explicit typ, iss and aud checked, a small clock leeway. A token whose
// signature and claims were checked once, or that the platform signed itself, is remembered
// (verified-tokens.ts); only exp is checked again.
import { errors, jwtVerify, SignJWT } from 'jose';
import type { MockClock } from '../clock';
import { PlatformError } from '../store/errors';
import { randomToken } from '../store/secrets';
import type { SigningKeys } from './keys';
import { VerifiedTokens } from './verified-tokens';

export const TOKEN_ISSUER = 'https://platform.yika.local';
export const TOKEN_AUDIENCE = 'yika-api';
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 900;
const CLOCK_LEEWAY_SECONDS = 5;

export interface AccessTokenClaims {
  accountId: string;
  familyId: string;
}

export class AccessTokens {
  // One per signing key: a reset makes new keys, new AccessTokens and so an empty cache.
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: MockClock,
    readonly ttlSeconds: number,
  ) {}

  async issue(claims: AccessTokenClaims): Promise<string> {
    const issuedAt = Math.floor(this.clock.now() / 1000);
    const expiresAtSeconds = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ sid: claims.familyId })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: this.keys.kid })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setSubject(claims.accountId)
      .setJti(randomToken('at_', 12))
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAtSeconds)
      .sign(this.keys.privateKey);
    // The platform has just signed it: its first use need not check the signature either.
    this.verified.remember(token, {
      accountId: claims.accountId,
      familyId: claims.familyId,
      expiresAtSeconds,
    });
    return token;
  }

  /** The token's claims; TOKEN_EXPIRED when it ran out, UNAUTHENTICATED for anything else wrong. */
  async verify(token: string): Promise<AccessTokenClaims> {
    const known = this.verified.get(token);
    if (known === undefined) return this.verifySignature(token);
    // jose's rule, on the same clock: expired once exp <= now - leeway, in whole seconds.
    if (known.expiresAtSeconds <= Math.floor(this.clock.now() / 1000) - CLOCK_LEEWAY_SECONDS) {
      this.verified.forget(token);
      throw new PlatformError('TOKEN_EXPIRED');
    }
    return { accountId: known.accountId, familyId: known.familyId };
  }

  private async verifySignature(token: string): Promise<AccessTokenClaims> {
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
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.exp !== 'number'
      ) {
        throw new PlatformError('UNAUTHENTICATED');
      }
      this.verified.remember(token, {
        accountId: payload.sub,
        familyId: payload.sid,
        expiresAtSeconds: payload.exp,
      });
      return { accountId: payload.sub, familyId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new PlatformError('TOKEN_EXPIRED');
      throw new PlatformError('UNAUTHENTICATED');
    }
  }
}
