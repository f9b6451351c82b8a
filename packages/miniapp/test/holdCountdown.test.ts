import { holdTimeLeft } from '../src/lib/holdCountdown';

const EXPIRES_AT = '2026-11-22T09:10:00+08:00';
const expiresMs = Date.parse(EXPIRES_AT);

describe('holdTimeLeft', () => {
  it('counts minutes and seconds down to the platform expiry', () => {
    expect(holdTimeLeft(EXPIRES_AT, expiresMs - 600_000)).toMatchObject({
      seconds: 600,
      clockText: '10:00',
      expired: false,
    });
    expect(holdTimeLeft(EXPIRES_AT, expiresMs - 62_500)).toMatchObject({ seconds: 63, clockText: '01:03' });
    expect(holdTimeLeft(EXPIRES_AT, expiresMs - 62_500).message).toBe(
      '号源已为您保留，请在 1 分 03 秒内完成支付',
    );
  });

  it('never shows time once expired, however late the timer fires', () => {
    for (const now of [expiresMs, expiresMs + 1, expiresMs + 3_600_000]) {
      expect(holdTimeLeft(EXPIRES_AT, now)).toMatchObject({ seconds: 0, clockText: '00:00', expired: true });
    }
    expect(holdTimeLeft(EXPIRES_AT, expiresMs).message).toContain('锁号已超时');
  });

  it('counts from the instant, whatever offset the platform writes it in', () => {
    expect(holdTimeLeft('2026-11-22T01:10:00Z', expiresMs - 30_000).seconds).toBe(30);
  });

  it('treats an unreadable expiry as expired rather than as endless', () => {
    expect(holdTimeLeft('not a time', expiresMs).expired).toBe(true);
  });
});
