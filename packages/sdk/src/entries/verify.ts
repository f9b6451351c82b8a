// `@yika/sdk/verify`: offline verification of dynamic card codes for hospitals (Node 20 and browsers
// with WebCrypto). Built on jose, so it is a separate entry: the main and mini-program entries never
// load it. Usage:
//   const verifier = createCardCodeVerifier({ jwksUrl: 'https://platform.example/v1/.well-known/jwks.json' });
//   const { cardId } = await verifier.verify(scannedText);
export {
  createCardCodeVerifier,
  CARD_CODE_ISSUER,
  CARD_CODE_TYPE,
  MAX_CLOCK_TOLERANCE_SECONDS,
  type CardCodeVerifier,
  type CardCodeVerifierOptions,
  type VerifiedCardCode,
} from '../verify/card-code-verifier';
export { parseCardQrText, type ParsedCardQrText } from '../domain/card-qr';
export { maskCardId } from '../domain/mask';
export { isYikaError, YikaError, NetworkError } from '../errors';
export type { Jwks, Jwk, Channel } from '../types';
