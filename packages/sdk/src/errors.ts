// One error hierarchy for everything the SDK throws. Callers branch on `code` (a string, always present)
// and test with `isYikaError`, which checks a brand instead of `instanceof`: a mini-program can end up with
// two bundled copies of the SDK, and then `instanceof` quietly answers false.
import { type ClientErrorCode, type ErrorCode, messageForCode } from './domain/error-messages';
import type { components } from './generated/openapi';

export type ErrorDetail = components['schemas']['ErrorDetail'];

export interface YikaErrorOptions {
  message?: string;
  cause?: unknown;
}

export class YikaError extends Error {
  /** The brand `isYikaError` checks; survives duplicated bundles and structured logging. */
  readonly isYikaError = true as const;
  /** A contract `ErrorCode` or a `ClientErrorCode`; branch on this, not on the message. */
  readonly code: string;

  constructor(code: ErrorCode | ClientErrorCode, options: YikaErrorOptions = {}) {
    super(options.message ?? messageForCode(code));
    this.name = 'YikaError';
    this.code = code;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** The platform answered with an error status. `message` is the platform's plain-Chinese text. */
export class ApiError extends YikaError {
  declare readonly code: ErrorCode;
  readonly status: number;
  /** The platform's `X-Request-Id`; quote it when reporting a problem ('' if the answer had none). */
  readonly requestId: string;
  readonly details?: ErrorDetail[];
  /** From `Retry-After` on 429/503 answers, in seconds, when the platform said when to come back. */
  readonly retryAfterSeconds?: number;

  constructor(init: {
    status: number;
    code: ErrorCode;
    message?: string;
    requestId: string;
    details?: ErrorDetail[];
    retryAfterSeconds?: number;
  }) {
    super(init.code, { message: init.message });
    this.name = 'ApiError';
    this.status = init.status;
    this.requestId = init.requestId;
    if (init.details !== undefined) this.details = init.details;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The request never got an answer: no connection, connection reset, DNS, offline. */
export class NetworkError extends YikaError {
  declare readonly code: 'NETWORK_ERROR';
  constructor(options: YikaErrorOptions = {}) {
    super('NETWORK_ERROR', options);
    this.name = 'NetworkError';
  }
}

/** An attempt took longer than its timeout (`timeoutMs`). */
export class TimeoutError extends YikaError {
  declare readonly code: 'TIMEOUT';
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options: YikaErrorOptions = {}) {
    super('TIMEOUT', options);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class AbortError extends YikaError {
  declare readonly code: 'ABORTED';
  constructor(options: YikaErrorOptions = {}) {
    super('ABORTED', options);
    this.name = 'AbortError';
  }
}

export type AuthErrorCode = 'UNAUTHENTICATED' | 'SIGNED_OUT';

/**
 * The resident has to sign in: `SIGNED_OUT` when there is no session on this device,
 * `UNAUTHENTICATED` when the session ended (the refresh token was refused, or the platform kept
 * refusing a fresh access token). `cause` holds the platform's answer when there was one.
 */
export class AuthError extends YikaError {
  declare readonly code: AuthErrorCode;
  constructor(code: AuthErrorCode, options: YikaErrorOptions = {}) {
    super(code, options);
    this.name = 'AuthError';
  }
}

/** Whether `value` is an error thrown by (any copy of) the SDK. */
export function isYikaError(value: unknown): value is YikaError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { isYikaError?: unknown }).isYikaError === true &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** Whether `value` is an SDK error carrying the platform's answer (status, requestId). */
export function isApiError(value: unknown): value is ApiError {
  return isYikaError(value) && typeof (value as { status?: unknown }).status === 'number';
}
