// Offline verification of Yika's dynamic card codes (动态码), for hospital kiosks, windows and servers:
// `<cardId>:0:<jws>` where the JWS is signed by the platform's key (ES256) and names the card in `sub`.
// Only the platform's JWKS is needed, fetched once (or given), so scanning works through a short outage
// of the platform. Static codes (`<cardId>:1`) carry no signature: only the platform can tell whether
// such a card exists, so they are refused here and must be checked online (`client.cards.verifyCode`).
import { jwtVerify } from 'jose';
import { parseCardQrText } from '../domain/card-qr';
import { toShanghaiIso } from '../domain/time';
import { YikaError } from '../errors';
import { cardCodeError } from './card-code-errors';
import {
  clockToleranceSeconds,
  PLATFORM_ISSUER,
  platformKeySource,
  type PlatformKeyOptions,
} from './platform-keys';

/** The platform's issuer, the only `iss` a card code may carry. */
export const CARD_CODE_ISSUER = PLATFORM_ISSUER;
/** The JOSE `typ` of a card code; keeps access tokens (`at+jwt`), signed by the same keys, out. */
export const CARD_CODE_TYPE = 'yika-card-code+jwt';
/** The most clock difference between the platform and the scanner that a verifier may forgive. */
export const MAX_CLOCK_TOLERANCE_SECONDS = 5;

export interface CardCodeVerifierOptions extends PlatformKeyOptions {
  /** Epoch-ms clock. Default Date.now. */
  now?: () => number;
  /** Seconds of clock difference forgiven after `exp`, 0 to 5. Default 5. */
  clockToleranceSeconds?: number;
}

export interface VerifiedCardCode {
  /** The 64-hex card ID. Personal data: never log it (mask with `maskCardId`). */
  cardId: string;
  /** When the platform issued the code, `2026-11-23T08:00:00+08:00` like the contract's timestamps. */
  issuedAt: string;
  /** When the code expires (before the clock tolerance), in the same form. */
  expiresAt: string;
  /** The `kid` of the platform key that signed it. */
  keyId: string;
}

export interface CardCodeVerifier {
  /**
   * Resolves when `qrText` is a valid, unexpired dynamic code signed by the platform. Rejects with a
   * YikaError: CARD_CODE_MALFORMED (not the national layout, or a static code), CARD_CODE_EXPIRED,
   * CARD_CODE_INVALID (forged, altered, another card's signature, unknown key); with `jwksUrl`, a
   * NetworkError when the keys cannot be fetched.
   */
  verify(qrText: string): Promise<VerifiedCardCode>;
}

const STATIC_CODE_MESSAGE = '静态健康卡二维码无法离线核验，请通过平台在线核验';

export function createCardCodeVerifier(options: CardCodeVerifierOptions): CardCodeVerifier {
  const tolerance = clockToleranceSeconds(
    options.clockToleranceSeconds,
    MAX_CLOCK_TOLERANCE_SECONDS,
    MAX_CLOCK_TOLERANCE_SECONDS,
  );
  // Only the documented sources: a card verifier takes no custom key resolver.
  const { jwks, jwksUrl, channel } = options;
  const { keys, remote: remoteKeys } = platformKeySource(
    { jwks, jwksUrl, channel },
    'createCardCodeVerifier',
  );
  const now = options.now ?? Date.now;

  return {
    async verify(qrText: string): Promise<VerifiedCardCode> {
      const parsed = typeof qrText === 'string' ? parseCardQrText(qrText) : null;
      if (parsed === null) throw new YikaError('CARD_CODE_MALFORMED');
      if (parsed.kind === 'static')
        throw new YikaError('CARD_CODE_MALFORMED', { message: STATIC_CODE_MESSAGE });

      let verified;
      try {
        verified = await jwtVerify(parsed.validity, keys, {
          algorithms: ['ES256'],
          typ: CARD_CODE_TYPE,
          issuer: CARD_CODE_ISSUER,
          requiredClaims: ['iat', 'exp', 'sub', 'jti'],
          currentDate: new Date(now()),
          clockTolerance: tolerance,
        });
      } catch (error) {
        throw cardCodeError(error, remoteKeys);
      }
      const { payload, protectedHeader } = verified;
      // A genuine signature over another card's ID, pasted behind this card's ID, is still a forgery.
      if (payload.sub !== parsed.cardId) throw new YikaError('CARD_CODE_INVALID');
      if (typeof protectedHeader.kid !== 'string') throw new YikaError('CARD_CODE_INVALID');
      return {
        cardId: parsed.cardId,
        issuedAt: toShanghaiIso(payload.iat! * 1000),
        expiresAt: toShanghaiIso(payload.exp! * 1000),
        keyId: protectedHeader.kid,
      };
    },
  };
}
