// The SMS resend countdown, counted from an end time rather than by ticks, so a slow or paused timer
// (the mini-program in the background) never makes it run long.

export const DEFAULT_RESEND_SECONDS = 60;

export function secondsLeft(endsAt: number | null, now: number): number {
  if (endsAt === null) return 0;
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

export function resendButtonLabel(remainingSeconds: number, sending: boolean): string {
  if (sending) return '发送中…';
  return remainingSeconds > 0 ? `${remainingSeconds} 秒后重新获取` : '获取验证码';
}

/**
 * The resend wait that applies to `phone`: the platform limits codes per phone, so a countdown started
 * for one number does not hold back another (a resident told to use the phone on record can ask at once).
 */
export function resendWaitFor(phone: string, sentTo: string | null, remainingSeconds: number): number {
  return phone === sentTo ? remainingSeconds : 0;
}
