// Rules of the form that links a social-security card (社保卡) number to a health card, kept apart from
// the screen so they are tested on their own. The contract accepts 9 to 20 upper-case letters and digits
// (`^[0-9A-Z]{9,20}$`); the form accepts what a resident naturally types (lower case, full-width
// characters from a Chinese keyboard, spaces from a paste) and turns it into that.

export const SOCIAL_SECURITY_NUMBER_MIN_LENGTH = 9;
export const SOCIAL_SECURITY_NUMBER_MAX_LENGTH = 20;
/**
 * The input's own limit, above the number's: a pasted number with spaces is longer than the number, and
 * cutting a number short without a word would link a wrong one. Too long is said in a message instead.
 */
export const SOCIAL_SECURITY_INPUT_MAX_LENGTH = 30;

const SOCIAL_SECURITY_NUMBER = new RegExp(
  `^[0-9A-Z]{${SOCIAL_SECURITY_NUMBER_MIN_LENGTH},${SOCIAL_SECURITY_NUMBER_MAX_LENGTH}}$`,
);
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// The full-width block is the ASCII block shifted by a fixed offset (Ａ U+FF21 -> A U+0041).
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * What the input holds as it is typed: full-width letters and digits made half-width, letters upper-case,
 * spaces and dashes of a pasted or grouped number removed. Any other character stays, so the message can
 * say it does not belong (rather than the number silently changing).
 */
export function normaliseSocialSecurityNumber(raw: string): string {
  return raw
    .replace(FULL_WIDTH_ASCII, (character) =>
      String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET),
    )
    .replace(/[\s-]+/g, '')
    .toUpperCase();
}

export function isSocialSecurityNumber(value: string): boolean {
  return SOCIAL_SECURITY_NUMBER.test(value);
}

/**
 * The inline message under the field, or null. A character that does not belong, or a number already too
 * long, is said at once; an empty or still short number only once the field was left or submitted
 * (`touched`), so typing is not interrupted.
 */
export function socialSecurityNumberError(value: string, touched: boolean): string | null {
  if (value.length === 0) return touched ? '请输入社保卡号' : null;
  if (!/^[0-9A-Z]*$/.test(value)) return '社保卡号只能包含数字和英文字母，请核对后重新输入';
  if (value.length > SOCIAL_SECURITY_NUMBER_MAX_LENGTH || (touched && !isSocialSecurityNumber(value))) {
    return `社保卡号应为 ${SOCIAL_SECURITY_NUMBER_MIN_LENGTH} 到 ${SOCIAL_SECURITY_NUMBER_MAX_LENGTH} 位数字或字母`;
  }
  return null;
}
