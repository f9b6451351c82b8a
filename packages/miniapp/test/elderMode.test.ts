import {
  elderModeHint,
  elderModeState,
  parseElderModeSetting,
  systemPrefersLargeText,
} from '../src/lib/elderMode';

describe('systemPrefersLargeText', () => {
  it('follows the scale factor when WeChat reports one', () => {
    expect(systemPrefersLargeText({ fontSizeScaleFactor: 1 })).toBe(false);
    expect(systemPrefersLargeText({ fontSizeScaleFactor: 1.15 })).toBe(true);
    expect(systemPrefersLargeText({ fontSizeScaleFactor: 0.9 })).toBe(false);
  });

  it('lets the scale factor decide over the font size setting', () => {
    expect(systemPrefersLargeText({ fontSizeScaleFactor: 1, fontSizeSetting: 20 })).toBe(false);
    expect(systemPrefersLargeText({ fontSizeScaleFactor: 1.3, fontSizeSetting: 17 })).toBe(true);
  });

  it('falls back to the font size setting (px, 17 is standard)', () => {
    expect(systemPrefersLargeText({ fontSizeSetting: 17 })).toBe(false);
    expect(systemPrefersLargeText({ fontSizeSetting: 16 })).toBe(false);
    expect(systemPrefersLargeText({ fontSizeSetting: 20 })).toBe(true);
  });

  it('is off without usable numbers (H5, old clients)', () => {
    expect(systemPrefersLargeText(undefined)).toBe(false);
    expect(systemPrefersLargeText({})).toBe(false);
    expect(systemPrefersLargeText({ fontSizeScaleFactor: '1.5', fontSizeSetting: Number.NaN })).toBe(false);
  });
});

describe('the stored choice', () => {
  it("reads 'on' and 'off'; anything else is automatic", () => {
    expect(parseElderModeSetting('on')).toBe('on');
    expect(parseElderModeSetting('off')).toBe('off');
    expect(parseElderModeSetting('')).toBe('auto');
    expect(parseElderModeSetting(undefined)).toBe('auto');
    expect(parseElderModeSetting('ON')).toBe('auto');
  });

  it('wins over the system font size', () => {
    expect(elderModeState('off', true)).toEqual({ enabled: false, automatic: false, systemLargeText: true });
    expect(elderModeState('on', false)).toEqual({ enabled: true, automatic: false, systemLargeText: false });
  });

  it('follows the system font size when automatic', () => {
    expect(elderModeState('auto', true)).toEqual({ enabled: true, automatic: true, systemLargeText: true });
    expect(elderModeState('auto', false)).toEqual({
      enabled: false,
      automatic: true,
      systemLargeText: false,
    });
  });

  it('says in words what decided', () => {
    expect(elderModeHint(elderModeState('auto', true))).toContain('自动开启');
    expect(elderModeHint(elderModeState('auto', false))).toContain('跟随微信字号');
    expect(elderModeHint(elderModeState('on', false))).toContain('已开启');
    expect(elderModeHint(elderModeState('off', true))).toBe('已关闭');
  });
});
