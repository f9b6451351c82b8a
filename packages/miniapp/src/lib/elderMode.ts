// Elder mode (关怀模式): whether the big-text, big-target layout is on. The resident's own choice wins;
// without one it follows WeChat's font size, since a resident who enlarged the font in WeChat already told
// us the normal layout is too small for them.

/** What the resident chose in 我的: on, off, or follow the system font size (nothing stored). */
export type ElderModeSetting = 'on' | 'off' | 'auto';

/** The two fields of wx.getSystemInfoSync() that tell the font scale; older clients have only one. */
export interface FontScaleInfo {
  fontSizeScaleFactor?: unknown;
  fontSizeSetting?: unknown;
}

/** WeChat's default font size setting in px (标准); anything bigger is an enlarged font. */
export const DEFAULT_FONT_SIZE_SETTING = 17;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * True when WeChat reports an enlarged font. The scale factor is the newer, direct answer, so it decides
 * when present; otherwise the font size setting (px) does.
 */
export function systemPrefersLargeText(info: FontScaleInfo | undefined): boolean {
  if (!info) return false;
  if (isNumber(info.fontSizeScaleFactor)) return info.fontSizeScaleFactor > 1;
  if (isNumber(info.fontSizeSetting)) return info.fontSizeSetting > DEFAULT_FONT_SIZE_SETTING;
  return false;
}

/** The stored value ('on' | 'off'); anything else (absent, damaged) means automatic. */
export function parseElderModeSetting(stored: unknown): ElderModeSetting {
  return stored === 'on' || stored === 'off' ? stored : 'auto';
}

export interface ElderModeState {
  enabled: boolean;
  /** True when no choice is stored and the system font size decides. */
  automatic: boolean;
  /** What the system font size alone would decide (shown next to the switch). */
  systemLargeText: boolean;
}

export function elderModeState(setting: ElderModeSetting, systemLargeText: boolean): ElderModeState {
  if (setting === 'auto') return { enabled: systemLargeText, automatic: true, systemLargeText };
  return { enabled: setting === 'on', automatic: false, systemLargeText };
}

/** The switch's explanation under 关怀模式, in words (the switch's colour is never the only cue). */
export function elderModeHint(state: ElderModeState): string {
  if (state.automatic) {
    return state.systemLargeText
      ? '已跟随微信字号自动开启：字更大，按钮更大'
      : '跟随微信字号：放大字号后自动开启';
  }
  return state.enabled ? '已开启：字更大，按钮更大' : '已关闭';
}
