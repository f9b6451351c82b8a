import Taro from '@tarojs/taro';
import {
  elderModeState,
  parseElderModeSetting,
  systemPrefersLargeText,
  type ElderModeSetting,
  type ElderModeState,
  type FontScaleInfo,
} from '../lib/elderMode';

// The one elder-mode (关怀模式) state of the app. Every page's <Page> subscribes to it, so a change on 我的
// applies at once to every page, including the ones kept alive below it in the page stack.

/** Taro storage key: 'on' | 'off'; absent means automatic (follow WeChat's font size). */
export const ELDER_MODE_STORAGE_KEY = 'yika.elderMode';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: ElderModeState | undefined;

function readSetting(): ElderModeSetting {
  try {
    return parseElderModeSetting(Taro.getStorageSync(ELDER_MODE_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

function readSystemLargeText(): boolean {
  try {
    // H5 has neither field (automatic stays off there); WeChat has one or both depending on its version.
    return systemPrefersLargeText(Taro.getSystemInfoSync() as FontScaleInfo);
  } catch {
    return false;
  }
}

function publish(next: ElderModeState): void {
  const previous = current;
  current = next;
  if (previous && previous.enabled === next.enabled && previous.automatic === next.automatic) {
    if (previous.systemLargeText === next.systemLargeText) return;
  }
  listeners.forEach((listener) => listener());
}

/** The state now; the same object until it changes (useSyncExternalStore relies on that). */
export function getElderMode(): ElderModeState {
  if (!current) current = elderModeState(readSetting(), readSystemLargeText());
  return current;
}

/** Stores the resident's choice ('auto' forgets it) and applies it everywhere. */
export function setElderMode(setting: ElderModeSetting): void {
  try {
    if (setting === 'auto') Taro.removeStorageSync(ELDER_MODE_STORAGE_KEY);
    else Taro.setStorageSync(ELDER_MODE_STORAGE_KEY, setting);
  } catch {
    // Storage full or unavailable: the choice still applies for this session.
  }
  publish(elderModeState(setting, getElderMode().systemLargeText));
}

/** Reads WeChat's font size again: the resident may have changed it while the app was in the background. */
export function refreshSystemFontScale(): void {
  publish(elderModeState(readSetting(), readSystemLargeText()));
}

export function subscribeElderMode(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
