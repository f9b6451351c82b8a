// Mainland China mobile numbers: 11 digits, starting 13-19 (every carrier's current ranges).
const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/** Whether `value` is a mainland mobile number (no country code, no spaces). */
export function isMobilePhone(value: string): boolean {
  return MOBILE_PHONE.test(value);
}
