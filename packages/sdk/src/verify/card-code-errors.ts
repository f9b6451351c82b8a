// Turns what jose throws into the three card-code codes a hospital branches on. Everything that says
// "this code is not the platform's, or was changed" is CARD_CODE_INVALID; only a well-signed code past
// its expiry is CARD_CODE_EXPIRED, so the resident is told to show a fresh code rather than sent away.
// Failures to get the keys at all (JWKS URL unreachable) are not the code's fault: NetworkError.
import { NetworkError, YikaError } from '../errors';

/** jose error codes that mean the validity part is forged, altered, or not the platform's format. */
const INVALID_CODE_ERRORS = new Set([
  'ERR_JWS_INVALID', // not a compact JWS (bad base64url, header not JSON...)
  'ERR_JWT_INVALID', // payload not a JSON object, bad claim types
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JWT_CLAIM_VALIDATION_FAILED', // wrong iss or typ, missing exp/iat/sub/jti, nbf in the future
  'ERR_JOSE_ALG_NOT_ALLOWED', // anything but ES256
  'ERR_JOSE_NOT_SUPPORTED', // alg `none`, unknown `crit`
  'ERR_JWKS_NO_MATCHING_KEY', // unknown kid
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
]);

/** Errors of a remote key set when the JWKS could not be fetched or read. */
const KEY_SOURCE_ERRORS = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

function joseCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_J') ? code : undefined;
}

export function cardCodeError(error: unknown, remoteKeys: boolean): YikaError {
  const code = joseCode(error);
  if (code === 'ERR_JWT_EXPIRED') return new YikaError('CARD_CODE_EXPIRED', { cause: error });
  if (code !== undefined && INVALID_CODE_ERRORS.has(code)) {
    return new YikaError('CARD_CODE_INVALID', { cause: error });
  }
  if (remoteKeys && (code === undefined || KEY_SOURCE_ERRORS.has(code))) {
    return new NetworkError({ message: '无法获取平台公钥，请检查网络后重试', cause: error });
  }
  // Fail closed: whatever else went wrong, the code was not proven valid.
  return new YikaError('CARD_CODE_INVALID', { cause: error });
}
