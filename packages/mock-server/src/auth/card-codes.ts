// Dynamic card codes (动态码): the validity part of `<cardId>:0:<validity>` is a compact JWS, ES256 with
// the platform's signing key (the same JWKS as access tokens), header typ 'yika-card-code+jwt', claims iss,
// sub (the card ID), iat/exp from the platform clock and jti. A verifier accepts only that algorithm, typ
// and issuer, a subject equal to the card ID in front of it and an unexpired code (5 s leeway), so a code
// cannot be altered, moved to another card, forged with another key or used after it runs out.
import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import type { MockClock } from '../clock';
import { PlatformError } from '../store/errors';
import { randomToken } from '../store/secrets';
import type { SigningKeys } from './keys';
import { signPlatformJwt, TOKEN_ISSUER } from './platform-jwt';

export const CARD_CODE_TYP = 'yika-card-code+jwt';
export const CARD_CODE_TTL_SECONDS = 60;
/** The app fetches the next code this long after the last one, so the code on screen never lapses. */
export const CARD_CODE_REFRESH_AFTER_SECONDS = 50;
export const CARD_CODE_CLOCK_TOLERANCE_SECONDS = 5;

export interface SignedCardCode {
  validity: string;
  issuedAtMs: number;
  expiresAtMs: number;
}

export class CardCodeSigner {
  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: MockClock,
    readonly ttlSeconds: number = CARD_CODE_TTL_SECONDS,
  ) {}

  async sign(cardId: string): Promise<SignedCardCode> {
    const { jwt, issuedAt, expiresAt } = await signPlatformJwt(this.keys, {
      typ: CARD_CODE_TYP,
      nowMs: this.clock.now(),
      ttlSeconds: this.ttlSeconds,
      jti: randomToken('cc_', 12),
      subject: cardId,
    });
    return { validity: jwt, issuedAtMs: issuedAt * 1000, expiresAtMs: expiresAt * 1000 };
  }

  /** The code's expiry; CARD_CODE_EXPIRED once it ran out, CARD_CODE_INVALID for anything else wrong. */
  async verify(cardId: string, validity: string): Promise<{ expiresAtMs: number }> {
    try {
      // Keys by kid from the published set: a code naming a kid the platform never used is refused.
      const { payload } = await jwtVerify(validity, createLocalJWKSet(this.keys.jwks()), {
        algorithms: ['ES256'],
        typ: CARD_CODE_TYP,
        issuer: TOKEN_ISSUER,
        subject: cardId,
        requiredClaims: ['sub', 'iat', 'exp', 'jti'],
        currentDate: new Date(this.clock.now()),
        clockTolerance: CARD_CODE_CLOCK_TOLERANCE_SECONDS,
      });
      if (typeof payload.exp !== 'number') throw new PlatformError('CARD_CODE_INVALID');
      return { expiresAtMs: payload.exp * 1000 };
    } catch (error) {
      if (error instanceof PlatformError) throw error;
      // jose checks the signature before the claims, so only a genuine code can be "expired".
      if (error instanceof errors.JWTExpired) throw new PlatformError('CARD_CODE_EXPIRED');
      throw new PlatformError('CARD_CODE_INVALID');
    }
  }
}
