import { NetworkError, YikaError } from '@yika/sdk';
import {
  INITIAL_SETTLE_STATE,
  phaseOfPayment,
  resultView,
  settleReducer,
  type SettleAction,
  type SettleState,
} from '../src/lib/settleWait';
import { paymentFixture } from './fixtures/pay';

const run = (actions: SettleAction[], from: SettleState = INITIAL_SETTLE_STATE) =>
  actions.reduce(settleReducer, from);

describe('phaseOfPayment', () => {
  it.each([
    ['unpaid', 'pending'],
    ['paid', 'paid'],
    ['closed', 'closed'],
    ['refunding', 'refunded'],
    ['refunded', 'refunded'],
    ['partially_refunded', 'refunded'],
  ] as const)('%s -> %s', (status, phase) => {
    expect(phaseOfPayment(paymentFixture({ status }))).toBe(phase);
  });
});

describe('settleReducer', () => {
  const paid = paymentFixture({ status: 'paid' });

  it('waits, then shows the settled payment', () => {
    const state = run([
      { type: 'wait', attempt: 1 },
      { type: 'settled', attempt: 1, payment: paid },
    ]);
    expect([state.phase, state.payment]).toEqual(['paid', paid]);
  });

  it('says 确认中 when the wait ran out with the order still unpaid, and failed on other errors', () => {
    const pending = run([
      { type: 'wait', attempt: 1 },
      { type: 'gaveUp', attempt: 1, error: new YikaError('PAYMENT_PENDING') },
    ]);
    expect(pending.phase).toBe('pending');
    expect(resultView(pending)).toMatchObject({ title: '支付结果确认中', canRefresh: true });
    const failed = run([
      { type: 'wait', attempt: 1 },
      { type: 'gaveUp', attempt: 1, error: new NetworkError() },
    ]);
    expect(failed.phase).toBe('failed');
    expect(resultView(failed).canRefresh).toBe(true);
  });

  it('keeps the amount on screen while a refresh waits again, then drops the older wait late answer', () => {
    const closed = paymentFixture({ status: 'closed' });
    const refreshed = run([
      { type: 'wait', attempt: 1 },
      { type: 'gaveUp', attempt: 1, error: new YikaError('PAYMENT_PENDING') },
      { type: 'settled', attempt: 1, payment: closed },
      { type: 'wait', attempt: 2 },
    ]);
    // The first wait's late answer arrived after it gave up: still the same attempt, so it counts.
    expect(refreshed.payment).toBe(closed);
    expect(refreshed.phase).toBe('waiting');
    const afterStale = run([{ type: 'settled', attempt: 1, payment: paid }], refreshed);
    expect(afterStale).toBe(refreshed);
    expect(run([{ type: 'settled', attempt: 2, payment: paid }], refreshed).phase).toBe('paid');
  });
});

describe('resultView', () => {
  const settled = (payment: ReturnType<typeof paymentFixture>): SettleState => ({
    ...INITIAL_SETTLE_STATE,
    phase: phaseOfPayment(payment),
    payment,
  });

  it('shows progress while waiting, with nothing to tap that could pay twice', () => {
    expect(resultView(INITIAL_SETTLE_STATE)).toMatchObject({ title: '正在确认支付结果…', canRefresh: false });
  });

  it('says a paid registration fee booked the visit, or that the booking is being confirmed', () => {
    const booked = paymentFixture({ purpose: 'registration', status: 'paid', appointmentId: 'apt-1' });
    expect(resultView(settled(booked))).toMatchObject({ title: '支付成功', hint: '预约成功，请按时就诊' });
    const notYet = paymentFixture({ purpose: 'registration', status: 'paid' });
    expect(resultView(settled(notYet))).toMatchObject({ title: '支付成功', canRefresh: true });
  });

  it('explains a closed order and a registration refunded because the hold lapsed', () => {
    expect(resultView(settled(paymentFixture({ status: 'closed' }))).title).toBe('订单已关闭');
    const lapsed = paymentFixture({ purpose: 'registration', status: 'refunded' });
    expect(resultView(settled(lapsed))).toMatchObject({ title: '挂号未成功，已退款' });
  });

  it('never rests on colour: every phase has a symbol and words', () => {
    const phases: SettleState['phase'][] = ['waiting', 'paid', 'refunded', 'pending', 'closed', 'failed'];
    for (const phase of phases) {
      const view = resultView({ ...INITIAL_SETTLE_STATE, phase, payment: paymentFixture() });
      expect(view.symbol.length).toBeGreaterThan(0);
      expect(view.title.length).toBeGreaterThan(0);
    }
  });
});
