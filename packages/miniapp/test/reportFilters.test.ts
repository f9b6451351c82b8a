import { ALL_CARDS } from '../src/lib/appointmentSegments';
import {
  ALL_HOSPITALS,
  hospitalFilterOptions,
  monthsBefore,
  rangeStart,
  rememberHospitals,
  reportListQuery,
  reportsEmptyText,
  type ReportFilters,
} from '../src/lib/reportFilters';
import { hospitalRefFixture } from './fixtures/booking';
import { cardFixture } from './fixtures/cards';
import { reportSummaryFixture } from './fixtures/reports';

const own = cardFixture({ id: 'card-1', isDefault: true });
const child = cardFixture({ id: 'card-2', relation: 'child' });
const everything: ReportFilters = { card: ALL_CARDS, type: 'all', hospital: ALL_HOSPITALS, range: 'all' };
const first = hospitalRefFixture();
const second = hospitalRefFixture({ id: 'h-2', name: '宁波市第二医院' });

describe('date range', () => {
  it('goes back whole calendar months, kept inside a shorter month', () => {
    expect(monthsBefore('2026-11-22', 3)).toBe('2026-08-22');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-15');
    expect(monthsBefore('2026-11-22', 12)).toBe('2025-11-22');
  });

  it('starts 近3个月 and 近1年 back from today; 全部时间 has no start', () => {
    expect(rangeStart('3m', '2026-01-10')).toBe('2025-10-10');
    expect(rangeStart('1y', '2026-01-10')).toBe('2025-01-10');
    expect(rangeStart('all', '2026-01-10')).toBeUndefined();
  });
});

describe('list query', () => {
  it('asks for everything with no filter chosen', () => {
    expect(reportListQuery(everything, [own, child], '2026-11-22')).toEqual({});
  });

  it('carries each chosen filter as the contract names it', () => {
    const filters: ReportFilters = { card: 'card-2', type: 'lab', hospital: 'h-2', range: '3m' };
    expect(reportListQuery(filters, [own, child], '2026-11-22')).toEqual({
      cardRef: 'card-2',
      type: 'lab',
      hospitalId: 'h-2',
      from: '2026-08-22',
    });
  });

  it('drops a card the account no longer holds', () => {
    expect(reportListQuery({ ...everything, card: 'card-2' }, [own], '2026-11-22')).toEqual({});
  });
});

describe('hospital chips', () => {
  it('remembers hospitals in the order first seen, without repeats', () => {
    const known = rememberHospitals(
      [],
      [
        reportSummaryFixture({ hospital: second }),
        reportSummaryFixture({ hospital: first }),
        reportSummaryFixture({ hospital: second }),
      ],
    );
    expect(known.map((hospital) => hospital.id)).toEqual(['h-2', 'h-1']);
  });

  it('keeps the same list when nothing new was seen (no re-render loop)', () => {
    const known = [first];
    expect(rememberHospitals(known, [reportSummaryFixture({ hospital: first })])).toBe(known);
  });

  it('offers 全部医院 and each hospital only when there is a choice to make', () => {
    expect(hospitalFilterOptions([first], ALL_HOSPITALS)).toEqual([]);
    expect(hospitalFilterOptions([first, second], ALL_HOSPITALS)).toEqual([
      { code: ALL_HOSPITALS, name: '全部医院' },
      { code: 'h-1', name: '宁波市第一医院' },
      { code: 'h-2', name: '宁波市第二医院' },
    ]);
    // A chosen hospital stays choosable back to 全部 even when it is the only one known.
    expect(hospitalFilterOptions([first], 'h-1')).toHaveLength(2);
  });
});

describe('empty list', () => {
  it('says to widen the filters when some are chosen', () => {
    expect(reportsEmptyText(everything).title).toBe('暂无报告');
    expect(reportsEmptyText({ ...everything, range: '3m' }).title).toBe('没有符合条件的报告');
  });
});
