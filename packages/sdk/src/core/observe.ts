// Observability without leaks: the logger and the hooks receive only redacted copies. When neither is
// configured, nothing here runs at all (the sender holds `null` instead of an Observer).
import { redactHeaders, redactText, redactValue } from './redact';

export type LogFields = Record<string, unknown>;

/** Any subset of console's methods; `console` itself fits. Silent by default. */
export interface Logger {
  debug?(message: string, fields?: LogFields): void;
  info?(message: string, fields?: LogFields): void;
  warn?(message: string, fields?: LogFields): void;
  error?(message: string, fields?: LogFields): void;
}

export interface RequestInfo {
  method: string;
  /** Full URL with query, redacted. */
  url: string;
  /** 0 for the first attempt, 1 for the first retry... */
  attempt: number;
  idempotencyKey?: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface ResponseInfo {
  method: string;
  url: string;
  attempt: number;
  /** HTTP status; null when no answer came (network failure, timeout, abort). */
  status: number | null;
  durationMs: number;
  requestId?: string;
  /** The SDK error code when the attempt failed. */
  errorCode?: string;
  body?: unknown;
}

export interface Hooks {
  onRequest?(info: RequestInfo): void;
  onResponse?(info: ResponseInfo): void;
}

export interface RawRequest {
  method: string;
  url: string;
  attempt: number;
  headers: Record<string, unknown>;
  body: unknown;
}

export interface RawResponse {
  status: number | null;
  durationMs: number;
  requestId?: string;
  errorCode?: string;
  body?: unknown;
}

/** Calls a hook or logger method, never letting it break a request. */
function safely(call: () => void): void {
  try {
    call();
  } catch {
    // An observer's failure must not change the request's outcome.
  }
}

export class Observer {
  constructor(
    private readonly logger: Logger | undefined,
    private readonly hooks: Hooks | undefined,
  ) {}

  /** Null when there is nobody to tell, so the request path can skip all of this with one check. */
  static create(logger: Logger | undefined, hooks: Hooks | undefined): Observer | null {
    const logs = logger !== undefined && (logger.debug || logger.info || logger.warn || logger.error);
    const hooked = hooks !== undefined && (hooks.onRequest || hooks.onResponse);
    return logs || hooked ? new Observer(logger, hooks) : null;
  }

  request(raw: RawRequest): RequestInfo {
    const headers = redactHeaders(raw.headers);
    const info: RequestInfo = { method: raw.method, url: redactText(raw.url), attempt: raw.attempt, headers };
    const idempotencyKey = headers['Idempotency-Key'];
    if (idempotencyKey !== undefined) info.idempotencyKey = idempotencyKey;
    if (raw.body !== undefined) info.body = redactValue(raw.body);
    const { logger, hooks } = this;
    if (hooks?.onRequest) safely(() => hooks.onRequest!(info));
    if (logger?.debug) safely(() => logger.debug!('yika request', { ...info }));
    return info;
  }

  response(request: RequestInfo, raw: RawResponse): void {
    const info: ResponseInfo = {
      method: request.method,
      url: request.url,
      attempt: request.attempt,
      status: raw.status,
      durationMs: raw.durationMs,
    };
    if (raw.requestId !== undefined) info.requestId = redactText(raw.requestId);
    if (raw.errorCode !== undefined) info.errorCode = raw.errorCode;
    if (raw.body !== undefined) info.body = redactValue(raw.body);
    const { logger, hooks } = this;
    if (hooks?.onResponse) safely(() => hooks.onResponse!(info));
    if (logger?.debug) safely(() => logger.debug!('yika response', { ...info }));
  }

  warn(message: string, fields: LogFields): void {
    const logger = this.logger;
    if (logger?.warn) safely(() => logger.warn!(message, redactValue(fields) as LogFields));
  }
}
