import { formatShanghaiDateTime, formatSlotTime, weekdayName } from '../../src/domain/clinic-time';

describe('formatSlotTime', () => {
  it.each([
    ['2026-11-23T08:00:00+08:00', '2026-11-23T08:30:00+08:00', '08:00-08:30'],
    ['2026-11-23T13:30:00+08:00', '2026-11-23T13:45:00+08:00', '13:30-13:45'],
    ['2026-11-23T20:40:00+08:00', '2026-11-23T21:00:00+08:00', '20:40-21:00'],
    ['2026-11-23T23:30:00+08:00', '2026-11-24T00:00:00+08:00', '23:30-00:00'],
    // The same instants written in UTC or with fractions still read as Shanghai clock time.
    ['2026-11-23T00:00:00Z', '2026-11-23T00:30:00.000Z', '08:00-08:30'],
    ['2026-11-22T16:00:00+00:00', '2026-11-22T16:20:00+00:00', '00:00-00:20'],
    ['1969-12-31T23:00:00Z', '1969-12-31T23:30:00Z', '07:00-07:30'],
  ])('%s .. %s -> %s', (start, end, expected) => expect(formatSlotTime(start, end)).toBe(expected));

  it('refuses what is not a timestamp', () => {
    expect(() => formatSlotTime('08:00', '2026-11-23T08:30:00+08:00')).toThrow(RangeError);
    expect(() => formatSlotTime('2026-11-23T08:00:00+08:00', '')).toThrow(RangeError);
  });
});

describe('weekdayName', () => {
  it.each([
    ['2026-11-22', '周日'],
    ['2026-11-23', '周一'],
    ['2026-11-24', '周二'],
    ['2026-11-25', '周三'],
    ['2026-11-26', '周四'],
    ['2026-11-27', '周五'],
    ['2026-11-28', '周六'],
    ['2024-02-29', '周四'],
    ['2027-01-01', '周五'],
  ])('%s is %s', (date, expected) => expect(weekdayName(date)).toBe(expected));

  it.each(['2026-02-30', '2026-11-23T08:00:00+08:00', '20261123', ''])('refuses %j', (date) =>
    expect(() => weekdayName(date)).toThrow(RangeError),
  );
});

describe('formatShanghaiDateTime', () => {
  it.each([
    ['2026-11-23T16:00:00+08:00', '11月23日 16:00'],
    ['2026-11-23T08:00:00Z', '11月23日 16:00'],
    // 23:30 UTC on New Year's Eve is already the next day (and year) in Shanghai.
    ['2026-12-31T23:30:00Z', '1月1日 07:30'],
  ])('%s -> %s', (iso, expected) => expect(formatShanghaiDateTime(iso)).toBe(expected));

  it('adds the year on request', () => {
    expect(formatShanghaiDateTime('2026-12-31T23:30:00Z', { withYear: true })).toBe('2027年1月1日 07:30');
  });

  it('refuses what is not a timestamp', () => {
    expect(() => formatShanghaiDateTime('tomorrow')).toThrow(RangeError);
  });
});
