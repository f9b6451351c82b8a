// The one table of resident-facing error texts. The SDK falls back to it when a platform error body has
// no message, and the mock platform builds its error bodies from it, so both always say the same thing.
import type { components } from '../generated/openapi';

export type ErrorCode = components['schemas']['ErrorCode'];

/** Codes the SDK raises itself, for failures that never reached (or never came back from) the platform. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'SIGNED_OUT' | 'UNKNOWN_ERROR';

const platformErrorMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '请求参数有误，请检查后重试',
  INVALID_PHONE: '请输入正确的手机号码',
  UNAUTHENTICATED: '登录已失效，请重新登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  INVALID_LOGIN_CODE: '微信登录失败，请重试',
  INVALID_SMS_CODE: '验证码错误或已过期，请重新输入',
  INVALID_REFRESH_TOKEN: '登录已失效，请重新登录',
  NOT_FOUND: '没有找到相关信息',
  IDEMPOTENCY_CONFLICT: '该操作已提交过，请勿重复提交',
  IDEMPOTENCY_IN_PROGRESS: '操作正在处理中，请稍候',
  SMS_RATE_LIMITED: '验证码发送太频繁，请1分钟后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL_ERROR: '系统出了点问题，请稍后再试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
};

const clientErrorMessages: Record<ClientErrorCode, string> = {
  NETWORK_ERROR: '网络连接失败，请检查网络后重试',
  TIMEOUT: '网络请求超时，请稍后重试',
  ABORTED: '请求已取消',
  SIGNED_OUT: '您尚未登录，请先登录',
  UNKNOWN_ERROR: '出了点问题，请稍后再试',
};

export const errorMessages: Readonly<Record<ErrorCode | ClientErrorCode, string>> = {
  ...platformErrorMessages,
  ...clientErrorMessages,
};

/** Whether `code` is one of the contract's error codes (not a client code). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(platformErrorMessages, code);
}

/** The resident-facing text for any code; unknown codes (a newer platform) get the generic text. */
export function messageForCode(code: string): string {
  return Object.prototype.hasOwnProperty.call(errorMessages, code)
    ? errorMessages[code as ErrorCode | ClientErrorCode]
    : clientErrorMessages.UNKNOWN_ERROR;
}
