import {
  canRequestSmsCode,
  canSubmitSmsSignIn,
  digitsOnly,
  isSmsCode,
  phoneFieldError,
} from '../src/lib/signInForm';

describe('digitsOnly', () => {
  it('keeps the digits of a pasted number and cuts at the length', () => {
    expect(digitsOnly('138 1234-5678', 11)).toBe('13812345678');
    expect(digitsOnly('1381234567899', 11)).toBe('13812345678');
    expect(digitsOnly('12a3456', 6)).toBe('123456');
  });
});

describe('phoneFieldError', () => {
  it('stays quiet while the resident is still typing', () => {
    expect(phoneFieldError('', false)).toBeNull();
    expect(phoneFieldError('138', false)).toBeNull();
  });

  it('asks for the number once the field was left incomplete', () => {
    expect(phoneFieldError('', true)).toBe('请输入手机号');
    expect(phoneFieldError('138123', true)).toBe('手机号应为 11 位数字');
  });

  it('flags 11 digits that are not a mobile number at once', () => {
    expect(phoneFieldError('12345678901', false)).toBe('请输入正确的手机号');
    expect(phoneFieldError('13812345678', true)).toBeNull();
  });
});

describe('isSmsCode', () => {
  it('accepts exactly six digits', () => {
    expect(isSmsCode('123456')).toBe(true);
    expect(isSmsCode('12345')).toBe(false);
    expect(isSmsCode('1234567')).toBe(false);
    expect(isSmsCode('12345a')).toBe(false);
  });
});

describe('canRequestSmsCode', () => {
  const phone = '13812345678';
  it('needs a valid phone, no countdown and no request in flight', () => {
    expect(canRequestSmsCode({ phone, resendSecondsLeft: 0, sending: false })).toBe(true);
    expect(canRequestSmsCode({ phone: '1381234567', resendSecondsLeft: 0, sending: false })).toBe(false);
    expect(canRequestSmsCode({ phone, resendSecondsLeft: 12, sending: false })).toBe(false);
    expect(canRequestSmsCode({ phone, resendSecondsLeft: 0, sending: true })).toBe(false);
  });
});

describe('canSubmitSmsSignIn', () => {
  it('needs a valid phone and a six-digit code, once', () => {
    expect(canSubmitSmsSignIn({ phone: '13812345678', code: '123456', submitting: false })).toBe(true);
    expect(canSubmitSmsSignIn({ phone: '13812345678', code: '12345', submitting: false })).toBe(false);
    expect(canSubmitSmsSignIn({ phone: '23812345678', code: '123456', submitting: false })).toBe(false);
    expect(canSubmitSmsSignIn({ phone: '13812345678', code: '123456', submitting: true })).toBe(false);
  });
});
