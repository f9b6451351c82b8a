import { checkIdAgreement } from '../../src/domain/id-agreement';
import { idNumberProblemMessages, validateResidentIdNumber } from '../../src/domain/id-number';
import { withCheckCharacter } from './fixtures';

function withWrongCheckCharacter(first17: string): string {
  const right = withCheckCharacter(first17).slice(-1);
  return first17 + (right === '0' ? '1' : '0');
}

const TODAY = '2026-11-23';

describe('validateResidentIdNumber', () => {
  it.each([
    // Public examples from the standard's explanatory material and common test fixtures.
    ['11010519491231002X', '1949-12-31', 'female'],
    ['440524188001010014', null, null], // 1880: refused below
  ])('accepts the known-valid public example %s', (id, birthDate, gender) => {
    const result = validateResidentIdNumber(id, { today: TODAY });
    if (birthDate === null) {
      expect(result).toEqual({ ok: false, code: 'ID_BIRTH_DATE_TOO_EARLY' });
      return;
    }
    expect(result).toEqual({ ok: true, idNumber: id, birthDate, gender });
  });

  it.each([
    ['33020319900307061', '1990-03-07', 'male'], // 17th digit 1: odd
    ['33020319900307062', '1990-03-07', 'female'], // 17th digit 2: even
    ['33020320000229123', '2000-02-29', 'male'], // leap day of a year divisible by 400
    ['33020320261123004', '2026-11-23', 'female'], // born today
    ['33020319000101001', '1900-01-01', 'male'], // the earliest accepted date
  ])('accepts %s with a computed check character', (first17, birthDate, gender) => {
    const id = withCheckCharacter(first17);
    expect(validateResidentIdNumber(id, { today: TODAY })).toEqual({
      ok: true,
      idNumber: id,
      birthDate,
      gender,
    });
  });

  it('finds a fixture whose check character is X and accepts it, also written with a lowercase x', () => {
    let first17 = '';
    for (let sequence = 100; sequence < 200; sequence++) {
      const candidate = `33020319850612${sequence}`;
      if (withCheckCharacter(candidate).endsWith('X')) {
        first17 = candidate;
        break;
      }
    }
    expect(first17).toHaveLength(17);
    const upper = `${first17}X`;
    expect(validateResidentIdNumber(upper, { today: TODAY }).ok).toBe(true);
    // Decision: a lowercase x is accepted (phone keyboards type it) and normalised to upper case.
    expect(validateResidentIdNumber(`${first17}x`, { today: TODAY })).toMatchObject({
      ok: true,
      idNumber: upper,
    });
  });

  it.each([
    ['', 'ID_EMPTY'],
    ['11010519491231002', 'ID_LENGTH'], // 17 characters
    ['11010519491231002X0', 'ID_LENGTH'], // 19 characters
    ['110105491231002', 'ID_LENGTH'], // an old 15-digit number
    [' 11010519491231002X', 'ID_LENGTH'], // not trimmed
    ['11010519491231002Y', 'ID_FORMAT'], // check position is neither digit nor X
    ['X10105194912310021', 'ID_FORMAT'], // X in the wrong place
    ['1101051949123100X2', 'ID_FORMAT'],
    ['11010519491231００2X', 'ID_FORMAT'], // full-width digits
    ['110105 9491231002X', 'ID_FORMAT'],
  ])('refuses %j with %s', (id, code) => {
    expect(validateResidentIdNumber(id, { today: TODAY })).toEqual({ ok: false, code });
  });

  it.each([
    ['33020319990230123', 'ID_BIRTH_DATE_INVALID'], // 30 February
    ['33020319000229123', 'ID_BIRTH_DATE_INVALID'], // 1900 is not a leap year
    ['33020319991301123', 'ID_BIRTH_DATE_INVALID'], // month 13
    ['33020319990001123', 'ID_BIRTH_DATE_INVALID'], // month 00
    ['33020319990431123', 'ID_BIRTH_DATE_INVALID'], // 31 April
    ['33020319990100123', 'ID_BIRTH_DATE_INVALID'], // day 00
    ['33020318991231123', 'ID_BIRTH_DATE_TOO_EARLY'],
    ['33020320261124123', 'ID_BIRTH_DATE_FUTURE'], // tomorrow
    ['33020330000101123', 'ID_BIRTH_DATE_FUTURE'],
  ])('refuses the birth date in %s (with a valid check character) with %s', (first17, code) => {
    expect(validateResidentIdNumber(withCheckCharacter(first17), { today: TODAY })).toEqual({
      ok: false,
      code,
    });
  });

  it.each(['33020319900307061', '11010519491231002', '33020320000229123'])(
    'refuses %s with a wrong check character',
    (first17) => {
      expect(validateResidentIdNumber(withWrongCheckCharacter(first17), { today: TODAY })).toEqual({
        ok: false,
        code: 'ID_CHECKSUM',
      });
    },
  );

  it('refuses a single transposed digit through the check character', () => {
    const valid = withCheckCharacter('33020319900307061');
    const transposed = valid.slice(0, 14) + valid[15] + valid[14] + valid.slice(16);
    expect(transposed).not.toBe(valid);
    expect(validateResidentIdNumber(transposed, { today: TODAY })).toEqual({
      ok: false,
      code: 'ID_CHECKSUM',
    });
  });

  it('takes "today" as epoch ms in Asia/Shanghai', () => {
    const id = withCheckCharacter('33020320261123004');
    // 2026-11-22T16:00:00Z is already 2026-11-23 in Shanghai.
    expect(validateResidentIdNumber(id, { today: Date.UTC(2026, 10, 22, 16) }).ok).toBe(true);
    expect(validateResidentIdNumber(id, { today: Date.UTC(2026, 10, 22, 15, 59) })).toEqual({
      ok: false,
      code: 'ID_BIRTH_DATE_FUTURE',
    });
  });

  it('has a Chinese message for every problem', () => {
    for (const message of Object.values(idNumberProblemMessages)) expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('checkIdAgreement', () => {
  const man = withCheckCharacter('33020319900307061'); // born 1990-03-07, 17th digit odd
  const woman = '11010519491231002X'; // born 1949-12-31, 17th digit even

  it.each([
    [man, '1990-03-07', 'male', { ok: true }],
    [woman, '1949-12-31', 'female', { ok: true }],
    [woman.slice(0, 17) + 'x', '1949-12-31', 'female', { ok: true }], // lowercase check character
    [man, '1990-03-08', 'male', { ok: false, code: 'ID_BIRTH_DATE_MISMATCH' }], // a day off
    [man, '1990-07-03', 'male', { ok: false, code: 'ID_BIRTH_DATE_MISMATCH' }], // month and day swapped
    [man, '1991-03-07', 'male', { ok: false, code: 'ID_BIRTH_DATE_MISMATCH' }],
    [man, '1990-03-07', 'female', { ok: false, code: 'ID_GENDER_MISMATCH' }],
    [woman, '1949-12-31', 'male', { ok: false, code: 'ID_GENDER_MISMATCH' }],
    // Both wrong: the birth date is reported first.
    [woman, '1950-01-01', 'male', { ok: false, code: 'ID_BIRTH_DATE_MISMATCH' }],
  ] as const)('%s stated as %s %s -> %j', (id, birthDate, gender, expected) => {
    expect(checkIdAgreement(id, { birthDate, gender })).toEqual(expected);
  });

  it('leaves numbers of another shape to validateResidentIdNumber', () => {
    expect(checkIdAgreement('E12345678', { birthDate: '1990-03-07', gender: 'male' })).toEqual({ ok: true });
  });

  it('agrees with what validateResidentIdNumber reads from the same number', () => {
    for (const first17 of ['33020320000229123', '33020319850612104', '44030520121130007']) {
      const result = validateResidentIdNumber(withCheckCharacter(first17), { today: TODAY });
      if (!result.ok) throw new Error(`fixture ${first17} should be valid`);
      expect(checkIdAgreement(result.idNumber, result)).toEqual({ ok: true });
    }
  });
});
