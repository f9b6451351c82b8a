// A resident ID number states its holder's birth date (digits 7-14) and gender (the 17th digit: odd for
// men, even for women). A card application gives both again; they must agree with the number.
import type { components } from '../generated/openapi';

type Gender = components['schemas']['Gender'];

export type IdAgreement = { ok: true } | { ok: false; code: 'ID_BIRTH_DATE_MISMATCH' | 'ID_GENDER_MISMATCH' };

const SHAPE = /^\d{17}[\dXx]$/;

/**
 * Whether `birthDate` (`YYYY-MM-DD`) and `gender` agree with the 18-character resident ID number.
 * Checks agreement only: validate the number itself with `validateResidentIdNumber` first (a number of
 * another shape has nothing to disagree with and passes here). The birth date is checked first.
 */
export function checkIdAgreement(
  idNumber: string,
  stated: { birthDate: string; gender: Gender },
): IdAgreement {
  if (!SHAPE.test(idNumber)) return { ok: true };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (stated.birthDate !== birthDate) return { ok: false, code: 'ID_BIRTH_DATE_MISMATCH' };
  const gender: Gender = (idNumber.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female';
  if (stated.gender !== gender) return { ok: false, code: 'ID_GENDER_MISMATCH' };
  return { ok: true };
}
