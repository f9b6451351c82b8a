// Resident access tokens: ES256 JWS with header typ 'at+jwt' (RFC 9068) and kid; claims iss, aud, sub
// (account id), sid (sign-in family), jti, iat and exp from the platform clock. Verification follows
// RFC 8725: one allowed algorithm, explicit typ, iss and aud checked, a small clock leeway. A token whose
// signature and claims were checked once, or that the platform signed itself, is remembered
// (verified-tokens.ts); only exp is checked again.
import type { MockClock } from '../clock';
import { PlatformError } from '../store/errors';
import { randomToken } from '../store/secrets';
import type { SigningKeys } from './keys';
import {
  BEARER_CLOCK_LEEWAY_SECONDS,
  signPlatformJwt,
  TOKEN_AUDIENCE,
  verifyBearerJwt,
} from './platform-jwt';
import { VerifiedTokens } from './verified-tokens';

export { TOKEN_AUDIENCE, TOKEN_ISSUER } from './platform-jwt';
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 900;
const ACCESS_TOKEN_TYP = 'at+jwt';

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
    const { jwt, expiresAt } = await signPlatformJwt(this.keys, {
      typ: ACCESS_TOKEN_TYP,
      nowMs: this.clock.now(),
      ttlSeconds: this.ttlSeconds,
      jti: randomToken('at_', 12),
      subject: claims.accountId,
      audience: TOKEN_AUDIENCE,
      claims: { sid: claims.familyId },
    });
    // The platform has just signed it: its first use need not check the signature either.
    this.verified.remember(jwt, {
      accountId: claims.accountId,
      familyId: claims.familyId,
      expiresAtSeconds: expiresAt,
    });
    return jwt;
  }

  /** The token's claims; TOKEN_EXPIRED when it ran out, UNAUTHENTICATED for anything else wrong. */
  async verify(token: string): Promise<AccessTokenClaims> {
    const known = this.verified.get(token);
    if (known === undefined) return this.verifySignature(token);
    // jose's rule, on the same clock: expired once exp <= now - leeway, in whole seconds.
    if (known.expiresAtSeconds <= Math.floor(this.clock.now() / 1000) - BEARER_CLOCK_LEEWAY_SECONDS) {
      this.verified.forget(token);
      throw new PlatformError('TOKEN_EXPIRED');
    }
    return { accountId: known.accountId, familyId: known.familyId };
  }

  private async verifySignature(token: string): Promise<AccessTokenClaims> {
    const payload = await verifyBearerJwt(token, this.keys, this.clock.now(), ACCESS_TOKEN_TYP);
    if (typeof payload.sid !== 'string' || typeof payload.exp !== 'number') {
      throw new PlatformError('UNAUTHENTICATED');
    }
    this.verified.remember(token, {
      accountId: payload.sub,
      familyId: payload.sid,
      expiresAtSeconds: payload.exp,
    });
    return { accountId: payload.sub, familyId: payload.sid };
  }
}
