// Error responses: `{ error: { code, message, requestId, details? } }` with the status the contract gives
// each code. The message comes from the SDK's one table of resident-facing texts (messageForCode), so the
// platform and the SDK always say the same thing.
import { messageForCode } from '@yika/sdk/domain';
import { jsonResponse } from './json-response';
import type { ErrorCode, ErrorDetail, ErrorResponse } from '../contract/wire';

/** The HTTP status of every error code, as listed in the contract's ErrorCode description. */
export const STATUS_FOR_CODE: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  INVALID_PHONE: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  INVALID_LOGIN_CODE: 401,
  INVALID_SMS_CODE: 401,
  INVALID_REFRESH_TOKEN: 401,
  NOT_FOUND: 404,
  IDEMPOTENCY_CONFLICT: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  SMS_RATE_LIMITED: 429,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  INVALID_NAME: 422,
  ID_LENGTH: 422,
  ID_FORMAT: 422,
  ID_CHECKSUM: 422,
  ID_BIRTH_DATE_INVALID: 422,
  ID_BIRTH_DATE_TOO_EARLY: 422,
  ID_BIRTH_DATE_FUTURE: 422,
  ID_BIRTH_DATE_MISMATCH: 422,
  ID_GENDER_MISMATCH: 422,
  GUARDIAN_CONSENT_REQUIRED: 422,
  CARD_CODE_MALFORMED: 422,
  CARD_CODE_EXPIRED: 422,
  CARD_CODE_INVALID: 422,
  CARD_LIMIT_REACHED: 409,
  CARD_ALREADY_BOUND: 409,
  SELF_CARD_EXISTS: 409,
  CARD_PHONE_MISMATCH: 409,
  GUARDIAN_CARD_REQUIRED: 409,
  CARD_SUSPENDED: 409,
  SLOT_UNAVAILABLE: 409,
  SCHEDULE_NOT_OPEN: 409,
  BOOKING_CLOSED: 409,
  BOOKING_LIMIT: 409,
  HOLD_EXPIRED: 409,
  PAYMENT_REQUIRED: 409,
  BANNED_FOR_NO_SHOW: 409,
  CANCEL_CUTOFF_PASSED: 409,
  APPOINTMENT_NOT_CANCELLABLE: 409,
  CHECK_IN_NOT_ALLOWED: 409,
  WAITLIST_NOT_NEEDED: 409,
  WAITLIST_CLOSED: 409,
  ALREADY_WAITLISTED: 409,
  PAYMENT_CLOSED: 409,
  PAYMENT_STATE_INVALID: 409,
  REFUND_EXCEEDS_PAID: 409,
  REFUND_CONFLICT: 409,
  BILL_ALREADY_PAID: 409,
  INSURANCE_NOT_LINKED: 409,
  INVALID_SIGNATURE: 401,
  INVALID_CLIENT: 401,
  INVALID_SCOPE: 400,
  INSUFFICIENT_SCOPE: 403,
};

/** The code an injected error of some status carries (fault rules give a status, not a code). */
export function codeForStatus(status: number): ErrorCode {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 500) return 'INTERNAL_ERROR';
  if (status >= 500) return 'SERVICE_UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'IDEMPOTENCY_IN_PROGRESS';
  return 'VALIDATION_FAILED';
}

export interface ErrorResponseOptions {
  status?: number;
  details?: ErrorDetail[];
  retryAfterSeconds?: number;
  /** Replaces the code's standard message (still plain Chinese for the resident). */
  message?: string;
}

export function errorBody(
  code: ErrorCode,
  requestId: string,
  details?: ErrorDetail[],
  message?: string,
): ErrorResponse {
  return {
    error: {
      code,
      message: message ?? messageForCode(code),
      requestId,
      ...(details && details.length > 0 ? { details } : {}),
    },
  };
}

export function errorResponse(
  code: ErrorCode,
  requestId: string,
  options: ErrorResponseOptions = {},
): Response {
  const headers: Record<string, string> = { 'X-Request-Id': requestId };
  if (options.retryAfterSeconds !== undefined) headers['Retry-After'] = String(options.retryAfterSeconds);
  return jsonResponse(errorBody(code, requestId, options.details, options.message), {
    status: options.status ?? STATUS_FOR_CODE[code],
    headers,
  });
}
