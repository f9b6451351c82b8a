// Turns what axios hands back into the SDK's errors. Raw axios errors are never exposed (not even as
// `cause`): they carry the request config, including the Authorization header.
import { AxiosError } from 'axios';
import { type ErrorCode, isErrorCode } from '../domain/error-messages';
import { AbortError, ApiError, type ErrorDetail, NetworkError, TimeoutError, YikaError } from '../errors';
import { parseRetryAfter } from './retry';

/** axios codes that mean the client is misconfigured; retrying cannot help. */
const CONFIGURATION_CODES = new Set<string>([
  AxiosError.ERR_NOT_SUPPORT,
  AxiosError.ERR_BAD_OPTION,
  AxiosError.ERR_BAD_OPTION_VALUE,
  AxiosError.ERR_INVALID_URL,
  AxiosError.ERR_DEPRECATED,
]);

function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'UNAUTHENTICATED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL_ERROR';
  return 'VALIDATION_FAILED';
}

type Headers = Record<string, unknown> & { get?: unknown };

/** A response header by lower-case name, from plain objects and AxiosHeaders alike. */
export function headerValue(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const direct = (headers as Headers)[name];
  if (typeof direct === 'string') return direct;
  if (typeof direct === 'number') return String(direct);
  const get = (headers as Headers).get;
  if (typeof get === 'function') {
    const value: unknown = get.call(headers, name);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

interface WireError {
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  details?: unknown;
}

function wireError(data: unknown): WireError | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const error = (data as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as WireError) : undefined;
}

/**
 * An ApiError from an error answer. The platform's body is preferred; an answer without one (a proxy's
 * HTML 502, an empty 503) still gets a contract code from its status and the shared Chinese message.
 */
export function apiErrorFromResponse(status: number, data: unknown, headers: unknown, now: number): ApiError {
  const body = wireError(data);
  const code = isErrorCode(body?.code) ? body.code : codeForStatus(status);
  const message = typeof body?.message === 'string' && body.message !== '' ? body.message : undefined;
  const requestId =
    typeof body?.requestId === 'string' ? body.requestId : (headerValue(headers, 'x-request-id') ?? '');
  const details = Array.isArray(body?.details) ? (body.details as ErrorDetail[]) : undefined;
  const retryAfterSeconds =
    status === 429 || status === 503 ? parseRetryAfter(headerValue(headers, 'retry-after'), now) : undefined;
  return new ApiError({ status, code, message, requestId, details, retryAfterSeconds });
}

/** A cause safe to keep on an SDK error: name, code and message only. */
function safeCause(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const cause = new Error(message);
  cause.name = error instanceof Error ? error.name : 'Error';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') (cause as Error & { code?: string }).code = code;
  return cause;
}

export interface FailureContext {
  timedOut: boolean;
  callerAborted: boolean;
  timeoutMs: number;
}

/** An SDK error for an attempt that got no HTTP answer. */
export function errorFromFailure(error: unknown, context: FailureContext): YikaError {
  const cause = safeCause(error);
  if (context.callerAborted) return new AbortError({ cause });
  if (context.timedOut) return new TimeoutError(context.timeoutMs, { cause });
  const code = (error as { code?: unknown } | null)?.code;
  if (code === AxiosError.ECONNABORTED || code === AxiosError.ETIMEDOUT) {
    return new TimeoutError(context.timeoutMs, { cause });
  }
  if (code === AxiosError.ERR_CANCELED) return new AbortError({ cause });
  if (typeof code === 'string' && CONFIGURATION_CODES.has(code))
    return new YikaError('UNKNOWN_ERROR', { cause });
  return new NetworkError({ cause });
}
