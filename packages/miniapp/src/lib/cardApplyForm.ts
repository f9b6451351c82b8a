// The card application form (申领/绑定电子健康卡), kept apart from the screen so its rules are unit-tested:
// what the resident typed, which messages show (a field's problem appears once the field was left, and
// every problem on submit), what a resident ID number fills in by itself, when the guardian's consent is
// needed, and the application sent to the platform. The checks themselves are the SDK's
// `validateCardApplication`, the same function the platform runs.
import type { CardApplication, Gender, IdType, Relation } from '@yika/sdk';
import {
  isMinorOn,
  validateCardApplication,
  validateResidentIdNumber,
  type CardApplicationField,
  type CardApplicationInput,
} from '@yika/sdk/domain';
import { digitsOnly, PHONE_LENGTH, SMS_CODE_LENGTH } from './signInForm';

/** The version of the 《儿童个人信息处理规则》 summary the guardian is shown (GuardianConsentBlock). */
export const GUARDIAN_CONSENT_VERSION = 'minor-v1';

export type CardFormField = CardApplicationField;

export interface CardFormValues {
  name: string;
  gender: Gender | '';
  /** GB/T 3304 code, 汉族 (01) preselected as the most common. */
  nation: string;
  /** `YYYY-MM-DD` or '' */
  birthDate: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  smsCode: string;
  relation: Relation | '';
  address: string;
  /** The guardian ticked the consent box (only asked when the holder is under 14). */
  guardianAgreed: boolean;
}

export interface CardFormState {
  values: CardFormValues;
  /** Fields the resident has left at least once: their problems show from then on. */
  touched: Partial<Record<CardFormField, true>>;
  /** Submit was tapped: every problem shows. */
  submitted: boolean;
  /** The platform's refusals, next to the field they concern, until that field changes. */
  platformErrors: Partial<Record<CardFormField, string>>;
  /** A refusal no single field explains (the family limit, the network). */
  formError: string | null;
}

export type CardFormAction =
  | { type: 'change'; patch: Partial<CardFormValues> }
  | { type: 'blur'; field: CardFormField }
  | { type: 'submitAttempted' }
  | { type: 'platformRefused'; field: CardFormField | null; message: string };

const MAX_ID_LENGTH = { resident: 18, other: 20 } as const;
export const ADDRESS_MAX_LENGTH = 100;

export function initialCardFormState(relation: Relation | '' = ''): CardFormState {
  return {
    values: {
      name: '',
      gender: '',
      nation: '01',
      birthDate: '',
      idType: '01',
      idNumber: '',
      phone: '',
      smsCode: '',
      relation,
      address: '',
      guardianAgreed: false,
    },
    touched: {},
    submitted: false,
    platformErrors: {},
    formError: null,
  };
}

/**
 * What an ID number field keeps of the input: no spaces (pasted "1101 0519..."), an upper-case X, and
 * for a resident ID card only digits and a final X, at most 18; other documents letters and digits.
 */
export function normaliseIdNumber(raw: string, idType: IdType): string {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  if (idType === '01') return compact.replace(/[^0-9X]/g, '').slice(0, MAX_ID_LENGTH.resident);
  return compact.replace(/[^0-9A-Z]/g, '').slice(0, MAX_ID_LENGTH.other);
}

/** The field a value belongs to (the consent box is the application's `guardianConsent`). */
function fieldOf(key: keyof CardFormValues): CardFormField {
  return key === 'guardianAgreed' ? 'guardianConsent' : key;
}

function applyPatch(values: CardFormValues, patch: Partial<CardFormValues>): CardFormValues {
  const next = { ...values, ...patch };
  if (patch.phone !== undefined) next.phone = digitsOnly(patch.phone, PHONE_LENGTH);
  if (patch.smsCode !== undefined) next.smsCode = digitsOnly(patch.smsCode, SMS_CODE_LENGTH);
  if (patch.idNumber !== undefined || patch.idType !== undefined) {
    next.idNumber = normaliseIdNumber(next.idNumber, next.idType);
    // A valid resident ID number states the birthday and gender: fill them in, so they always agree.
    if (next.idType === '01') {
      const id = validateResidentIdNumber(next.idNumber);
      if (id.ok) {
        next.birthDate = id.birthDate;
        next.gender = id.gender;
      }
    }
  }
  return next;
}

