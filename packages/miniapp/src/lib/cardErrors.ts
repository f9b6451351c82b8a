// Where a platform refusal of a card application is shown: next to the field it is about, with the
// platform's own Chinese message (for CARD_PHONE_MISMATCH it names the masked phone on record), or above
// the submit button when no single field explains it.
import { isApiError, isYikaError } from '@yika/sdk';
import type { CardFormField } from './cardApplyForm';
import { errorMessageOf } from './errors';

export interface ErrorPlacement {
  field: CardFormField | null;
  message: string;
}

const FIELD_BY_CODE: Readonly<Record<string, CardFormField>> = {
  INVALID_NAME: 'name',
  INVALID_PHONE: 'phone',
  CARD_PHONE_MISMATCH: 'phone',
  INVALID_SMS_CODE: 'smsCode',
  GUARDIAN_CONSENT_REQUIRED: 'guardianConsent',
  // "You already hold your own card": the relation 本人 is what to change.
  SELF_CARD_EXISTS: 'relation',
};

const FORM_FIELDS: ReadonlySet<string> = new Set<CardFormField>([
  'name',
  'gender',
  'nation',
  'birthDate',
  'idType',
  'idNumber',
  'phone',
  'smsCode',
  'relation',
  'address',
  'guardianConsent',
]);

/** The form field an error code is about, or null (ID_LENGTH, ID_CHECKSUM... are all the ID number's). */
export function fieldForErrorCode(code: string): CardFormField | null {
  if (code.startsWith('ID_')) return 'idNumber';
  return FIELD_BY_CODE[code] ?? null;
}

/** For a contract violation (400), the first body field the platform named, e.g. `body.birthDate`. */
function fieldFromDetails(error: unknown): CardFormField | null {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return null;
  for (const detail of error.details ?? []) {
    const name = detail.field.replace(/^body\./, '').split('.')[0] ?? '';
    if (FORM_FIELDS.has(name)) return name as CardFormField;
  }
  return null;
}

/** Where the refusal of an application goes, and what it says. */
export function placeApplyError(error: unknown): ErrorPlacement {
  const message = errorMessageOf(error);
  if (!isYikaError(error)) return { field: null, message };
  return { field: fieldForErrorCode(error.code) ?? fieldFromDetails(error), message };
}

/** Where a failed SMS send goes: a bad number under the phone, anything else (wait a minute) under the code. */
export function placeSmsSendError(error: unknown): ErrorPlacement {
  const message = errorMessageOf(error);
  const code = isYikaError(error) ? error.code : '';
  return { field: code === 'INVALID_PHONE' ? 'phone' : 'smsCode', message };
}
