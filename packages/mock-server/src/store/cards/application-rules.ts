// The checks of a card application the platform makes before touching anything: the SDK's
// validateCardApplication, the one list of rules the mini-program's form runs too, so the form and the
// platform refuse the same things with the same codes. Problems a JSON schema cannot express (an unknown
// nation code, 30 February, a phone no carrier issues) are 400s, like the schema's own; the rules (name,
// ID number, agreement, guardian consent) are 422s, the first in the form's order.
import { isMinorOn, validateCardApplication, validateResidentIdNumber } from '@yika/sdk/domain';
import type { CardApplication, ErrorDetail } from '../../contract/wire';
import { PlatformError } from '../errors';
import { normaliseIdNumber } from './persons';

export interface CheckedApplication {
  /** Upper case, as the master index keys it. */
  idNumber: string;
  /** The holder's birth date: for a resident ID card, the one in the number. */
  birthDate: string;
  isMinor: boolean;
}

const ISSUES: Partial<Record<keyof CardApplication, string>> = {
  nation: 'is not a GB/T 3304 ethnic group code',
  birthDate: 'is not a real calendar date',
  address: 'must have at most 100 characters',
  phone: 'is not a mainland mobile number',
};

// 400s: the request itself is wrong (as the contract check would say, had JSON Schema the words for it).
const MALFORMED = new Set<string>(['VALIDATION_FAILED', 'INVALID_PHONE']);

/** Throws the application's first problem (400 or 422); nothing is read or written besides the input. */
export function checkApplication(input: CardApplication, today: string): CheckedApplication {
  const problems = validateCardApplication(input, { today });
  const malformed = problems.filter((problem) => MALFORMED.has(problem.code));
  if (malformed.length === 1 && malformed[0]?.code === 'INVALID_PHONE')
    throw new PlatformError('INVALID_PHONE');
  if (malformed.length > 0) {
    const details: ErrorDetail[] = malformed.map((problem) => ({
      field: `body.${problem.field}`,
      issue: ISSUES[problem.field] ?? 'is missing or invalid',
    }));
    throw new PlatformError('VALIDATION_FAILED', { details });
  }
  const first = problems[0];
  if (first) throw new PlatformError(first.code);

  const resident = input.idType === '01' ? validateResidentIdNumber(input.idNumber, { today }) : undefined;
  const birthDate = resident?.ok ? resident.birthDate : input.birthDate;
  return {
    idNumber: resident?.ok ? resident.idNumber : normaliseIdNumber(input.idNumber),
    birthDate,
    isMinor: isMinorOn(birthDate, today),
  };
}