export function cardFormReducer(state: CardFormState, action: CardFormAction): CardFormState {
  switch (action.type) {
    case 'change': {
      const platformErrors = { ...state.platformErrors };
      for (const key of Object.keys(action.patch) as Array<keyof CardFormValues>) {
        delete platformErrors[fieldOf(key)];
      }
      if (action.patch.idType !== undefined) delete platformErrors.idNumber;
      return { ...state, values: applyPatch(state.values, action.patch), platformErrors };
    }
    case 'blur':
      if (state.touched[action.field]) return state;
      return { ...state, touched: { ...state.touched, [action.field]: true } };
    case 'submitAttempted':
      return { ...state, submitted: true, formError: null };
    case 'platformRefused':
      if (action.field === null) return { ...state, formError: action.message };
      return { ...state, platformErrors: { ...state.platformErrors, [action.field]: action.message } };
  }
}

/** What the resident typed, trimmed, with the optional address left out when empty. */
function typedFields(values: CardFormValues) {
  const address = values.address.trim();
  return {
    name: values.name.trim(),
    nation: values.nation,
    birthDate: values.birthDate,
    idType: values.idType,
    idNumber: values.idNumber,
    phone: values.phone,
    smsCode: values.smsCode,
    ...(address ? { address } : {}),
  };
}

/** The form as `validateCardApplication` reads it: choices may still be empty. */
export function toApplicationInput(values: CardFormValues): CardApplicationInput {
  return {
    ...typedFields(values),
    gender: values.gender,
    relation: values.relation,
    guardianConsent: values.guardianAgreed
      ? { agreed: true, consentVersion: GUARDIAN_CONSENT_VERSION }
      : null,
  };
}

/**
 * The holder's birth date as far as the form knows it: a valid resident ID number's, else the birthday
 * picked (passports and other documents).
 */
export function holderBirthDate(values: CardFormValues): string | null {
  if (values.idType === '01') {
    const id = validateResidentIdNumber(values.idNumber);
    if (id.ok) return id.birthDate;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(values.birthDate) ? values.birthDate : null;
}

/** Whether the holder is under 14 on `today`: the guardian consent block shows and must be ticked. */
export function needsGuardianConsent(values: CardFormValues, today: string): boolean {
  const birthDate = holderBirthDate(values);
  return birthDate !== null && birthDate <= today && isMinorOn(birthDate, today);
}

export type CardFieldErrors = Partial<Record<CardFormField, string>>;

/**
 * The message under each field, or none: the platform's refusal when there is one, else the first local
 * problem of a field the resident has left (or of every field once submit was tapped).
 */
export function visibleFieldErrors(state: CardFormState, today: string): CardFieldErrors {
  const errors: CardFieldErrors = {};
  for (const problem of validateCardApplication(toApplicationInput(state.values), { today })) {
    const shown = state.submitted || state.touched[problem.field] === true;
    if (shown && errors[problem.field] === undefined) errors[problem.field] = problem.message;
  }
  return { ...errors, ...state.platformErrors };
}

/** Submit stays disabled only until a guardian ticks the consent box; other problems show when tapped. */
export function canSubmitCardForm(values: CardFormValues, today: string, submitting: boolean): boolean {
  if (submitting) return false;
  return !needsGuardianConsent(values, today) || values.guardianAgreed;
}

/**
 * The application to send, or null while the form has problems. Consent is sent only for a child under
 * 14, and then with the version of the text the guardian saw.
 */
export function toCardApplication(values: CardFormValues, today: string): CardApplication | null {
  if (validateCardApplication(toApplicationInput(values), { today }).length > 0) return null;
  const { gender, relation } = values;
  if (gender === '' || relation === '') return null;
  return {
    ...typedFields(values),
    gender,
    relation,
    ...(needsGuardianConsent(values, today)
      ? { guardianConsent: { agreed: true, consentVersion: GUARDIAN_CONSENT_VERSION } }
      : {}),
  };
}
