import { clockTimeText, releaseText, shortDateText, visitDateText } from '../src/lib/bookingDates';

describe('booking dates', () => {
  it('reads dates with the weekday, and times at the Shanghai clock whatever the offset written', () => {
    expect(visitDateText('2026-11-23')).toBe('11月23日 周一');
    expect(visitDateText('2027-01-01')).toBe('1月1日 周五');
    expect(shortDateText('2026-11-23')).toBe('11-23');
    expect(clockTimeText('2026-11-22T23:30:00Z')).toBe('07:30');
    expect(clockTimeText('not a time')).toBe('');
  });

  it('says when a day is released: the time today, else with its date', () => {
    expect(releaseText('2026-11-23T07:00:00+08:00', '2026-11-23')).toBe('07:00放号');
    expect(releaseText('2026-11-24T15:00:00+08:00', '2026-11-23')).toBe('11月24日 15:00放号');
    expect(releaseText(undefined, '2026-11-23')).toBe('');
  });
});
