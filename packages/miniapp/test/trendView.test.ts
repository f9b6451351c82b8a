import { referenceBandText, trendDirection, trendSummary, trendTableRows } from '../src/lib/trendView';
import { trendFixture, trendPointFixture } from './fixtures/reports';

describe('trend table', () => {
  it('lists every point oldest first with hospital, Shanghai date, value and word', () => {
    expect(trendTableRows(trendFixture())).toEqual([
      {
        reportId: 'rpt-1',
        hospitalName: '宁波市第一医院',
        dateText: '2026-05-10',
        valueText: '5.6 mmol/L',
        interpretationText: '正常',
        abnormal: false,
      },
      {
        reportId: 'rpt-2',
        hospitalName: '宁波市第二医院',
        dateText: '2026-11-20',
        valueText: '6.8 mmol/L',
        interpretationText: '↑ 偏高',
        abnormal: true,
      },
    ]);
  });
});

describe('trend summary', () => {
  it('says the latest value, its word, the direction and the band', () => {
    expect(trendSummary(trendFixture())).toBe(
      '葡萄糖趋势，共2次结果。最近一次 2026-11-20 6.8 mmol/L，↑ 偏高，比上次升高。参考范围 3.9 ~ 6.1 mmol/L',
    );
  });

  it('tells down, flat and a single result apart', () => {
    const at = (value: number) => trendPointFixture({ value });
    expect(trendDirection([at(7), at(6)])).toBe('down');
    expect(trendDirection([at(6), at(6)])).toBe('flat');
    expect(trendDirection([at(6)])).toBe('single');
  });

  it('writes a one-sided band and none', () => {
    expect(referenceBandText(trendFixture({ referenceLow: undefined, referenceHigh: 5.2 }))).toBe(
      '参考范围 ≤ 5.2 mmol/L',
    );
    expect(referenceBandText(trendFixture({ referenceLow: undefined, referenceHigh: undefined }))).toBeNull();
  });
});
