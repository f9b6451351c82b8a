import { groupByMonth, reportBadges, reportRow, reportStatusChip } from '../src/lib/reportList';
import { reportSummaryFixture } from './fixtures/reports';

describe('report badges', () => {
  it('says 危急 for a critical report, without repeating 异常', () => {
    const badges = reportBadges({ abnormal: true, critical: true, mutualRecognition: false });
    expect(badges.map((badge) => `${badge.icon} ${badge.text}`)).toEqual(['‼ 危急']);
  });

  it('says 异常 with a symbol, then 互认', () => {
    const badges = reportBadges({ abnormal: true, critical: false, mutualRecognition: true });
    expect(badges.map((badge) => `${badge.icon} ${badge.text}`)).toEqual(['⚠ 异常', '✓ 互认']);
  });

  it('has none for a normal report other hospitals do not accept', () => {
    expect(reportBadges({ abnormal: false, critical: false, mutualRecognition: false })).toEqual([]);
  });
});

describe('report row', () => {
  it('reads title, type, hospital, Shanghai date, status and badges', () => {
    const row = reportRow(
      reportSummaryFixture({
        reportedAt: '2026-11-21T17:30:00Z', // 01:30 on the 22nd in Shanghai
        abnormal: true,
        mutualRecognition: true,
        status: 'amended',
      }),
    );
    expect(row).toMatchObject({
      title: '血糖',
      typeName: '检验',
      hospitalName: '宁波市第一医院',
      dateText: '2026-11-22',
      meta: '王*国 · 内分泌科',
      status: { text: '已更正', tone: 'active' },
    });
    expect(row.label).toBe('检验报告 血糖，有异常结果，结果互认，已更正，宁波市第一医院，2026-11-22，王*国');
  });

  it('marks a preliminary report apart from a final one', () => {
    expect(reportStatusChip('preliminary')).toEqual({ text: '初步报告', tone: 'muted' });
    expect(reportStatusChip('final')).toEqual({ text: '正式报告', tone: 'done' });
  });
});

describe('month groups', () => {
  it('keeps the listed order and starts a group at each new month', () => {
    const groups = groupByMonth([
      reportSummaryFixture({ id: 'a', reportedAt: '2026-11-22T10:00:00+08:00' }),
      reportSummaryFixture({ id: 'b', reportedAt: '2026-11-01T00:10:00+08:00' }),
      reportSummaryFixture({ id: 'c', reportedAt: '2026-10-31T16:30:00Z' }), // 11-01 in Shanghai
      reportSummaryFixture({ id: 'd', reportedAt: '2025-12-30T10:00:00+08:00' }),
    ]);
    expect(groups.map((group) => [group.title, group.items.map((item) => item.id)])).toEqual([
      ['2026年11月', ['a', 'b', 'c']],
      ['2025年12月', ['d']],
    ]);
  });
});
