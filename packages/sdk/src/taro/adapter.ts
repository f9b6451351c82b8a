// An axios adapter over Taro.request (wx.request underneath), for the mini-program, which has neither
// XMLHttpRequest nor fetch. The app passes `Taro.request` in; the SDK never imports @tarojs/taro.
// axios still does everything around the adapter (URL building, JSON in and out, headers), so requests
// look the same as from the default adapters; failures come back as the AxiosErrors the default
// adapters raise, so the pipeline treats them alike (network error, timeout, cancel).
import axios, {
  type AxiosAdapter,
  AxiosError,
  AxiosHeaders,
  type AxiosResponse,
  CanceledError,
  type InternalAxiosRequestConfig,
} from 'axios';

export type TaroRequestMethod =
  'OPTIONS' | 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'TRACE' | 'CONNECT';

/** What Taro.request / wx.request call `success` with. */
export interface TaroRequestSuccess {
  data: unknown;
  statusCode: number;
  header: Record<string, unknown>;
  errMsg?: string;
}

/** What Taro.request / wx.request call `fail` with, e.g. `{ errMsg: 'request:fail timeout' }`. */
export interface TaroRequestFailure {
  errMsg: string;
}

export interface TaroRequestOptions {
  url: string;
  method: TaroRequestMethod;
  header: Record<string, string>;
  data?: unknown;
  timeout?: number;
  /** 'json': the runtime parses a JSON answer (and hands back text it cannot parse). */
  dataType: 'json';
  responseType: 'text';
  success: (result: TaroRequestSuccess) => void;
  fail: (failure: TaroRequestFailure) => void;
}

/** `Taro.request` or `wx.request`: returns a task (with `abort`) that may also be a promise. */
export type TaroRequestLike = (options: TaroRequestOptions) => unknown;

const TIMEOUT = /time(d)? ?out/i;
const ABORT = /abort/i;
const DOMAIN_NOT_ALLOWED = /domain list|not in domain|url not in/i;

function plainHeaders(headers: InternalAxiosRequestConfig['headers']): Record<string, string> {
  const json = AxiosHeaders.from(headers).toJSON(true);
  const result: Record<string, string> = {};
  for (const name of Object.keys(json)) {
    const value: unknown = json[name]; // toJSON already drops the `false` axios uses to unset a header
    if (value != null) result[name] = String(value);
  }
  return result;
}

function lowerCaseHeaders(header: Record<string, unknown> | undefined): AxiosHeaders {
  const result: Record<string, string> = {};
  if (header) {
    for (const name of Object.keys(header)) {
      const value = header[name];
      if (value != null) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
  }
  return AxiosHeaders.from(result);
}

function failureMessage(failure: unknown): string {
  if (typeof failure === 'object' && failure !== null) {
    const errMsg = (failure as { errMsg?: unknown; message?: unknown }).errMsg;
    if (typeof errMsg === 'string') return errMsg;
    const message = (failure as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return String(failure);
}

function isSuccess(value: unknown): value is TaroRequestSuccess {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TaroRequestSuccess).statusCode === 'number'
  );
}

function abortTask(task: unknown): void {
  const abort = (task as { abort?: unknown } | null)?.abort;
  if (typeof abort === 'function') {
    try {
      abort.call(task);
    } catch {
      // Already finished: nothing to abort.
    }
  }
}

export function createTaroAdapter(request: TaroRequestLike): AxiosAdapter {
  return (config: InternalAxiosRequestConfig) =>
    new Promise<AxiosResponse>((resolve, reject) => {
      const signal = config.signal;
      if (signal?.aborted) {
        reject(new CanceledError(undefined, config));
        return;
      }
      let settled = false;
      let task: unknown;
      const onAbort = () => {
        if (settled) return;
        finish();
        abortTask(task);
        reject(new CanceledError(undefined, config, task));
      };
      const finish = () => {
        settled = true;
        signal?.removeEventListener?.('abort', onAbort);
      };

      const onSuccess = (result: TaroRequestSuccess) => {
        if (settled) return;
        finish();
        const response: AxiosResponse = {
          data: result.data,
          status: result.statusCode,
          statusText: '',
          headers: lowerCaseHeaders(result.header),
          config,
          request: task,
        };
        // Like axios's own `settle`: honour validateStatus.
        const validateStatus = config.validateStatus;
        if (!response.status || !validateStatus || validateStatus(response.status)) {
          resolve(response);
        } else {
          const code = response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
          reject(
            new AxiosError(
              `Request failed with status code ${response.status}`,
              code,
              config,
              task,
              response,
            ),
          );
        }
      };

      const onFail = (failure: unknown) => {
        if (settled) return;
        finish();
        const message = failureMessage(failure);
        if (ABORT.test(message) && signal?.aborted) {
          reject(new CanceledError(undefined, config, task));
        } else if (TIMEOUT.test(message)) {
          reject(
            new AxiosError(
              `timeout of ${config.timeout ?? 0}ms exceeded`,
              AxiosError.ECONNABORTED,
              config,
              task,
            ),
          );
        } else if (DOMAIN_NOT_ALLOWED.test(message)) {
          // The mini-program's request domain list refuses this host: configuration, not a network fault.
          reject(new AxiosError(message, AxiosError.ERR_NOT_SUPPORT, config, task));
        } else {
          reject(new AxiosError(message || 'Network Error', AxiosError.ERR_NETWORK, config, task));
        }
      };

      signal?.addEventListener?.('abort', onAbort);
      const options: TaroRequestOptions = {
        url: axios.getUri(config),
        method: (config.method ?? 'get').toUpperCase() as TaroRequestMethod,
        header: plainHeaders(config.headers),
        dataType: 'json',
        responseType: 'text',
        success: onSuccess,
        fail: onFail,
      };
      // axios has already serialised the body (JSON text with its Content-Type).
      if (config.data !== undefined) options.data = config.data;
      if (config.timeout) options.timeout = config.timeout;

      try {
        task = request(options);
      } catch (error) {
        onFail(error);
        return;
      }
      // Taro.request also returns a promise of the same outcome; wx.request only calls back. Settle on
      // whichever comes first, and never leave the promise's rejection unhandled.
      const then = (task as { then?: unknown } | null)?.then;
      if (typeof then === 'function') {
        (task as PromiseLike<unknown>).then(
          (result) => {
            if (isSuccess(result)) onSuccess(result);
          },
          (error: unknown) => onFail(error),
        );
      }
    });
}
