import { a11yProps, choiceA11y, choiceGroupA11y } from '../src/lib/a11y';

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

  it('states a disclosure as open or not on H5', () => {
    expect(a11yProps({ role: 'button', expanded: false }, 'h5')).toEqual({
      role: 'button',
      'aria-expanded': 'false',
    });
  });

  it('states a tab as selected or not on H5', () => {
    expect(a11yProps({ role: 'tab', selected: true }, 'h5')).toEqual({
      role: 'tab',
      'aria-selected': 'true',
    });
  });
});

describe('choice chips', () => {
  it('makes filter chips toggle buttons whose label says which is chosen', () => {
    expect(choiceA11y('filter', '检验', true)).toEqual({
      role: 'button',
      label: '检验，已选',
      focusable: true,
      pressed: true,
    });
    expect(choiceA11y('filter', '检查', false)).toMatchObject({ label: '检查', pressed: false });
  });

  it('makes segments tabs in a tablist', () => {
    expect(choiceA11y('tabs', '历史预约', false)).toEqual({
      role: 'tab',
      label: '历史预约',
      focusable: true,
      selected: false,
    });
    expect(a11yProps(choiceA11y('tabs', '即将就诊', true), 'h5')).toEqual({
      role: 'tab',
      'aria-label': '即将就诊，已选',
      tabindex: '0',
      'aria-selected': 'true',
    });
    expect(choiceGroupA11y('tabs', '预约分类')).toEqual({ role: 'tablist', label: '预约分类' });
    expect(choiceGroupA11y('filter', '按医院筛选')).toEqual({ role: 'group', label: '按医院筛选' });
  });

  it('gives WeChat the role and the spoken state in the label', () => {
    expect(a11yProps(choiceA11y('tabs', '候补', true), 'weapp')).toEqual({
      ariaRole: 'tab',
      ariaLabel: '候补，已选',
    });
  });
});
