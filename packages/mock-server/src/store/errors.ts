// The one error type the model raises. It carries a contract error code; the HTTP pipeline turns it into
// a status and an error body (handlers never build error responses themselves).
import type { ErrorCode, ErrorDetail } from '../contract/wire';

export interface PlatformErrorOptions {
  details?: ErrorDetail[];
  /** For 429s: how long the caller should wait, sent as Retry-After. */
  retryAfterSeconds?: number;
  /** A resident-facing text that says more than the code's standard one (e.g. names the masked phone). */
  message?: string;
}

export class PlatformError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly residentMessage: string | undefined;

  constructor(code: ErrorCode, options: PlatformErrorOptions = {}) {
    super(code);
    this.name = 'PlatformError';
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.residentMessage = options.message;
  }
}

export function validationFailed(field: string, issue: string): PlatformError {
  return new PlatformError('VALIDATION_FAILED', { details: [{ field, issue }] });
}
