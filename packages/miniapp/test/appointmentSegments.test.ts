import {
  ALL_CARDS,
  cardFilterOptions,
  cardRefFilter,
  segmentEmptyText,
  sortWaitlist,
  waitlistRow,
} from '../src/lib/appointmentSegments';
import { waitlistFixture } from './fixtures/appointments';
import { cardFixture } from './fixtures/cards';

const own = cardFixture({ id: 'card-1', isDefault: true });
const child = cardFixture({ id: 'card-2', relation: 'child', holder: { ...own.holder, name: '王小明' } });

describe('card filter', () => {
  it('offers 全部就诊人 then each card by masked name, only with more than one card', () => {
    expect(cardFilterOptions([own])).toEqual([]);
    expect(cardFilterOptions([own, child])).toEqual([
      { code: ALL_CARDS, name: '全部就诊人' },
      { code: 'card-1', name: '王** 本人' },
      { code: 'card-2', name: '王** 子女' },
    ]);
  });

  it('asks for one card only while the account still holds it', () => {
    expect(cardRefFilter(ALL_CARDS, [own, child])).toBeUndefined();
    expect(cardRefFilter('card-2', [own, child])).toBe('card-2');
    expect(cardRefFilter('card-2', [own])).toBeUndefined();
  });

  it('each segment says what would be there', () => {
    expect(segmentEmptyText('upcoming').title).toBe('暂无即将就诊的预约');
    expect(segmentEmptyText('waitlist').hint).toContain('加入候补');
  });
});

describe('waitlist rows', () => {
  it('a waiting entry says its place and can be left', () => {
    const row = waitlistRow(waitlistFixture());
    expect([row.status.text, row.detail, row.canLeave, row.payHoldId]).toEqual([
      '候补中',
      '排在第2位，有号时会通知您',
      true,
      null,
    ]);
  });

  it('an offered place is paid through its hold before the offer lapses', () => {
    const row = waitlistRow(
      waitlistFixture({
        status: 'offered',
        position: null,
        holdId: 'hold-9',
        offerExpiresAt: '2026-11-21T02:10:00Z',
      }),
    );
    expect(row.payHoldId).toBe('hold-9');
    expect(row.detail).toContain('请在11月21日 10:10前支付');
  });

  it('finished entries can neither be paid nor left', () => {
    for (const status of ['booked', 'cancelled', 'closed'] as const) {
      const row = waitlistRow(waitlistFixture({ status, position: null, holdId: 'hold-1' }));
      expect([row.canLeave, row.payHoldId]).toEqual([false, null]);
    }
  });

  it('sorts offers first, then waiting, then finished, keeping the order within each', () => {
    const entries = [
      waitlistFixture({ id: 'a', status: 'closed' }),
      waitlistFixture({ id: 'b', status: 'waiting' }),
      waitlistFixture({ id: 'c', status: 'offered' }),
      waitlistFixture({ id: 'd', status: 'waiting' }),
    ];
    expect(sortWaitlist(entries).map((entry) => entry.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
