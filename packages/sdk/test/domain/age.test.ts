import { ageOn, isMinorOn } from '../../src/domain/age';

describe('ageOn', () => {
  it.each([
    ['2012-11-23', '2026-11-23', 14], // the 14th birthday
    ['2012-11-24', '2026-11-23', 13], // the day before it
    ['2012-11-22', '2026-11-23', 14],
    ['1990-03-07', '2026-11-23', 36],
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-24', '2026-11-23', -1], // not born yet
    ['2012-02-29', '2026-02-28', 13], // leap-day baby in a common year...
    ['2012-02-29', '2026-03-01', 14], // ...a year older on 1 March
    ['2012-02-29', '2028-02-29', 16],
  ])('born %s, on %s: %i', (birthDate, date, age) => expect(ageOn(birthDate, date)).toBe(age));

  it('reads epoch ms in Asia/Shanghai', () => {
    // 2026-11-22T16:00:00Z is 2026-11-23 00:00 in Shanghai: the 14th birthday has begun there.
    expect(ageOn('2012-11-23', Date.UTC(2026, 10, 22, 16))).toBe(14);
    expect(ageOn('2012-11-23', Date.UTC(2026, 10, 22, 15, 59))).toBe(13);
  });

  it('refuses what is not a date', () => {
    expect(() => ageOn('2012-02-30', '2026-11-23')).toThrow(RangeError);
    expect(() => ageOn('2012-11-23', '23/11/2026')).toThrow(RangeError);
  });
});

describe('isMinorOn', () => {
  it.each([
    ['2012-11-24', '2026-11-23', true],
    ['2012-11-23', '2026-11-23', false],
    ['2026-01-01', '2026-11-23', true],
    ['1990-03-07', '2026-11-23', false],
  ])('born %s, on %s: %s', (birthDate, date, minor) => expect(isMinorOn(birthDate, date)).toBe(minor));
});
