import {
  addDays,
  isCalendarDate,
  shanghaiDate,
  shanghaiStartOfDay,
  toShanghaiIso,
} from '../../src/domain/time';

describe('Asia/Shanghai dates', () => {
  it('formats an instant with a fixed +08:00 offset', () => {
    expect(toShanghaiIso(Date.UTC(2026, 10, 23, 0, 0, 0))).toBe('2026-11-23T08:00:00+08:00');
    expect(toShanghaiIso(Date.UTC(2026, 10, 23, 16, 30, 5))).toBe('2026-11-24T00:30:05+08:00');
    // Summer, when a DST-observing zone would shift: Shanghai does not.
    expect(toShanghaiIso(Date.UTC(2026, 6, 1, 12))).toBe('2026-07-01T20:00:00+08:00');
  });

  it('takes the calendar date in Shanghai, not in UTC or the machine zone', () => {
    expect(shanghaiDate(Date.UTC(2026, 10, 22, 15, 59, 59))).toBe('2026-11-22');
    expect(shanghaiDate(Date.UTC(2026, 10, 22, 16, 0, 0))).toBe('2026-11-23');
    expect(shanghaiDate(Date.UTC(2026, 11, 31, 16))).toBe('2027-01-01');
  });

  it('finds 00:00 Shanghai of a date', () => {
    expect(shanghaiStartOfDay('2026-11-23')).toBe(Date.UTC(2026, 10, 22, 16));
    expect(toShanghaiIso(shanghaiStartOfDay('2026-11-23'))).toBe('2026-11-23T00:00:00+08:00');
  });

  it.each([
    ['2026-11-23', 1, '2026-11-24'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-23', 14, '2026-12-07'],
    ['2026-11-23', 0, '2026-11-23'],
  ])('addDays(%s, %d) -> %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it('refuses what is not a calendar date', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-11-23', 1.5)).toThrow(RangeError);
    expect(() => toShanghaiIso(Number.NaN)).toThrow(RangeError);
  });
});
