// Plausible real names (实名) for a card application: the platform refuses anything else with
// INVALID_NAME, and the form checks the same rule for instant feedback.
import type { components } from '../generated/openapi';

type IdType = components['schemas']['IdType'];

export type NameValidation = { ok: true } | { ok: false; code: 'INVALID_NAME' };

// Han characters: the basic block, extension A, compatibility ideographs and the supplementary planes
// (extensions B onwards), so rare characters in real names (𠮷) are accepted. Written as ranges rather
// than \p{Script=Han}: old mini-program JavaScript engines lack Unicode property escapes.
const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}]';
// Names of ethnic minorities join their parts with a middle dot (买买提·艾力); never first, last or twice.
const CHINESE_NAME = new RegExp(`^${HAN}+(?:·${HAN}+)*$`, 'u');
// Foreign documents carry Latin names: letters, single spaces between words.
const LATIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

const CHINESE_LENGTH = { min: 2, max: 15 };
const LATIN_LENGTH = { min: 2, max: 40 };

/**
 * `name` must be 2-15 Chinese characters (counting `·`), or, for documents other than the resident ID
 * card (`01`), 2-40 Latin letters and spaces. The name is checked as given: the form trims it first.
 */
export function validateName(name: string, idType: IdType): NameValidation {
  const length = Array.from(name).length; // code points: a supplementary-plane character counts once
  if (CHINESE_NAME.test(name) && length >= CHINESE_LENGTH.min && length <= CHINESE_LENGTH.max) {
    return { ok: true };
  }
  if (idType !== '01' && LATIN_NAME.test(name) && length >= LATIN_LENGTH.min && length <= LATIN_LENGTH.max) {
    return { ok: true };
  }
  return { ok: false, code: 'INVALID_NAME' };
}
