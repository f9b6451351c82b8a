// Rules of the SMS sign-in form (H5), kept apart from the screen so they are tested on their own.
import { isMobilePhone } from '@yika/sdk/domain';

export const PHONE_LENGTH = 11;
export const SMS_CODE_LENGTH = 6;

/** Keeps digits only, at most `maxLength` of them (pasted "138 1234 5678" becomes 13812345678). */
export function digitsOnly(raw: string, maxLength: number): string {
  return raw.replace(/\D+/g, '').slice(0, maxLength);
}

/**
 * The inline message under the phone field, or null. While typing, an incomplete number is not an error
 * yet; once the field was left (`touched`) it is.
 */
export function phoneFieldError(phone: string, touched: boolean): string | null {
  if (phone.length === 0) return touched ? '请输入手机号' : null;
  if (phone.length < PHONE_LENGTH) return touched ? '手机号应为 11 位数字' : null;
  return isMobilePhone(phone) ? null : '请输入正确的手机号';
}

export function isSmsCode(code: string): boolean {
  return new RegExp(`^\\d{${SMS_CODE_LENGTH}}$`).test(code);
}

export function canRequestSmsCode(form: {
  phone: string;
  resendSecondsLeft: number;
  sending: boolean;
}): boolean {
  return isMobilePhone(form.phone) && form.resendSecondsLeft === 0 && !form.sending;
}

export function canSubmitSmsSignIn(form: { phone: string; code: string; submitting: boolean }): boolean {
  return isMobilePhone(form.phone) && isSmsCode(form.code) && !form.submitting;
}
