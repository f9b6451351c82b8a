// Turns what jose throws into the three card-code codes a hospital branches on. Everything that says
// "this code is not the platform's, or was changed" is CARD_CODE_INVALID; only a well-signed code past
// its expiry is CARD_CODE_EXPIRED, so the resident is told to show a fresh code rather than sent away.
// Failures to get the keys at all (JWKS URL unreachable) are not the code's fault: NetworkError.
import { NetworkError, YikaError } from '../errors';
import { classifyJoseFailure, KEYS_UNAVAILABLE_MESSAGE } from './platform-keys';

export function cardCodeError(error: unknown, remoteKeys: boolean): YikaError {
  switch (classifyJoseFailure(error, remoteKeys)) {
    case 'expired':
      return new YikaError('CARD_CODE_EXPIRED', { cause: error });
    case 'keys-unavailable':
      return new NetworkError({ message: KEYS_UNAVAILABLE_MESSAGE, cause: error });
    default:
      return new YikaError('CARD_CODE_INVALID', { cause: error });
  }
}
