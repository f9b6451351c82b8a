import { resendButtonLabel, resendWaitFor, secondsLeft } from '../src/lib/countdown';

describe('secondsLeft', () => {
  const start = 1_000_000;

  it('is 0 when no countdown runs', () => {
    expect(secondsLeft(null, start)).toBe(0);
  });

  it('counts whole seconds up, so the button never unlocks early', () => {
    const endsAt = start + 60_000;
    expect(secondsLeft(endsAt, start)).toBe(60);
    expect(secondsLeft(endsAt, start + 1)).toBe(60);
    expect(secondsLeft(endsAt, start + 1_000)).toBe(59);
    expect(secondsLeft(endsAt, start + 59_001)).toBe(1);
    expect(secondsLeft(endsAt, start + 60_000)).toBe(0);
  });

  it('is 0, not negative, after a long pause (the app was in the background)', () => {
    expect(secondsLeft(start + 60_000, start + 600_000)).toBe(0);
  });
});

describe('resendButtonLabel', () => {
  it('says what the button does now', () => {
    expect(resendButtonLabel(0, false)).toBe('获取验证码');
    expect(resendButtonLabel(42, false)).toBe('42 秒后重新获取');
    expect(resendButtonLabel(0, true)).toBe('发送中…');
  });
});

describe('resendWaitFor', () => {
  it('holds back only the phone the code went to', () => {
    expect(resendWaitFor('13912345678', '13912345678', 42)).toBe(42);
    expect(resendWaitFor('13800001111', '13912345678', 42)).toBe(0);
    expect(resendWaitFor('13912345678', null, 0)).toBe(0);
  });
});
