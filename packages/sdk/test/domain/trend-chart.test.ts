import { trendChartModel } from '../../src/entries/domain';
import { otherHospitalRef, trend, trendPoint } from '../support/reports';

describe('trendChartModel', () => {
  // Glucose over a year at two hospitals, band 3.9 ~ 6.1. Values and band span 3.9..8.0, so with a 10%
  // margin (0.41) the y range is 3.49..8.41 over a 160 px high plot.
  const glucose = trend([
    trendPoint('2026-03-01T08:00:00+08:00', 8.0, { interpretation: 'H' }),
    trendPoint('2025-03-01T08:00:00+08:00', 5.0),
    trendPoint('2025-09-01T08:00:00+08:00', 6.8, { interpretation: 'H', hospital: otherHospitalRef }),
  ]);
  const model = trendChartModel(glucose, {
    width: 320,
    height: 200,
    padding: { top: 10, right: 20, bottom: 30, left: 40 },
  });

  it('places the plot inside the padding and the y range around values and band with a margin', () => {
    expect(model.plot).toEqual({ x: 40, y: 10, width: 260, height: 160 });
    expect(model.yDomain).toEqual({ min: 3.49, max: 8.41 });
  });

  it('scales the points by time and value, oldest first whatever the input order', () => {
    expect(
      model.points.map(({ x, y, label, mark, abnormal, date, hospitalName }) => ({
        x,
        y,
        label,
        mark,
        abnormal,
        date,
        hospitalName,
      })),
    ).toEqual([
      {
        x: 40,
        y: 120.89,
        label: '5',
        mark: '',
        abnormal: false,
        date: '2025-03-01',
        hospitalName: '明州市第一人民医院',
      },
      // 184 of 365 days along the 260 px plot.
      {
        x: 171.07,
        y: 62.36,
        label: '6.8',
        mark: '↑',
        abnormal: true,
        date: '2025-09-01',
        hospitalName: '宁波市第二医院',
      },
      {
        x: 300,
        y: 23.33,
        label: '8',
        mark: '↑',
        abnormal: true,
        date: '2026-03-01',
        hospitalName: '明州市第一人民医院',
      },
    ]);
    expect(model.points.map((point) => point.reportId)).toEqual([
      'rpt_2025-03-01',
      'rpt_2025-09-01',
      'rpt_2026-03-01',
    ]);
  });

  it('draws the reference band across the plot and labels its limits', () => {
    expect(model.band).toEqual({ x: 40, y: 85.12, width: 260, height: 71.55, low: 3.9, high: 6.1 });
    expect(model.valueTicks).toEqual([
      { y: 156.67, value: 3.9, label: '3.9' },
      { y: 85.12, value: 6.1, label: '6.1' },
    ]);
  });

  it('labels dates with the year when the trend spans years, anchored to stay inside', () => {
    expect(model.dateTicks).toEqual([
      { x: 40, label: '2025-03-01', align: 'start' },
      { x: 171.07, label: '2025-09-01', align: 'middle' },
      { x: 300, label: '2026-03-01', align: 'end' },
    ]);
  });

  it('thins date ticks to the maximum, keeping the first and last, MM-DD within one year', () => {
    const months = ['01', '02', '03', '04', '05', '06'];
    const model = trendChartModel(
      trend(months.map((month) => trendPoint(`2026-${month}-10T08:00:00+08:00`, 5))),
      { width: 100, height: 100, maxDateTicks: 3 },
    );
    expect(model.dateTicks.map(({ label, align }) => [label, align])).toEqual([
      ['01-10', 'start'],
      ['04-10', 'middle'],
      ['06-10', 'end'],
    ]);
  });

  it('centres a single point, with a unit margin around a flat value and no band without a reference', () => {
    const single = trend([trendPoint('2026-05-01T23:30:00+08:00', 5)], {
      referenceLow: undefined,
      referenceHigh: undefined,
    });
    const model = trendChartModel(single, { width: 100, height: 100, padding: 10 });
    expect(model.yDomain).toEqual({ min: 4, max: 6 });
    expect(model.points.map(({ x, y, date }) => [x, y, date])).toEqual([[50, 50, '2026-05-01']]);
    expect(model.band).toBeNull();
    expect(model.valueTicks).toEqual([{ y: 50, value: 5, label: '5' }]);
    expect(model.dateTicks).toEqual([{ x: 50, label: '05-01', align: 'middle' }]);
  });

  it('runs a one-sided band to the plot edge and never goes below 0 for non-negative values', () => {
    // Total cholesterol `< 5.2`: values 0.2 and 6.0, range 0.2..6.0, margin 0.58 clamped at 0.
    const cholesterol = trend(
      [
        trendPoint('2026-01-01T08:00:00+08:00', 0.2),
        trendPoint('2026-02-01T08:00:00+08:00', 6, { interpretation: 'H' }),
      ],
      { referenceLow: undefined, referenceHigh: 5.2 },
    );
    const model = trendChartModel(cholesterol, { width: 100, height: 100 });
    expect(model.yDomain).toEqual({ min: 0, max: 6.58 });
    // From 5.2 (5.2 / 6.58 of 100 px up) down to the bottom: everything below the limit is normal.
    expect(model.band).toEqual({ x: 0, y: 20.97, width: 100, height: 79.03, high: 5.2 });
    expect(model.valueTicks).toEqual([{ y: 20.97, value: 5.2, label: '5.2' }]);
  });

  it('answers an empty trend with the band only, and refuses a box with no room', () => {
    const model = trendChartModel(trend([]), { width: 100, height: 100 });
    expect(model.points).toEqual([]);
    expect(model.dateTicks).toEqual([]);
    expect(model.yDomain).toEqual({ min: 3.68, max: 6.32 });
    expect(() => trendChartModel(glucose, { width: 40, height: 100, padding: 20 })).toThrow(RangeError);
  });
});
