import {
  appointmentRow,
  appointmentStatusChip,
  cancellationRule,
  paymentText,
  refundText,
  visitLines,
} from '../src/lib/appointmentDisplay';
import { appointmentFixture } from './fixtures/appointments';

const beforeCutoff = Date.parse('2026-11-22T15:59:00+08:00');
const afterCutoff = Date.parse('2026-11-22T16:00:00+08:00');

describe('appointment status and facts', () => {
  it('says the status in words with a tone', () => {
    expect(appointmentStatusChip('booked')).toEqual({ text: '已预约', tone: 'active' });
    expect(appointmentStatusChip('cancelled').tone).toBe('muted');
    expect(appointmentStatusChip('no_show').tone).toBe('warning');
  });

  it('lists the visit: masked patient, where, when, fee paid, and the channel by name', () => {
    const lines = Object.fromEntries(
      visitLines(appointmentFixture({ channel: 'kiosk' })).map((line) => [line.label, line.value]),
    );
    expect(lines).toMatchObject({
      就诊人: '王*国',
      医院: '宁波市第一医院',
      科室: '小儿内科',
      医生: '李明 主任医师',
      就诊时间: '11月23日 周一 上午 08:00-08:30',
      预约渠道: '自助机',
    });
  });

  it('a row reads as one sentence for screen readers', () => {
    expect(appointmentRow(appointmentFixture()).label).toBe(
      '已预约，王*国，宁波市第一医院，小儿内科 · 李明，11月23日 周一 上午 08:00-08:30，微信小程序预约',
    );
  });
});

describe('payment and refund', () => {
  it('free, paid, paid on site, refunding, refunded', () => {
    expect(paymentText(appointmentFixture({ feeFen: 0, payment: null }))).toBe('免费');
    expect(paymentText(appointmentFixture())).toBe('已支付 ¥30.00');
    expect(paymentText(appointmentFixture({ channel: 'window' }))).toBe('已支付 ¥30.00（现场缴费）');
    const refunding = { id: 'p', status: 'refunding' as const, amountFen: 3000, refundedFen: 0 };
    expect(refundText(refunding)).toBe('退款中：¥30.00将原路退回');
    expect(refundText({ ...refunding, status: 'refunded', refundedFen: 3000 })).toBe(
      '已退款 ¥30.00，原路退回',
    );
    expect(refundText({ ...refunding, status: 'paid' })).toBeNull();
    expect(refundText(null)).toBeNull();
  });
});

describe('cancellationRule', () => {
  it('before the cut-off: until when, and the fee back in full', () => {
    const rule = cancellationRule(appointmentFixture(), beforeCutoff);
    expect(rule.canCancel).toBe(true);
    expect(rule.text).toContain('11月22日 16:00前取消');
    expect(rule.text).toContain('¥30.00将原路全额退还');
  });

  it('at the cut-off the button goes, even if the list still said cancellable', () => {
    const rule = cancellationRule(appointmentFixture(), afterCutoff);
    expect(rule.canCancel).toBe(false);
    expect(rule.text).toContain('已过取消截止时间');
  });

  it('a clinic stop gives the hospital reason', () => {
    const rule = cancellationRule(
      appointmentFixture({ status: 'stopped', cancellable: false, cancelReason: '医生临时外出会诊' }),
      beforeCutoff,
    );
    expect(rule).toEqual({ canCancel: false, text: expect.stringContaining('（医生临时外出会诊）') });
  });
});
