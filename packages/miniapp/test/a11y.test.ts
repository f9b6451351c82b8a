import { a11yProps } from '../src/lib/a11y';

describe('a11yProps', () => {
  it('speaks ARIA to browsers on H5', () => {
    expect(a11yProps({ role: 'button', label: '重试', focusable: true, pressed: false }, 'h5')).toEqual({
      role: 'button',
      'aria-label': '重试',
      tabindex: '0',
      'aria-pressed': 'false',
    });
  });

  it('takes a disabled control out of the tab order on H5', () => {
    expect(a11yProps({ role: 'button', focusable: true, disabled: true }, 'h5')).toEqual({
      role: 'button',
      'aria-disabled': 'true',
    });
  });

  it('states a checkbox as checked or not on H5', () => {
    expect(a11yProps({ role: 'checkbox', checked: false }, 'h5')).toEqual({
      role: 'checkbox',
      'aria-checked': 'false',
    });
  });

  it("uses WeChat's aria-role / aria-label props in the mini-program", () => {
    expect(a11yProps({ role: 'button', label: '重试', focusable: true }, 'weapp')).toEqual({
      ariaRole: 'button',
      ariaLabel: '重试',
    });
  });
});
