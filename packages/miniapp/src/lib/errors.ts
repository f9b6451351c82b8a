import { isYikaError } from '@yika/sdk';

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
