import { isApiError, isYikaError } from '@yika/sdk';

export const FALLBACK_ERROR_MESSAGE = '出了点问题，请稍后重试';

/** The plain Chinese a resident is shown for an error: the SDK's message, never a stack or a code. */
export function errorMessageOf(error: unknown): string {
  if (isYikaError(error) && error.message.trim().length > 0) return error.message;
  return FALLBACK_ERROR_MESSAGE;
}

/** True when the error means "you are not signed in (any more)". */
export function isSignedOutError(error: unknown): boolean {
  if (!isYikaError(error)) return false;
  return ['UNAUTHENTICATED', 'SIGNED_OUT', 'TOKEN_EXPIRED', 'INVALID_REFRESH_TOKEN'].includes(error.code);
}

/**
 * True when trying again later may work (no connection, a timeout, the platform busy or failing); false
 * for a refusal that will not change by itself (a suspended card, a card no longer in this account).
 */
export function isTransientError(error: unknown): boolean {
  if (!isYikaError(error)) return true;
  if (error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') return true;
  if (isApiError(error)) return error.status >= 500 || error.status === 429;
  return false;
}
