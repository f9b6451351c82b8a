// Every client-side check of a card application (办卡申请) in one place: the mini-program's form shows
// the problems inline, and the mock platform runs the same function, so both refuse the same things with
// the same codes. Missing or out-of-range fields get VALIDATION_FAILED (the platform's 400 for a body that
// breaks the contract) with a field-specific text; rule failures get the platform's 422 codes.
import type { components } from '../generated/openapi';
import { isMinorOn } from './age';
import { isIdType, isNationCode, isRelation } from './code-tables';
import { type ErrorCode, messageForCode } from './error-messages';
import { idNumberProblemMessages, validateResidentIdNumber } from './id-number';
import { validateName } from './name';
import { isMobilePhone } from './phone';
import { isCalendarDate, shanghaiDate } from './time';

type CardApplication = components['schemas']['CardApplication'];

/**
 * A card application as a form holds it while the resident types: any field may be missing or still
 * hold a value the contract refuses. A complete `CardApplication` is one too.
 */
export interface CardApplicationInput {
  name?: string;
  gender?: string;
  nation?: string;
  birthDate?: string;
  idType?: string;
  idNumber?: string;
  phone?: string;
  smsCode?: string;
  relation?: string;
  address?: string;
  guardianConsent?: { agreed?: boolean; consentVersion?: string } | null;
}

export type CardApplicationField = keyof CardApplication;

export interface CardApplicationProblem {
  field: CardApplicationField;
  /** The code the platform answers with for the same problem. */
  code: ErrorCode;
  /** Plain Chinese for the form, specific to the field. */
  message: string;
}

export interface ValidateCardApplicationOptions {
  /** "Today" for future birth dates and the under-14 rule: `YYYY-MM-DD` (Asia/Shanghai) or epoch ms. Default: now. */
  today?: string | number;
}

const MISSING: Record<CardApplicationField, string> = {
  name: '请输入姓名',
  gender: '请选择性别',
  nation: '请选择民族',
  birthDate: '请选择出生日期',
  idType: '请选择证件类型',
  idNumber: '请输入证件号码',
  phone: '请输入手机号码',
  smsCode: '请输入6位短信验证码',
  relation: '请选择与本人的关系',
  address: '地址不能超过100个字',
  guardianConsent: '请阅读并同意《儿童个人信息处理规则》',
};

// Form order, so the first problem is the topmost field to fix.
const FIELD_ORDER = Object.keys(MISSING) as CardApplicationField[];

const OTHER_ID_NUMBER = /^[A-Za-z0-9]{5,20}$/;
const SMS_CODE = /^\d{6}$/;
const ADDRESS_MAX_LENGTH = 100;
const EARLIEST_BIRTH_DATE = '1900-01-01';

function isFilled(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/**
 * All problems of `input`, in form order (empty when the application may be sent). For a resident ID
 * card the birth date and gender must agree with the number; a holder under 14 on `today` needs
 * `guardianConsent.agreed` (GUARDIAN_CONSENT_REQUIRED). Checks the platform alone can make (the SMS code
 * itself, one person one card, the family limit) are not here.
 */
export function validateCardApplication(
  input: CardApplicationInput,
  options: ValidateCardApplicationOptions = {},
): CardApplicationProblem[] {
  const today = typeof options.today === 'string' ? options.today : shanghaiDate(options.today ?? Date.now());
  const problems: CardApplicationProblem[] = [];
  const add = (field: CardApplicationField, code: ErrorCode, message = messageForCode(code)) =>
    problems.push({ field, code, message });
  const missing = (field: CardApplicationField) => add(field, 'VALIDATION_FAILED', MISSING[field]);

  const idType = isIdType(input.idType) ? input.idType : undefined;
  const gender = input.gender === 'male' || input.gender === 'female' ? input.gender : undefined;

  if (!isFilled(input.name)) missing('name');
  // Without a chosen ID type the strictest rule applies (Chinese names only), as for a resident ID card.
  else if (!validateName(input.name, idType ?? '01').ok) add('name', 'INVALID_NAME');

  if (gender === undefined) missing('gender');
  if (!isNationCode(input.nation)) missing('nation');

  let birthDate: string | undefined;
  if (!isFilled(input.birthDate) || !isCalendarDate(input.birthDate)) missing('birthDate');
  else if (input.birthDate > today) add('birthDate', 'ID_BIRTH_DATE_FUTURE', '出生日期不能晚于今天');
  else if (input.birthDate < EARLIEST_BIRTH_DATE)
    add('birthDate', 'ID_BIRTH_DATE_TOO_EARLY', '出生日期不能早于1900年');
  else birthDate = input.birthDate;

  if (idType === undefined) missing('idType');
  // The holder's birth date for the under-14 rule: the number's when it is a valid resident ID number.
  let holderBirthDate = birthDate;
  if (!isFilled(input.idNumber)) {
    missing('idNumber');
  } else if (idType === '01') {
    const id = validateResidentIdNumber(input.idNumber, { today });
    if (!id.ok) {
      add(
        'idNumber',
        id.code === 'ID_EMPTY' ? 'VALIDATION_FAILED' : id.code,
        idNumberProblemMessages[id.code],
      );
    } else {
      holderBirthDate = id.birthDate;
      // checkIdAgreement's rule, but both mismatches are reported: the form marks each field it concerns.
      if (birthDate !== undefined && birthDate !== id.birthDate) add('birthDate', 'ID_BIRTH_DATE_MISMATCH');
      if (gender !== undefined && gender !== id.gender) add('gender', 'ID_GENDER_MISMATCH');
    }
  } else if (idType !== undefined && !OTHER_ID_NUMBER.test(input.idNumber)) {
    add('idNumber', 'ID_FORMAT', '证件号码应为5-20位字母或数字');
  }

  if (!isFilled(input.phone)) missing('phone');
  else if (!isMobilePhone(input.phone)) add('phone', 'INVALID_PHONE');

  if (!isFilled(input.smsCode) || !SMS_CODE.test(input.smsCode)) missing('smsCode');
  if (!isRelation(input.relation)) missing('relation');
  if (input.address !== undefined && Array.from(input.address).length > ADDRESS_MAX_LENGTH)
    missing('address');

  if (
    holderBirthDate !== undefined &&
    isMinorOn(holderBirthDate, today) &&
    input.guardianConsent?.agreed !== true
  ) {
    add('guardianConsent', 'GUARDIAN_CONSENT_REQUIRED');
  }
  return problems.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}
