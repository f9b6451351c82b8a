import { type CardApplicationInput, validateCardApplication } from '../../src/domain/card-application';
import { withCheckCharacter } from './fixtures';

const TODAY = '2026-11-23';
const ADULT_ID = withCheckCharacter('33020319900307061'); // 1990-03-07, male
const CHILD_ID = withCheckCharacter('33020320150601002'); // 2015-06-01, female: 11 on TODAY

const adult: CardApplicationInput = {
  name: '张伟',
  gender: 'male',
  nation: '01',
  birthDate: '1990-03-07',
  idType: '01',
  idNumber: ADULT_ID,
  phone: '13812345678',
  smsCode: '123456',
  relation: 'self',
};

const child: CardApplicationInput = {
  ...adult,
  name: '张小雨',
  gender: 'female',
  birthDate: '2015-06-01',
  idNumber: CHILD_ID,
  relation: 'child',
  guardianConsent: { agreed: true, consentVersion: '2026-01' },
};

function codes(input: CardApplicationInput, today = TODAY) {
  return validateCardApplication(input, { today }).map(({ field, code }) => [field, code]);
}

describe('validateCardApplication', () => {
  it('accepts a complete application for oneself and for a child with consent', () => {
    expect(validateCardApplication(adult, { today: TODAY })).toEqual([]);
    expect(validateCardApplication(child, { today: TODAY })).toEqual([]);
  });

  it('reports every missing field at once, in form order, with a field-specific text', () => {
    const problems = validateCardApplication({}, { today: TODAY });
    expect(problems.map((problem) => problem.field)).toEqual([
      'name',
      'gender',
      'nation',
      'birthDate',
      'idType',
      'idNumber',
      'phone',
      'smsCode',
      'relation',
    ]);
    expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set(['VALIDATION_FAILED']));
    expect(problems[0]!.message).toBe('请输入姓名');
    for (const problem of problems) expect(problem.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it.each<[string, CardApplicationInput, Array<[string, string]>]>([
    ['a Latin name on a resident ID card', { ...adult, name: 'Zhang Wei' }, [['name', 'INVALID_NAME']]],
    ['an unknown nation code', { ...adult, nation: '57' }, [['nation', 'VALIDATION_FAILED']]],
    ['an unknown ID type', { ...adult, idType: '08' }, [['idType', 'VALIDATION_FAILED']]],
    ['an impossible birth date', { ...adult, birthDate: '1990-02-30' }, [['birthDate', 'VALIDATION_FAILED']]],
    [
      'a wrong check character',
      { ...adult, idNumber: ADULT_ID.slice(0, 17) + (ADULT_ID.endsWith('0') ? '1' : '0') },
      [['idNumber', 'ID_CHECKSUM']],
    ],
    ['a 17-character number', { ...adult, idNumber: ADULT_ID.slice(0, 17) }, [['idNumber', 'ID_LENGTH']]],
    [
      'a letter in the wrong place',
      { ...adult, idNumber: 'X' + ADULT_ID.slice(1) },
      [['idNumber', 'ID_FORMAT']],
    ],
    [
      'an impossible date in the number',
      { ...adult, idNumber: withCheckCharacter('33020319990230123'), birthDate: '1999-02-28' },
      [['idNumber', 'ID_BIRTH_DATE_INVALID']],
    ],
    [
      'a birthday that disagrees with the number',
      { ...adult, birthDate: '1990-03-08' },
      [['birthDate', 'ID_BIRTH_DATE_MISMATCH']],
    ],
    [
      'a gender that disagrees with the number',
      { ...adult, gender: 'female' },
      [['gender', 'ID_GENDER_MISMATCH']],
    ],
    [
      'both disagreeing',
      { ...adult, gender: 'female', birthDate: '1991-03-07' },
      [
        ['gender', 'ID_GENDER_MISMATCH'],
        ['birthDate', 'ID_BIRTH_DATE_MISMATCH'],
      ],
    ],
    ['a landline', { ...adult, phone: '02161234567' }, [['phone', 'INVALID_PHONE']]],
    ['a 4-digit SMS code', { ...adult, smsCode: '1234' }, [['smsCode', 'VALIDATION_FAILED']]],
    ['an unknown relation', { ...adult, relation: 'friend' }, [['relation', 'VALIDATION_FAILED']]],
    [
      'an address over 100 characters',
      { ...adult, address: '路'.repeat(101) },
      [['address', 'VALIDATION_FAILED']],
    ],
  ])('refuses %s', (_, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('takes any ID type other than 01 as 5-20 letters or digits, and Latin names with it', () => {
    const passport = { ...adult, idType: '03', idNumber: 'E12345678', name: 'John Smith' };
    expect(codes(passport)).toEqual([]);
    expect(codes({ ...passport, idNumber: 'E123' })).toEqual([['idNumber', 'ID_FORMAT']]);
    expect(codes({ ...passport, idNumber: 'E1234-5678' })).toEqual([['idNumber', 'ID_FORMAT']]);
    // Nothing to agree with: the birth date and gender are the resident's word, but not in the future.
    expect(codes({ ...passport, birthDate: '2026-11-24' })).toEqual([['birthDate', 'ID_BIRTH_DATE_FUTURE']]);
    expect(codes({ ...passport, birthDate: '1899-12-31' })).toEqual([
      ['birthDate', 'ID_BIRTH_DATE_TOO_EARLY'],
    ]);
  });

  describe('a holder under 14 (the guardian adds the card)', () => {
    it.each([
      ['no consent', undefined],
      ['consent not given', { agreed: false, consentVersion: '2026-01' }],
      ['null', null],
    ])('needs the guardian consent: %s', (_, guardianConsent) => {
      expect(codes({ ...child, guardianConsent })).toEqual([
        ['guardianConsent', 'GUARDIAN_CONSENT_REQUIRED'],
      ]);
    });

    it('counts the 14th birthday as the end of minority', () => {
      const noConsent = { ...child, guardianConsent: undefined };
      expect(codes(noConsent, '2029-05-31')).toEqual([['guardianConsent', 'GUARDIAN_CONSENT_REQUIRED']]);
      expect(codes(noConsent, '2029-06-01')).toEqual([]);
    });

    it('reads the age from the ID number even when the stated birthday is wrong', () => {
      expect(codes({ ...child, birthDate: '1990-01-01', guardianConsent: undefined })).toEqual([
        ['birthDate', 'ID_BIRTH_DATE_MISMATCH'],
        ['guardianConsent', 'GUARDIAN_CONSENT_REQUIRED'],
      ]);
    });

    it('reads the age from the stated birthday for other documents', () => {
      const passportChild = { ...child, idType: '03', idNumber: 'E87654321', guardianConsent: undefined };
      expect(codes(passportChild)).toEqual([['guardianConsent', 'GUARDIAN_CONSENT_REQUIRED']]);
    });

    it('takes epoch ms as today in Asia/Shanghai', () => {
      const noConsent = { ...child, guardianConsent: undefined };
      // 2029-05-31T16:00:00Z is already 1 June 2029, the 14th birthday, in Shanghai.
      expect(validateCardApplication(noConsent, { today: Date.UTC(2029, 4, 31, 16) })).toEqual([]);
      expect(validateCardApplication(noConsent, { today: Date.UTC(2029, 4, 31, 15, 59) })).toHaveLength(1);
    });
  });

  it('uses the same texts as the platform for rule failures', () => {
    const [problem] = validateCardApplication({ ...adult, gender: 'female' }, { today: TODAY });
    expect(problem).toEqual({
      field: 'gender',
      code: 'ID_GENDER_MISMATCH',
      message: '性别与身份证号码不一致，请核对',
    });
  });
});
