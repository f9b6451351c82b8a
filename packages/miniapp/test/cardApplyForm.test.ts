import {
  canSubmitCardForm,
  cardFormReducer,
  GUARDIAN_CONSENT_VERSION,
  initialCardFormState,
  needsGuardianConsent,
  normaliseIdNumber,
  toCardApplication,
  visibleFieldErrors,
  type CardFormAction,
  type CardFormState,
  type CardFormValues,
} from '../src/lib/cardApplyForm';

const TODAY = '2026-11-22';
// Real-shaped resident ID numbers (valid GB 11643 check characters).
const ADULT_MALE = '110105198506151236'; // born 1985-06-15, male
const GIRL = '33020320190308002X'; // born 2019-03-08, female
const TURNS_14_TOMORROW = '33020320121123004X'; // born 2012-11-23

function apply(state: CardFormState, ...actions: CardFormAction[]): CardFormState {
  return actions.reduce(cardFormReducer, state);
}

const change = (patch: Partial<CardFormValues>): CardFormAction => ({ type: 'change', patch });

function filledAdult(): CardFormState {
  return apply(
    initialCardFormState('self'),
    change({ name: '王建国', idNumber: ADULT_MALE, phone: '13912345678', smsCode: '123456' }),
  );
}

describe('normaliseIdNumber', () => {
  it('keeps what a resident ID number can hold: digits and a final X, 18 at most', () => {
    expect(normaliseIdNumber('1101 0519 8506 1512 36', '01')).toBe(ADULT_MALE);
    expect(normaliseIdNumber('33020320190308002x', '01')).toBe(GIRL);
    expect(normaliseIdNumber('110105198506151236999', '01')).toBe(ADULT_MALE);
    expect(normaliseIdNumber('11-01-05', '01')).toBe('110105');
  });

  it('keeps letters for passports and other documents', () => {
    expect(normaliseIdNumber('e 1234 5678', '03')).toBe('E12345678');
  });
});

describe('filling in from a resident ID number', () => {
  it('sets the birthday and gender the number states once it is valid', () => {
    const state = filledAdult();
    expect(state.values.birthDate).toBe('1985-06-15');
    expect(state.values.gender).toBe('male');
  });

  it('leaves them alone while the number is incomplete or wrong', () => {
    const state = apply(initialCardFormState(), change({ idNumber: '11010519850615123' }));
    expect(state.values.birthDate).toBe('');
    const wrongCheck = apply(initialCardFormState(), change({ idNumber: '110105198506151237' }));
    expect(wrongCheck.values.gender).toBe('');
  });

  it('does not fill anything in for a passport', () => {
    const state = apply(initialCardFormState(), change({ idType: '03', idNumber: ADULT_MALE }));
    expect(state.values.birthDate).toBe('');
  });
});

describe('visibleFieldErrors', () => {
  it('says nothing before the resident has left a field', () => {
    expect(visibleFieldErrors(initialCardFormState(), TODAY)).toEqual({});
  });

  it('shows the problem of a field once it was left, in Chinese', () => {
    let state = apply(initialCardFormState(), change({ idNumber: '110105198506151237' }));
    expect(visibleFieldErrors(state, TODAY).idNumber).toBeUndefined();
    state = apply(state, { type: 'blur', field: 'idNumber' });
    expect(visibleFieldErrors(state, TODAY)).toEqual({ idNumber: expect.stringMatching(/校验位/) });
  });

  it('shows every problem on submit', () => {
    const state = apply(initialCardFormState(), { type: 'submitAttempted' });
    const errors = visibleFieldErrors(state, TODAY);
    expect(Object.keys(errors).sort()).toEqual(
      ['birthDate', 'gender', 'idNumber', 'name', 'phone', 'relation', 'smsCode'].sort(),
    );
    expect(errors.name).toBe('请输入姓名');
  });

  it('names a gender that disagrees with the ID number under the gender', () => {
    const state = apply(filledAdult(), change({ gender: 'female' }), { type: 'submitAttempted' });
    expect(visibleFieldErrors(state, TODAY)).toEqual({ gender: expect.stringMatching(/性别/) });
  });

  it("puts the platform's refusal next to its field until that field changes", () => {
    let state = apply(filledAdult(), {
      type: 'platformRefused',
      field: 'phone',
      message: '该证件已办理过电子健康卡，请使用预留手机号 139****5678 验证',
    });
    expect(visibleFieldErrors(state, TODAY).phone).toContain('139****5678');
    // Typing a code does not hide what is wrong with the phone.
    state = apply(state, change({ smsCode: '654321' }));
    expect(visibleFieldErrors(state, TODAY).phone).toContain('139****5678');
    state = apply(state, change({ phone: '13900005678' }));
    expect(visibleFieldErrors(state, TODAY).phone).toBeUndefined();
  });

  it('keeps everything typed when the platform refuses', () => {
    const before = filledAdult();
    const after = apply(before, { type: 'platformRefused', field: 'smsCode', message: '验证码错误' });
    expect(after.values).toEqual(before.values);
  });

  it('shows a refusal no field explains above the button, and clears it on the next submit', () => {
    let state = apply(filledAdult(), { type: 'platformRefused', field: null, message: '最多绑定5张' });
    expect(state.formError).toBe('最多绑定5张');
    state = apply(state, { type: 'submitAttempted' });
    expect(state.formError).toBeNull();
  });
});

