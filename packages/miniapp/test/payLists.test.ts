import { billRow, cardOptions, groupByHospital } from '../src/lib/billList';
import { invoiceUrlOf, paymentFacts, paymentRow, refundLine } from '../src/lib/paymentRecord';
import { hospitalRefFixture } from './fixtures/booking';
import { cardFixture } from './fixtures/cards';
import { billFixture, paymentFixture, refundFixture } from './fixtures/pay';

describe('bills list', () => {
  it('groups bills by hospital in the order first listed', () => {
    const other = hospitalRefFixture({ id: 'h-2', name: '宁波市妇女儿童医院' });
    const bills = [
      billFixture({ id: 'b1' }),
      billFixture({ id: 'b2', hospital: other }),
      billFixture({ id: 'b3' }),
    ];
    expect(
      groupByHospital(bills).map((group) => [group.hospital.name, group.items.map((bill) => bill.id)]),
    ).toEqual([
      ['宁波市第一医院', ['b1', 'b3']],
      ['宁波市妇女儿童医院', ['b2']],
    ]);
  });

  it('labels a bill with department, doctor, patient, time, amount and status in words', () => {
    expect(billRow(billFixture())).toEqual({
      id: 'bill-1',
      title: '心血管内科 · 李明',
      subtitle: '王*国 · 2026-11-22 09:30 · 2项',
      amountText: '¥156.80',
      statusText: '待缴费',
      label: '心血管内科 · 李明，¥156.80，待缴费',
    });
  });

  it('offers one chip per family card with the masked name', () => {
    const cards = [cardFixture({ id: 'c1' }), cardFixture({ id: 'c2', relation: 'child' })];
    const options = cardOptions(cards);
    expect(options.map((option) => option.code)).toEqual(['c1', 'c2']);
    for (const option of options) expect(option.name).toMatch(/\*/);
  });
});

describe('payment records', () => {
  it('shows a record with its amount and status', () => {
    expect(paymentRow(paymentFixture({ status: 'partially_refunded' }))).toMatchObject({
      amountText: '¥156.80',
      statusText: '已部分退款',
      subtitle: '宁波市第一医院 · 2026-11-22 09:40',
    });
  });

  it('lists the facts of a payment, including what was refunded', () => {
    const facts = paymentFacts(
      paymentFixture({
        status: 'refunded',
        method: 'wechat',
        paidAt: '2026-11-22T09:41:00+08:00',
        refundedFen: 4280,
      }),
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        { label: '订单状态', value: '已全额退款' },
        { label: '支付方式', value: '微信支付' },
        { label: '支付时间', value: '2026-11-22 09:41' },
        { label: '已退款', value: '¥42.80' },
      ]),
    );
  });

  it('shows each refund with its status in words', () => {
    expect(refundLine(refundFixture())).toMatchObject({ amountText: '¥30.00', statusText: '退款处理中' });
    const done = refundLine(refundFixture({ status: 'success', succeededAt: '2026-11-22T10:01:00+08:00' }));
    expect([done.statusText, done.timeText]).toEqual(['已退款', '2026-11-22 10:01']);
  });

  it('offers the e-invoice of a paid bill only', () => {
    const url = 'http://127.0.0.1:4010/__wxpay/invoices/pay-1';
    expect(invoiceUrlOf(paymentFixture({ status: 'paid', invoiceUrl: url }))).toBe(url);
    expect(invoiceUrlOf(paymentFixture({ status: 'unpaid', invoiceUrl: url }))).toBeNull();
    expect(
      invoiceUrlOf(paymentFixture({ purpose: 'registration', status: 'paid', invoiceUrl: url })),
    ).toBeNull();
  });
});
