import Taro from '@tarojs/taro';
import { useEffect } from 'react';

const isWeapp = process.env.TARO_ENV === 'weapp';

/** Scanners at hospital windows read a bright screen best; how bright the screen goes while a code shows. */
const CODE_BRIGHTNESS = 1;

/**
 * In WeChat, turns the screen brightness up while `active` (the code page is shown) and restores the
 * resident's own brightness when it is hidden or closed. Browsers cannot set brightness: the page asks
 * the resident to instead (请调高屏幕亮度).
 */
export function useScreenBrightness(active: boolean): void {
  useEffect(() => {
    if (!isWeapp || !active) return undefined;
    let cancelled = false;
    let saved: number | null = null;
    Taro.getScreenBrightness()
      .then(({ value }) => {
        if (cancelled) return undefined;
        saved = value;
        return Taro.setScreenBrightness({ value: Math.max(value, CODE_BRIGHTNESS) });
      })
      .catch(() => undefined); // Not allowed on this device: the hint on the page still says what to do.
    return () => {
      cancelled = true;
      if (saved !== null) void Taro.setScreenBrightness({ value: saved }).catch(() => undefined);
    };
  }, [active]);
}