describe('guardian consent for a child under 14', () => {
  function child(idNumber = GIRL): CardFormState {
    return apply(
      initialCardFormState('child'),
      change({ name: '王小花', idNumber, phone: '13912345678', smsCode: '123456' }),
    );
  }

  it('is asked for a child and keeps submit disabled until ticked', () => {
    const state = child();
    expect(needsGuardianConsent(state.values, TODAY)).toBe(true);
    expect(canSubmitCardForm(state.values, TODAY, false)).toBe(false);
    expect(toCardApplication(state.values, TODAY)).toBeNull();
    const agreed = apply(state, change({ guardianAgreed: true }));
    expect(canSubmitCardForm(agreed.values, TODAY, false)).toBe(true);
    expect(toCardApplication(agreed.values, TODAY)?.guardianConsent).toEqual({
      agreed: true,
      consentVersion: GUARDIAN_CONSENT_VERSION,
    });
  });

  it('counts full years: the day before the 14th birthday still needs consent, the birthday not', () => {
    expect(needsGuardianConsent(child(TURNS_14_TOMORROW).values, TODAY)).toBe(true);
    expect(needsGuardianConsent(child(TURNS_14_TOMORROW).values, '2026-11-23')).toBe(false);
  });

  it('is not asked, nor sent, for an adult', () => {
    const adult = apply(filledAdult(), change({ guardianAgreed: true }));
    expect(needsGuardianConsent(adult.values, TODAY)).toBe(false);
    expect(toCardApplication(adult.values, TODAY)?.guardianConsent).toBeUndefined();
  });

  it('uses the picked birthday for documents other than the resident ID card', () => {
    const passport = apply(
      initialCardFormState('child'),
      change({ idType: '03', idNumber: 'E12345678', birthDate: '2020-01-01' }),
    );
    expect(needsGuardianConsent(passport.values, TODAY)).toBe(true);
  });
});

describe('toCardApplication', () => {
  it('sends exactly the contract fields, trimmed, without an empty address', () => {
    const state = apply(filledAdult(), change({ name: ' 王建国 ', address: '  ' }));
    expect(toCardApplication(state.values, TODAY)).toEqual({
      name: '王建国',
      gender: 'male',
      nation: '01',
      birthDate: '1985-06-15',
      idType: '01',
      idNumber: ADULT_MALE,
      phone: '13912345678',
      smsCode: '123456',
      relation: 'self',
    });
  });

  it('is null while any field has a problem', () => {
    expect(toCardApplication(apply(filledAdult(), change({ smsCode: '123' })).values, TODAY)).toBeNull();
    expect(toCardApplication(apply(filledAdult(), change({ relation: '' })).values, TODAY)).toBeNull();
  });

  it('never sends twice at once', () => {
    expect(canSubmitCardForm(filledAdult().values, TODAY, true)).toBe(false);
  });
});
