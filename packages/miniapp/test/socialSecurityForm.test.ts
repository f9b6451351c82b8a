import {
  isSocialSecurityNumber,
  normaliseSocialSecurityNumber,
  SOCIAL_SECURITY_INPUT_MAX_LENGTH,
  SOCIAL_SECURITY_NUMBER_MAX_LENGTH,
  socialSecurityNumberError,
} from '../src/lib/socialSecurityForm';

describe('normaliseSocialSecurityNumber', () => {
  it('upper-cases letters as they are typed', () => {
    expect(normaliseSocialSecurityNumber('h1234567a')).toBe('H1234567A');
  });

  it('drops the spaces and dashes of a pasted or grouped number', () => {
    expect(normaliseSocialSecurityNumber(' 1101 0519-8506 1512 36 ')).toBe('110105198506151236');
  });

  it('turns full-width letters and digits from a Chinese keyboard into half-width ones', () => {
    expect(normaliseSocialSecurityNumber('ｈ１２３４５６７８')).toBe('H12345678');
    expect(normaliseSocialSecurityNumber('Ａ１２３　４５６７８')).toBe('A12345678');
  });

  it('keeps characters that do not belong, so the message can point at them', () => {
    expect(normaliseSocialSecurityNumber('H1234567号')).toBe('H1234567号');
    expect(normaliseSocialSecurityNumber('H1234_5678')).toBe('H1234_5678');
  });
});

describe('isSocialSecurityNumber (the contract: ^[0-9A-Z]{9,20}$)', () => {
  it('accepts 9 to 20 upper-case letters and digits', () => {
    expect(isSocialSecurityNumber('H12345678')).toBe(true);
    expect(isSocialSecurityNumber('110105198506151236')).toBe(true);
    expect(isSocialSecurityNumber('A'.repeat(20))).toBe(true);
  });

  it('refuses a short, long, lower-case or punctuated number', () => {
    expect(isSocialSecurityNumber('H1234567')).toBe(false);
    expect(isSocialSecurityNumber('A'.repeat(21))).toBe(false);
    expect(isSocialSecurityNumber('h12345678')).toBe(false);
    expect(isSocialSecurityNumber('H1234-5678')).toBe(false);
    expect(isSocialSecurityNumber('')).toBe(false);
  });
});

describe('socialSecurityNumberError', () => {
  it('stays quiet while a number is still being typed', () => {
    expect(socialSecurityNumberError('', false)).toBeNull();
    expect(socialSecurityNumberError('H123', false)).toBeNull();
  });

  it('asks for the number, or for its length, once the field was left or submitted', () => {
    expect(socialSecurityNumberError('', true)).toBe('请输入社保卡号');
    expect(socialSecurityNumberError('H123', true)).toBe('社保卡号应为 9 到 20 位数字或字母');
  });

  it('says at once when a character does not belong or the number is already too long', () => {
    expect(socialSecurityNumberError('H1234号', false)).toBe(
      '社保卡号只能包含数字和英文字母，请核对后重新输入',
    );
    expect(socialSecurityNumberError('1'.repeat(SOCIAL_SECURITY_NUMBER_MAX_LENGTH + 1), false)).toBe(
      '社保卡号应为 9 到 20 位数字或字母',
    );
  });

  it('has nothing to say about a valid number', () => {
    expect(socialSecurityNumberError('H12345678', true)).toBeNull();
    expect(socialSecurityNumberError('110105198506151236', false)).toBeNull();
  });

  it('lets the input take a grouped paste longer than the number itself', () => {
    const pasted = '1101 0519 8506 1512 36';
    expect(pasted.length).toBeGreaterThan(SOCIAL_SECURITY_NUMBER_MAX_LENGTH);
    expect(pasted.length).toBeLessThanOrEqual(SOCIAL_SECURITY_INPUT_MAX_LENGTH);
    expect(socialSecurityNumberError(normaliseSocialSecurityNumber(pasted), true)).toBeNull();
  });
});
