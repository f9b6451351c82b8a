// One-time SMS codes (短信验证码): six digits, valid 5 minutes, one per phone and purpose per 60 seconds,
// burnt after 5 wrong tries. A code is sent for a purpose (`login` signs in, `card` proves the phone of a
// card application) and only works for it. The rate limit is per purpose too, so a resident who has just
// signed in by SMS can apply for a card at once. Nothing is really sent; tests read the code with
// `lastCode`, and the standalone server prints it (with the phone masked).
import { isMobilePhone, maskPhone } from '@yika/sdk/domain';
import type { MockClock } from '../clock';
import type { SmsCodeSent, SmsPurpose } from '../contract/wire';
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

export type SmsListener = (message: { maskedPhone: string; code: string; purpose: SmsPurpose }) => void;

const slot = (phone: string, purpose: SmsPurpose): string => `${purpose}:${phone}`;

export class SmsDesk {
  private readonly pending = new Map<string, PendingCode>();
  private readonly lastSentAt = new Map<string, number>();
  private readonly lastCodes = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<SmsListener>();

  constructor(private readonly clock: MockClock) {}

  send(phone: string, purpose: SmsPurpose = 'login'): SmsCodeSent {
    if (!isMobilePhone(phone)) throw new PlatformError('INVALID_PHONE');
    const now = this.clock.now();
    const key = slot(phone, purpose);
    const last = this.lastSentAt.get(key);
    const waitMs = last === undefined ? 0 : last + SMS_RESEND_AFTER_SECONDS * 1000 - now;
    if (waitMs > 0) {
      throw new PlatformError('SMS_RATE_LIMITED', { retryAfterSeconds: Math.ceil(waitMs / 1000) });
    }
    const code = randomDigits(6);
    this.pending.set(key, {
      code,
      sentAtMs: now,
      expiresAtMs: now + SMS_CODE_TTL_SECONDS * 1000,
      wrongTries: 0,
    });
    this.lastSentAt.set(key, now);
    this.lastCodes.set(phone, code);
    this.lastCodes.set(key, code);
    this.counts.set(phone, (this.counts.get(phone) ?? 0) + 1);
    const maskedPhone = maskPhone(phone);
    for (const listener of this.listeners) listener({ maskedPhone, code, purpose });
    return {
      expiresInSeconds: SMS_CODE_TTL_SECONDS,
      resendAfterSeconds: SMS_RESEND_AFTER_SECONDS,
      maskedPhone,
    };
  }

  /** Spends the phone's code for `purpose`; a wrong, expired, burnt or missing code is INVALID_SMS_CODE. */
  verify(phone: string, code: string, purpose: SmsPurpose = 'login'): void {
    this.check(phone, code, purpose)();
  }

  /**
   * Checks the code without spending it and returns the function that spends it. A card application
   * checks the code before its conflict rules and spends it only once it succeeds, so a refused
   * application leaves the resident's code usable. Wrong tries still count (that is the brute-force guard).
   */
  check(phone: string, code: string, purpose: SmsPurpose): () => void {
    const key = slot(phone, purpose);
    const pending = this.pending.get(key);
    if (!pending || pending.expiresAtMs <= this.clock.now()) {
      this.pending.delete(key);
      throw new PlatformError('INVALID_SMS_CODE');
    }
    if (pending.code !== code) {
      pending.wrongTries += 1;
      if (pending.wrongTries >= SMS_MAX_WRONG_TRIES) this.pending.delete(key);
      throw new PlatformError('INVALID_SMS_CODE');
    }
    return () => {
      if (this.pending.get(key) === pending) this.pending.delete(key);
    };
  }

  /** The last code sent to the phone (for `purpose`, or any), used or not: for tests and the control API. */
  lastCode(phone: string, purpose?: SmsPurpose): string | undefined {
    return this.lastCodes.get(purpose === undefined ? phone : slot(phone, purpose));
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
