// The booking side's clock arithmetic is remembered or done in integers rather than through dayjs on
// every request; the answers must stay exactly the SDK's, around every boundary that matters: Shanghai
// midnight (which is 16:00 UTC), the release time, sub-second instants and instants before 1970.
import { addDays, shanghaiDate, shanghaiStartOfDay, toShanghaiIso } from '@yika/sdk/domain';
import { withinBookingHours } from '../src/store/booking/hold-rules';
import {
  atShanghai,
  minutesOfDay,
  shanghaiDayNumber,
  shanghaiIso,
  shanghaiMinuteOfDay,
} from '../src/store/booking/time';
import { bookingWindow } from '../src/store/booking/window';
import { memoise } from '../src/store/memo';

const MINUTE = 60_000;
const MIDNIGHT = Date.parse('2026-11-24T00:00:00+08:00');
const INSTANTS = [
  MIDNIGHT - 1,
  MIDNIGHT,
  MIDNIGHT + 1,
  MIDNIGHT + 999,
  MIDNIGHT + 1000,
  Date.parse('2026-11-23T07:59:59.999+08:00'),
  Date.parse('2026-11-23T08:00:00+08:00'),
  Date.parse('2026-12-31T23:59:59.500+08:00'),
  Date.parse('2027-01-01T00:00:00+08:00'),
  Date.parse('2028-02-29T12:34:56.789+08:00'),
  0,
  -1,
  -500,
  -86_400_001,
];

it('shanghaiIso writes what toShanghaiIso writes, asked twice or once', () => {
  for (const ms of INSTANTS) {
    expect(shanghaiIso(ms)).toBe(toShanghaiIso(ms));
    expect(shanghaiIso(ms)).toBe(toShanghaiIso(ms));
  }
  expect(() => shanghaiIso(Number.NaN)).toThrow(RangeError);
});

it('reads the Shanghai minute of the day and day number without parsing dates', () => {
  for (const ms of INSTANTS) {
    const date = shanghaiDate(ms);
    expect(shanghaiMinuteOfDay(ms)).toBe(Math.floor((ms - shanghaiStartOfDay(date)) / MINUTE));
    // Day numbers change exactly when the Shanghai date does.
    expect(shanghaiDayNumber(ms) === shanghaiDayNumber(ms - 1)).toBe(shanghaiDate(ms - 1) === date);
  }
});

it('keeps booking hours inclusive of the start and exclusive of the end', () => {
  const hours = { start: '07:00', end: '23:00' };
  const at = (hhmm: string, offsetMs = 0) => atShanghai('2026-11-23', minutesOfDay(hhmm)) + offsetMs;
  expect(withinBookingHours(hours, at('07:00', -1))).toBe(false);
  expect(withinBookingHours(hours, at('07:00'))).toBe(true);
  expect(withinBookingHours(hours, at('22:59', 59_999))).toBe(true);
  expect(withinBookingHours(hours, at('23:00'))).toBe(false);
});

describe('bookingWindow, remembered per Shanghai day', () => {
  const rules = { bookingWindowDays: 7, releaseTime: '15:00' };

  it('moves on by a day at Shanghai midnight, not at UTC midnight', () => {
    const before = bookingWindow(rules, MIDNIGHT - 1);
    const after = bookingWindow(rules, MIDNIGHT);
    expect([before.today, before.lastDate]).toEqual(['2026-11-23', '2026-11-29']);
    expect([after.today, after.lastDate]).toEqual(['2026-11-24', '2026-11-30']);
    expect(after.releaseAtMs).toBe(Date.parse('2026-11-24T15:00:00+08:00'));
    const utcMidnight = Date.parse('2026-11-24T00:00:00Z');
    expect(bookingWindow(rules, utcMidnight - 1).today).toBe('2026-11-24');
    expect(bookingWindow(rules, utcMidnight).today).toBe('2026-11-24');
  });

  it('releases the last day at the release time exactly, within one remembered day', () => {
    const releaseAt = Date.parse('2026-11-23T15:00:00+08:00');
    expect(bookingWindow(rules, releaseAt - 1).released('2026-11-29')).toBe(false);
    expect(bookingWindow(rules, releaseAt).released('2026-11-29')).toBe(true);
    expect(bookingWindow(rules, releaseAt - 1).released('2026-11-28')).toBe(true);
    expect(bookingWindow(rules, releaseAt).nowMs).toBe(releaseAt);
  });

  it('keeps hospitals with other rules apart on the same day', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    const other = bookingWindow({ bookingWindowDays: 14, releaseTime: '08:00' }, now);
    expect(other.lastDate).toBe(addDays('2026-11-23', 13));
    expect(other.released(other.lastDate)).toBe(true);
    expect(bookingWindow(rules, now).released(bookingWindow(rules, now).lastDate)).toBe(false);
  });
});

describe('memoise', () => {
  it('computes each key once, starts over when full, and does not keep failures', () => {
    const computed: number[] = [];
    const double = memoise((n: number) => {
      computed.push(n);
      if (n < 0) throw new RangeError('negative');
      return n * 2;
    }, 2);
    expect([double(1), double(1), double(2), double(1)]).toEqual([2, 2, 4, 2]);
    expect(computed).toEqual([1, 2]);
    double(3); // full: starts over
    double(1);
    expect(computed).toEqual([1, 2, 3, 1]);
    expect(() => double(-1)).toThrow(RangeError);
    expect(() => double(-1)).toThrow(RangeError);
    expect(computed.filter((n) => n === -1)).toHaveLength(2);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const nothing = memoise((_: string): undefined => {
      calls++;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
