// The time left to pay a held slot (锁号). Counted from the platform's `expiresAt` rather than by ticks, so
// a paused timer (the app in the background, the WeChat Pay sheet open) never shows more time than there is.
import { secondsLeft } from './countdown';

export interface HoldTimeLeft {
  seconds: number;
  /** `09:58` */
  clockText: string;
  expired: boolean;
  /** What the checkout page says above the pay button. */
  message: string;
}

export function holdTimeLeft(expiresAt: string, nowMs: number): HoldTimeLeft {
  const endsAt = Date.parse(expiresAt);
  const seconds = Number.isNaN(endsAt) ? 0 : secondsLeft(endsAt, nowMs);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const clockText = `${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
  const expired = seconds === 0;
  return {
    seconds,
    clockText,
    expired,
    message: expired
      ? '锁号已超时，号源已释放，请重新选择时段'
      : // In words: `10:00` alone reads like a time of day (pay by ten o'clock).
        `号源已为您保留，请在 ${minutes} 分 ${String(rest).padStart(2, '0')} 秒内完成支付`,
  };
}
