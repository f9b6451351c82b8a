import {
  EARLIEST_KIND_OPTIONS,
  earliestFromDate,
  toEarliestRow,
  toEarliestRows,
} from '../src/lib/earliestSlots';
import { earliestFixture, hospitalRefFixture } from './fixtures/booking';

const first = hospitalRefFixture();
const second = hospitalRefFixture({
  id: 'h-2',
  name: '宁波市妇女儿童医院',
  levelName: '三级甲等',
  district: { code: '330212', name: '鄞州区' },
});

describe('toEarliestRow', () => {
  it('shows when (date, weekday, time), where, with whom and the fee', () => {
    const row = toEarliestRow(earliestFixture('s-1', second, '2026-11-24', '13:30'));
    expect(row).toMatchObject({
      id: 's-1',
      scheduleId: 'sch-s-1',
      hospitalId: 'h-2',
      hospitalName: '宁波市妇女儿童医院',
      levelName: '三级甲等',
      districtName: '鄞州区',
      departmentName: '儿科',
      doctorName: '李明',
      titleName: '主任医师',
      registrationTypeName: '专家号',
      dateText: '11月24日 周二',
      timeText: '13:30-14:00',
      feeText: '¥30.00',
      remainingText: '余2',
    });
    expect(row.label).toBe(
      '11月24日 周二 13:30-14:00，宁波市妇女儿童医院，三级甲等，鄞州区，儿科，李明 主任医师，专家号，挂号费¥30.00，剩余2个号',
    );
  });
});

describe('toEarliestRows', () => {
  it('lists soonest first across hospitals, keeping the platform order for equal times', () => {
    const rows = toEarliestRows([
      earliestFixture('late', first, '2026-11-24', '08:00'),
      earliestFixture('tie-a', second, '2026-11-23', '14:00'),
      earliestFixture('soon', first, '2026-11-23', '09:30'),
      earliestFixture('tie-b', first, '2026-11-23', '14:00'),
    ]);
    expect(rows.map((row) => row.id)).toEqual(['soon', 'tie-a', 'tie-b', 'late']);
    expect(new Set(rows.map((row) => row.hospitalName)).size).toBe(2);
  });

  it('shows a slot once even if the platform repeats it', () => {
    const entry = earliestFixture('dup', first, '2026-11-23', '08:00');
    expect(toEarliestRows([entry, entry])).toHaveLength(1);
    expect(toEarliestRows([])).toEqual([]);
  });
});

describe('EARLIEST_KIND_OPTIONS', () => {
  it('offers the kinds residents look for first, named in Chinese, without 急诊 or 其他', () => {
    expect(EARLIEST_KIND_OPTIONS.slice(0, 8).map((option) => option.name)).toEqual([
      '儿科',
      '内科',
      '妇产科',
      '眼科',
      '口腔科',
      '皮肤科',
      '耳鼻喉科',
      '骨科',
    ]);
    const codes = EARLIEST_KIND_OPTIONS.map((option) => option.code);
    expect(codes).not.toContain('emergency');
    expect(codes).not.toContain('other');
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('earliestFromDate', () => {
  it('asks from no day for today, and from the next days otherwise, across a month end', () => {
    expect(earliestFromDate('today', '2026-11-30')).toBeUndefined();
    expect(earliestFromDate('tomorrow', '2026-11-30')).toBe('2026-12-01');
    expect(earliestFromDate('day_after', '2026-12-31')).toBe('2027-01-02');
  });
});
