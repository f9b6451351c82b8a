import type { AvailabilityDay } from '@yika/sdk';
import { buildDateStrip, initialDate, resolveSelectedDate } from '../src/lib/dateStrip';

// 2026-11-23 is a Monday.
const calendar: AvailabilityDay[] = [
  { date: '2026-11-23', status: 'full', remaining: 0 },
  { date: '2026-11-24', status: 'available', remaining: 12 },
  { date: '2026-11-25', status: 'none', remaining: 0 },
  { date: '2026-11-26', status: 'not_released', remaining: 0, releaseAt: '2026-11-22T23:00:00Z' },
];

describe('buildDateStrip', () => {
  const strip = buildDateStrip(calendar, '2026-11-23');

  it('names today and tomorrow, then the weekday; every day keeps its 周X', () => {
    expect(strip.map((item) => item.dayName)).toEqual(['今天', '明天', '周三', '周四']);
    expect(strip.map((item) => item.weekday)).toEqual(['周一', '周二', '周三', '周四']);
    expect(strip.map((item) => item.shortDate)).toEqual(['11-23', '11-24', '11-25', '11-26']);
  });

  it('says the availability in words, with what remains or when it opens', () => {
    expect(strip.map((item) => item.statusText)).toEqual(['约满', '有号', '无排班', '未放号']);
    // The release time is read at its Shanghai clock time although written in UTC.
    expect(strip.map((item) => item.detailText)).toEqual(['余0', '余12', '', '07:00放号']);
  });

  it('gives screen readers the date, the day, the status and the count', () => {
    expect(strip[0]?.label).toBe('11月23日 周一，今天，约满，余0');
    expect(strip[1]?.label).toBe('11月24日 周二，明天，有号，剩余12个号');
    expect(strip[2]?.label).toBe('11月25日 周三，无排班');
  });

  it('names no day 今天 when the calendar does not start today', () => {
    const later = buildDateStrip(calendar.slice(1), '2026-11-23');
    expect(later.map((item) => item.dayName)).toEqual(['周二', '周三', '周四']);
  });

  it('names the date of a release that is not today', () => {
    const [item] = buildDateStrip(
      [{ date: '2026-12-06', status: 'not_released', remaining: 0, releaseAt: '2026-11-24T07:00:00+08:00' }],
      '2026-11-23',
    );
    expect(item?.detailText).toBe('11月24日 07:00放号');
  });
});

describe('choosing the day', () => {
  it('starts on the first day with free slots, else the first day, and has none for an empty calendar', () => {
    expect(initialDate(calendar)).toBe('2026-11-24');
    expect(initialDate(calendar.filter((day) => day.status !== 'available'))).toBe('2026-11-23');
    expect(initialDate([])).toBeNull();
  });

  it("keeps the resident's choice while the calendar has it, else falls back to the initial day", () => {
    expect(resolveSelectedDate(calendar, '2026-11-25')).toBe('2026-11-25');
    expect(resolveSelectedDate(calendar, '2026-11-20')).toBe('2026-11-24');
    expect(resolveSelectedDate(calendar, null)).toBe('2026-11-24');
    expect(resolveSelectedDate(undefined, '2026-11-25')).toBeNull();
  });
});
