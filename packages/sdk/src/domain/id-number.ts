// Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit region code, 8-digit birth date
// (YYYYMMDD), 3-digit sequence (odd for men, even for women) and a check character computed with
// ISO 7064 MOD 11-2.
import { shanghaiDate } from './time';

/** Why an ID number was refused; each has a plain-Chinese text in `idNumberProblemMessages`. */
export type IdNumberProblem =
  | 'ID_EMPTY'
  | 'ID_LENGTH'
  | 'ID_FORMAT'
  | 'ID_BIRTH_DATE_INVALID'
  | 'ID_BIRTH_DATE_TOO_EARLY'
  | 'ID_BIRTH_DATE_FUTURE'
  | 'ID_CHECKSUM';

export type IdNumberValidation =
  | {
      ok: true;
      /** The number as the platform expects it: a lowercase `x` check character is upper-cased. */
      idNumber: string;
      birthDate: string;
      gender: 'male' | 'female';
    }
  | { ok: false; code: IdNumberProblem };

export interface ValidateIdNumberOptions {
  /** "Today" for the future-birth-date check: `YYYY-MM-DD` (Asia/Shanghai) or epoch ms. Default: now. */
  today?: string | number;
}

export const idNumberProblemMessages: Record<IdNumberProblem, string> = {
  ID_EMPTY: '请输入身份证号码',
  ID_LENGTH: '身份证号码应为18位',
  ID_FORMAT: '身份证号码格式不正确：前17位应为数字，最后一位为数字或X',
  ID_BIRTH_DATE_INVALID: '身份证号码中的出生日期不正确',
  ID_BIRTH_DATE_TOO_EARLY: '身份证号码中的出生日期早于1900年',
  ID_BIRTH_DATE_FUTURE: '身份证号码中的出生日期晚于今天',
  ID_CHECKSUM: '身份证号码校验位不正确，请核对后重新输入',
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const EARLIEST_BIRTH_YEAR = 1900;

/** The check character (0-9 or X) for the first 17 digits of a resident ID number. */
export function idNumberCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17Digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Validates a mainland resident ID number. Checks run from the coarsest to the finest (length, shape,
 * birth date, check character), so the resident hears about the most specific thing they can fix.
 * Surrounding spaces are not trimmed (the form should trim); a lowercase `x` is accepted because
 * phone keyboards produce it, and `idNumber` in the result carries the upper-case form.
 * 15-digit numbers (issued before 1999, long expired) are refused with ID_LENGTH.
 */
export function validateResidentIdNumber(
  input: string,
  options: ValidateIdNumberOptions = {},
): IdNumberValidation {
  if (input.length === 0) return { ok: false, code: 'ID_EMPTY' };
  if (input.length !== 18) return { ok: false, code: 'ID_LENGTH' };
  const idNumber = input.charCodeAt(17) === 120 /* x */ ? input.slice(0, 17) + 'X' : input;
  if (!SHAPE.test(idNumber)) return { ok: false, code: 'ID_FORMAT' };

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, code: 'ID_BIRTH_DATE_INVALID' };
  }
  if (year < EARLIEST_BIRTH_YEAR) return { ok: false, code: 'ID_BIRTH_DATE_TOO_EARLY' };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const today = typeof options.today === 'string' ? options.today : shanghaiDate(options.today ?? Date.now());
  // Both are zero-padded YYYY-MM-DD, so string order is date order.
  if (birthDate > today) return { ok: false, code: 'ID_BIRTH_DATE_FUTURE' };

  if (idNumberCheckCharacter(idNumber) !== idNumber[17]) return { ok: false, code: 'ID_CHECKSUM' };
  const sequenceDigit = idNumber.charCodeAt(16) - 48;
  return { ok: true, idNumber, birthDate, gender: sequenceDigit % 2 === 1 ? 'male' : 'female' };
}
