import { phoneForDisplay } from '../src/lib/display';

describe('phoneForDisplay', () => {
  it('shows a masked phone from the platform as it is', () => {
    expect(phoneForDisplay('138****5678')).toBe('138****5678');
  });

  it('masks a full number rather than show it', () => {
    expect(phoneForDisplay('13812345678')).toBe('138****5678');
  });

  it('never shows a value of unknown shape', () => {
    expect(phoneForDisplay('+86 138 1234 5678')).toBe('已隐藏');
  });

  it('says so when there is no phone', () => {
    expect(phoneForDisplay(undefined)).toBe('未绑定手机号');
    expect(phoneForDisplay('')).toBe('未绑定手机号');
  });
});
