import { canJoinWaitlist, scheduleNotice, selectedSlot, slotRow, visitSummary } from '../src/lib/slotChoice';
import { scheduleFixture, slotFixture } from './fixtures/booking';

const open = scheduleFixture();

describe('slotRow', () => {
  it('offers a free slot of an open schedule with what remains', () => {
    expect(slotRow(slotFixture(), open)).toEqual({
      id: 'slot-1',
      timeText: '08:00-08:30',
      stateText: '余2',
      selectable: true,
      label: '08:00-08:30，剩余2个号',
    });
  });

  it('says 约满 and cannot be picked when full', () => {
    const row = slotRow(slotFixture({ status: 'full', remaining: 0 }), open);
    expect([row.stateText, row.selectable, row.label]).toEqual(['约满', false, '08:00-08:30，约满']);
  });

  it('says 已过时 for a full slot that has begun by the device clock, still never pickable', () => {
    const startMs = Date.parse('2026-11-23T08:00:00+08:00');
    const full = slotFixture({ status: 'full', remaining: 0 });
    expect(slotRow(full, open, startMs).stateText).toBe('已过时');
    expect(slotRow(full, open, startMs - 1).stateText).toBe('约满');
    // The device clock never hides a slot the platform still offers.
    const free = slotRow(slotFixture(), open, startMs + 60_000);
    expect([free.stateText, free.selectable]).toEqual(['余2', true]);
  });

  it('cannot be picked on a schedule that is not open, even with slots left', () => {
    expect(slotRow(slotFixture(), scheduleFixture({ status: 'stopped' })).selectable).toBe(false);
  });
});

describe('selectedSlot', () => {
  const slots = [slotFixture(), slotFixture({ id: 'slot-2', status: 'full', remaining: 0 })];

  it('is the picked slot while it is still free', () => {
    expect(selectedSlot(slots, open, 'slot-1')?.id).toBe('slot-1');
    expect(selectedSlot(slots, open, null)).toBeNull();
  });

  it('drops a pick that was taken meanwhile or has gone', () => {
    expect(selectedSlot(slots, open, 'slot-2')).toBeNull();
    expect(selectedSlot(slots, open, 'slot-9')).toBeNull();
  });
});

describe('scheduleNotice', () => {
  it('explains every state in which nothing can be picked', () => {
    expect(scheduleNotice(open)).toBeNull();
    for (const status of ['full', 'not_released', 'closed', 'stopped'] as const) {
      expect(scheduleNotice(scheduleFixture({ status }))).toMatch(/请/);
    }
    expect(scheduleNotice(scheduleFixture({ status: 'stopped' }))).toContain('停诊');
  });
});

describe('visitSummary', () => {
  it('lists hospital, department, doctor, date with weekday and half-day, time, type and fee', () => {
    expect(visitSummary(open, slotFixture(), '宁波市第一医院')).toEqual([
      { label: '医院', value: '宁波市第一医院' },
      { label: '科室', value: '小儿内科' },
      { label: '医生', value: '李明 主任医师' },
      { label: '就诊日期', value: '11月23日 周一 上午' },
      { label: '就诊时段', value: '08:00-08:30' },
      { label: '号别', value: '专家号' },
      { label: '挂号费', value: '¥30.00' },
    ]);
  });
});

describe('canJoinWaitlist', () => {
  it('offers the waitlist on a full schedule, or an open one with nothing left to pick', () => {
    const full = slotFixture({ status: 'full', remaining: 0 });
    expect(canJoinWaitlist(scheduleFixture({ status: 'full', remaining: 0 }), [full])).toBe(true);
    expect(canJoinWaitlist(open, [full])).toBe(true);
    expect(canJoinWaitlist(open, [full, slotFixture()])).toBe(false);
    expect(canJoinWaitlist(scheduleFixture({ status: 'stopped' }), [full])).toBe(false);
  });

  it('the waitlist summary gives the half-day for want of a slot', () => {
    const time = visitSummary(open, null, '宁波市第一医院').find((line) => line.label === '就诊时段');
    expect(time?.value).toBe('08:00-12:00');
  });
});
