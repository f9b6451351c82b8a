// One-time SMS codes (短信验证码): six digits, valid 5 minutes, one per phone per 60 seconds, burnt after
// 5 wrong tries. Nothing is really sent; tests read the code with `lastCode`, and the standalone server
// prints it (with the phone masked).
import { isMobilePhone, maskPhone } from '@yika/sdk/domain';
import type { MockClock } from '../clock';
import type { SmsCodeSent } from '../contract/wire';
import { PlatformError } from './errors';
import { randomDigits } from './secrets';

export const SMS_CODE_TTL_SECONDS = 5 * 60;
export const SMS_RESEND_AFTER_SECONDS = 60;
export const SMS_MAX_WRONG_TRIES = 5;

interface PendingCode {
  code: string;
  sentAtMs: number;
  expiresAtMs: number;
  wrongTries: number;
}

export type SmsListener = (message: { maskedPhone: string; code: string }) => void;

export class SmsDesk {
  private readonly pending = new Map<string, PendingCode>();
  private readonly lastSentAt = new Map<string, number>();
  private readonly lastCodes = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<SmsListener>();

  constructor(private readonly clock: MockClock) {}

  send(phone: string): SmsCodeSent {
    if (!isMobilePhone(phone)) throw new PlatformError('INVALID_PHONE');
    const now = this.clock.now();
    const last = this.lastSentAt.get(phone);
    const waitMs = last === undefined ? 0 : last + SMS_RESEND_AFTER_SECONDS * 1000 - now;
    if (waitMs > 0) {
      throw new PlatformError('SMS_RATE_LIMITED', { retryAfterSeconds: Math.ceil(waitMs / 1000) });
    }
    const code = randomDigits(6);
    this.pending.set(phone, {
      code,
      sentAtMs: now,
      expiresAtMs: now + SMS_CODE_TTL_SECONDS * 1000,
      wrongTries: 0,
    });
    this.lastSentAt.set(phone, now);
    this.lastCodes.set(phone, code);
    this.counts.set(phone, (this.counts.get(phone) ?? 0) + 1);
    const maskedPhone = maskPhone(phone);
    for (const listener of this.listeners) listener({ maskedPhone, code });
    return {
      expiresInSeconds: SMS_CODE_TTL_SECONDS,
      resendAfterSeconds: SMS_RESEND_AFTER_SECONDS,
      maskedPhone,
    };
  }

  /** Spends the phone's code; a wrong, expired, burnt or missing code is INVALID_SMS_CODE. */
  verify(phone: string, code: string): void {
    const pending = this.pending.get(phone);
    if (!pending || pending.expiresAtMs <= this.clock.now()) {
      this.pending.delete(phone);
      throw new PlatformError('INVALID_SMS_CODE');
    }
    if (pending.code !== code) {
      pending.wrongTries += 1;
      if (pending.wrongTries >= SMS_MAX_WRONG_TRIES) this.pending.delete(phone);
      throw new PlatformError('INVALID_SMS_CODE');
    }
    this.pending.delete(phone);
  }

  /** The last code sent to the phone (used or not), for tests and the control API. */
  lastCode(phone: string): string | undefined {
    return this.lastCodes.get(phone);
  }

  /** How many codes were sent to the phone, or to all phones. */
  sentCount(phone?: string): number {
    if (phone !== undefined) return this.counts.get(phone) ?? 0;
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  onSent(listener: SmsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
