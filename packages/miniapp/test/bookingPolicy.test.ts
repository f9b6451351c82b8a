import { cancelCutoffText, policyHeadline, policyItems } from '../src/lib/bookingPolicy';
import { policyFixture } from './fixtures/booking';

function textOf(items: ReturnType<typeof policyItems>, key: string): string | undefined {
  return items.find((item) => item.key === key)?.text;
}

describe('policyItems', () => {
  const items = policyItems(policyFixture(), 'wechat-miniapp');

  it('spells out every default rule with its numbers', () => {
    expect(items.map((item) => item.title)).toEqual([
      '放号时间',
      '预约时间',
      '锁号',
      '取消预约',
      '预约限额',
      '爽约',
      '窗口号源',
    ]);
    expect(textOf(items, 'window')).toBe('可预约今天起14天内的号（含今天），每天07:00放出新一天的号。');
    expect(textOf(items, 'hours')).toBe('每天06:00-22:00可以预约。');
    expect(textOf(items, 'hold')).toContain('10分钟内完成支付');
    expect(textOf(items, 'cancel')).toBe(
      '就诊前一天16:00前可以取消，已支付的挂号费全额退回；超过时间不能再取消。',
    );
    expect(textOf(items, 'limits')).toBe(
      '同一就诊人在同一科室每天限约1个号，在同一医院每天最多2个号；每个账号每月最多预约8次。',
    );
    expect(textOf(items, 'noShow')).toBe(
      '预约后未就诊也未取消算爽约。90天内爽约3次，90天内不能在全市任何医院预约。',
    );
    expect(textOf(items, 'quota')).toBe('每个时段有20%的号留给医院窗口、自助机。');
  });

  it("follows a hospital's own rules", () => {
    const own = policyItems(
      policyFixture({
        bookingWindowDays: 7,
        releaseTime: '15:00',
        holdMinutes: 15,
        cancelCutoff: { daysBefore: 0, time: '07:30' },
        channelQuotas: [],
      }),
      'web',
    );
    expect(textOf(own, 'window')).toBe('可预约今天起7天内的号（含今天），每天15:00放出新一天的号。');
    expect(textOf(own, 'hold')).toContain('15分钟内');
    expect(textOf(own, 'cancel')).toMatch(/^就诊当天07:30前可以取消/);
    // No quota kept, so no line about one.
    expect(textOf(own, 'quota')).toBeUndefined();
  });

  it('tells a resident on a quota channel that the kept slots include theirs', () => {
    expect(textOf(policyItems(policyFixture(), 'kiosk'), 'quota')).toBe(
      '每个时段有20%的号留给医院窗口、自助机（含您正在使用的渠道）。',
    );
  });
});

describe('cancelCutoffText and policyHeadline', () => {
  it('reads the cut-off as residents say it', () => {
    expect(cancelCutoffText({ daysBefore: 0, time: '08:00' })).toBe('就诊当天08:00前');
    expect(cancelCutoffText({ daysBefore: 1, time: '16:00' })).toBe('就诊前一天16:00前');
    expect(cancelCutoffText({ daysBefore: 3, time: '12:00' })).toBe('就诊前3天12:00前');
  });

  it('sums the policy up in one line', () => {
    expect(policyHeadline(policyFixture({ bookingWindowDays: 28 }))).toBe(
      '可约28天内的号 · 每天07:00放号 · 就诊前一天16:00前可取消',
    );
  });
});
