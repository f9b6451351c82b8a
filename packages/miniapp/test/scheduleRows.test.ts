import { canOpenSchedule, groupByPeriod, scheduleRow, schedulesOn } from '../src/lib/scheduleRows';
import { scheduleFixture } from './fixtures/booking';

describe('groupByPeriod', () => {
  it('groups 上午 / 下午 / 夜间 in the order of the day and leaves out empty periods', () => {
    const groups = groupByPeriod([
      scheduleFixture({ id: 'eve', period: 'evening', startTime: '2026-11-23T18:00:00+08:00' }),
      scheduleFixture({ id: 'am', period: 'morning' }),
    ]);
    expect(groups.map((group) => [group.period, group.name])).toEqual([
      ['morning', '上午'],
      ['evening', '夜间'],
    ]);
  });

  it('orders each period by start time and keeps the platform order for equal times', () => {
    const groups = groupByPeriod([
      scheduleFixture({ id: 'pm-late', period: 'afternoon', startTime: '2026-11-23T14:30:00+08:00' }),
      scheduleFixture({ id: 'pm-a', period: 'afternoon', startTime: '2026-11-23T13:30:00+08:00' }),
      scheduleFixture({ id: 'am', period: 'morning' }),
      scheduleFixture({ id: 'pm-b', period: 'afternoon', startTime: '2026-11-23T13:30:00+08:00' }),
    ]);
    expect(groups.map((group) => group.schedules.map((schedule) => schedule.id))).toEqual([
      ['am'],
      ['pm-a', 'pm-b', 'pm-late'],
    ]);
  });

  it('has no group for no schedules', () => {
    expect(groupByPeriod([])).toEqual([]);
  });
});

describe('scheduleRow', () => {
  it('shows doctor, title, registration type, fee in yuan, hours and what remains', () => {
    const row = scheduleRow(scheduleFixture());
    expect(row).toMatchObject({
      doctorName: '李明',
      titleName: '主任医师',
      registrationTypeName: '专家号',
      feeText: '¥30.00',
      timeText: '08:00-12:00',
      statusText: '可预约',
      remainingText: '余5',
      canOpen: true,
    });
    expect(row.label).toBe('李明 主任医师，专家号，挂号费¥30.00，08:00-12:00，可预约，剩余5个号');
  });

  it('says every other state in words; only open and full schedules open their slots', () => {
    const full = scheduleRow(scheduleFixture({ status: 'full', remaining: 0 }));
    expect([full.statusText, full.remainingText, full.canOpen]).toEqual(['约满', '余0', true]);
    const stopped = scheduleRow(scheduleFixture({ status: 'stopped' }));
    expect([stopped.statusText, stopped.remainingText, stopped.canOpen]).toEqual(['停诊', '', false]);
    expect(scheduleRow(scheduleFixture({ status: 'closed' })).statusText).toBe('已停止预约');
    const later = scheduleRow(
      scheduleFixture({ status: 'not_released', releaseAt: '2026-11-23T07:00:00+08:00' }),
      '2026-11-23',
    );
    expect([later.statusText, later.remainingText, later.canOpen]).toEqual(['未放号', '07:00放号', false]);
    expect(canOpenSchedule(scheduleFixture({ status: 'not_released' }))).toBe(false);
  });
});

describe('schedulesOn', () => {
  it("keeps the chosen day's schedules of a doctor's window", () => {
    const schedules = [
      scheduleFixture({ id: 'mon' }),
      scheduleFixture({ id: 'tue', date: '2026-11-24' }),
      scheduleFixture({ id: 'mon-pm', period: 'afternoon' }),
    ];
    expect(schedulesOn(schedules, '2026-11-23').map((schedule) => schedule.id)).toEqual(['mon', 'mon-pm']);
    expect(schedulesOn(schedules, null)).toEqual([]);
  });
});
