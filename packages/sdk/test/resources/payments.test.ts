import { HttpResponse } from 'msw';
import { AbortError, isYikaError } from '../../src/errors';
import { errorMessages } from '../../src/domain/error-messages';
import type { Payment, PaymentPage } from '../../src/types';
import { T0, errorResponse, manualClock, storedTokens, testClient } from '../support/platform';
import { paidPayment, payment, refund } from '../support/payments';
import { recordRequests, type SeenRequest } from '../support/record';
import { useMockServer } from '../support/server';

const server = useMockServer();

function reply({ method, path }: SeenRequest): Response {
  if (path.endsWith('/refunds')) return HttpResponse.json(refund, { status: 201 });
  if (path === '/v1/payments' && method === 'GET') {
    return HttpResponse.json({ data: [payment()], nextCursor: null } satisfies PaymentPage);
  }
  return HttpResponse.json(payment(), { status: method === 'POST' ? 201 : 200 });
}

function signedIn(config: Parameters<typeof testClient>[0] = {}) {
  return testClient(config, storedTokens('a', T0));
}

describe('client.payments: orders and refunds', () => {
  it('creates a registration payment from a hold, sending only purpose, holdId and returnUrl', async () => {
    const seen = recordRequests(server, reply);
    const { client } = signedIn({ hospitalKey: 'hk_never_sent_here' });
    const request = { purpose: 'registration' as const, holdId: 'hld_1', amountFen: 1, accountId: 'acc_2' };
    await expect(client.payments.create(request)).resolves.toEqual(payment());
    await client.payments.create({
      purpose: 'registration',
      holdId: 'hld_1',
      returnUrl: 'https://h5.test/pay/result',
    });
    expect(seen.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['POST', '/v1/payments', { purpose: 'registration', holdId: 'hld_1' }],
      [
        'POST',
        '/v1/payments',
        { purpose: 'registration', holdId: 'hld_1', returnUrl: 'https://h5.test/pay/result' },
      ],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('authorization')).toMatch(/^Bearer /);
      expect(headers.get('idempotency-key')).toBeTruthy();
      expect(headers.get('x-yika-hospital-key')).toBeNull();
    }
  });

  it('creates a bill payment, useInsurance defaulting to false', async () => {
    const seen = recordRequests(server, reply);
    const { client } = signedIn();
    await client.payments.create({ purpose: 'bill', billId: 'bil_1' });
    await client.payments.create({
      purpose: 'bill',
      billId: 'bil_1',
      useInsurance: true,
      returnUrl: 'https://h5.test/r',
    });
    expect(seen.map(({ body }) => body)).toEqual([
      { purpose: 'bill', billId: 'bil_1', useInsurance: false },
      { purpose: 'bill', billId: 'bil_1', useInsurance: true, returnUrl: 'https://h5.test/r' },
    ]);
  });

  it('retries a create after a 503 and a dropped connection with one idempotency key (one charge)', async () => {
    let attempts = 0;
    const seen = recordRequests(server, (entry) => {
      attempts++;
      if (attempts === 1) return errorResponse(503, 'SERVICE_UNAVAILABLE');
      if (attempts === 2) return HttpResponse.error();
      return reply(entry);
    });
    const { client, sleeps } = signedIn();
    await expect(client.payments.create({ purpose: 'bill', billId: 'bil_1' })).resolves.toEqual(payment());
    expect(sleeps).toHaveLength(2);
    const keys = seen.map(({ headers }) => headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it.each([
    ['HOLD_EXPIRED'],
    ['PAYMENT_CLOSED'],
    ['BILL_ALREADY_PAID'],
    ['INSURANCE_NOT_LINKED'],
    ['IDEMPOTENCY_CONFLICT'],
  ] as const)('a 409 %s is an ApiError in Chinese, never retried', async (code) => {
    const seen = recordRequests(server, () => errorResponse(409, code, {}, errorMessages[code]));
    const { client, sleeps } = signedIn();
    await expect(client.payments.create({ purpose: 'registration', holdId: 'hld_1' })).rejects.toMatchObject({
      name: 'ApiError',
      status: 409,
      code,
      message: errorMessages[code],
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('gets, lists and iterates payment records', async () => {
    const pages: Record<string, PaymentPage> = {
      start: { data: [payment({ id: 'pay_1' })], nextCursor: 'p2' },
      p2: { data: [payment({ id: 'pay_2' })], nextCursor: null },
    };
    const seen = recordRequests(server, ({ path, query }) =>
      path === '/v1/payments'
        ? HttpResponse.json(pages[query.cursor ?? 'start'])
        : HttpResponse.json(payment()),
    );
    const { client } = signedIn();
    await expect(client.payments.get('pay/1')).resolves.toEqual(payment());
    await expect(client.payments.list({ cardRef: 'crd_1' })).resolves.toEqual(pages.start);
    const ids: string[] = [];
    for await (const item of client.payments.iterate({ cardRef: 'crd_1', limit: 1 })) ids.push(item.id);
    expect(ids).toEqual(['pay_1', 'pay_2']);
    expect(seen.map(({ method, path, query }) => [method, path, query])).toEqual([
      ['GET', '/v1/payments/pay%2F1', {}],
      ['GET', '/v1/payments', { cardRef: 'crd_1' }],
      ['GET', '/v1/payments', { cardRef: 'crd_1', limit: '1' }],
      ['GET', '/v1/payments', { cardRef: 'crd_1', limit: '1', cursor: 'p2' }],
    ]);
    for (const { headers } of seen) expect(headers.get('idempotency-key')).toBeNull();
  });

  it('refunds with the hospital key, no access token, sending only the refund fields', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient({ channel: 'window', hospitalKey: 'hk_test_0001' });
    const request = {
      outRefundNo: 'HOSP-RF-0001',
      amountFen: 1000,
      reason: '检查项目取消',
      paymentId: 'pay_9',
    };
    await expect(
      client.payments.refund('pay_1', request, { idempotencyKey: 'refund_tap_1' }),
    ).resolves.toEqual(refund);
    expect(seen).toHaveLength(1);
    const [sent] = seen;
    expect([sent!.method, sent!.path, sent!.body]).toEqual([
      'POST',
      '/v1/hospital/payments/pay_1/refunds',
      { outRefundNo: 'HOSP-RF-0001', amountFen: 1000, reason: '检查项目取消' },
    ]);
    expect(sent!.headers.get('x-yika-hospital-key')).toBe('hk_test_0001');
    expect(sent!.headers.get('authorization')).toBeNull();
    expect(sent!.headers.get('idempotency-key')).toBe('refund_tap_1');
  });

  it.each([['REFUND_EXCEEDS_PAID'], ['REFUND_CONFLICT'], ['PAYMENT_STATE_INVALID']] as const)(
    'a refund answered 409 %s is not retried',
    async (code) => {
      const seen = recordRequests(server, () => errorResponse(409, code));
      const { client, sleeps } = testClient({ hospitalKey: 'hk_test_0001' });
      await expect(
        client.payments.refund('pay_1', { outRefundNo: 'HOSP-RF-0002', amountFen: 99_999, reason: '退费' }),
      ).rejects.toMatchObject({ code, status: 409 });
      expect(seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );

  it('refund without a hospital key: HOSPITAL_KEY_REQUIRED, no request', async () => {
    const seen = recordRequests(server, reply);
    const { client } = signedIn();
    await expect(
      client.payments.refund('pay_1', { outRefundNo: 'HOSP-RF-0001', amountFen: 1, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'HOSPITAL_KEY_REQUIRED' });
    expect(seen).toHaveLength(0);
  });
});

describe('client.payments.waitUntilSettled', () => {
  /**
   * A client whose clock moves only when it sleeps: waits are recorded and instant, so a 60-second wait
   * runs in milliseconds. `onSleep` may hang a sleep (to abort it) instead.
   */
  function settlingClient(
    options: { random?: number; maxRetries?: number; onSleep?: (ms: number) => 'hang' | void } = {},
  ) {
    const clock = manualClock(T0);
    const sleeps: number[] = [];
    const { client } = testClient(
      {
        now: clock.now,
        maxRetries: options.maxRetries ?? 0,
        retry: {
          random: () => options.random ?? 0.5,
          sleep: (ms, signal) =>
            new Promise<void>((resolve, reject) => {
              if (signal?.aborted) return reject(new AbortError());
              sleeps.push(ms);
              if (options.onSleep?.(ms) === 'hang') {
                signal?.addEventListener('abort', () => reject(new AbortError()));
                return;
              }
              clock.advance(ms);
              resolve();
            }),
        },
      },
      storedTokens('a', T0, 3_600_000),
    );
    return { client, sleeps, clock };
  }

  /** Answers GET /v1/payments/pay_1 with the scripted payments (or errors) in turn, the last one forever. */
  function script(answers: Array<Payment | Response>): SeenRequest[] {
    let index = 0;
    return recordRequests(server, () => {
      const answer = answers[Math.min(index++, answers.length - 1)]!;
      return answer instanceof Response ? answer.clone() : HttpResponse.json(answer);
    });
  }

  it('polls until paid with doubling, jittered waits, and resolves the settled order', async () => {
    const seen = script([payment(), payment(), payment(), paidPayment()]);
    const { client, sleeps } = settlingClient({ random: 0.5 });
    await expect(client.payments.waitUntilSettled('pay_1')).resolves.toEqual(paidPayment());
    expect(seen.map(({ method, path }) => `${method} ${path}`)).toEqual(
      Array(4).fill('GET /v1/payments/pay_1'),
    );
    // Equal jitter: half the ceiling plus random (0.5) times the other half; ceilings 500, 1000, 2000.
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it('caps the wait at 4 s and keeps every wait within [ceiling / 2, ceiling]', async () => {
    script([payment()]);
    const low = settlingClient({ random: 0 });
    await expect(low.client.payments.waitUntilSettled('pay_1', { timeoutMs: 15_000 })).rejects.toMatchObject({
      code: 'PAYMENT_PENDING',
    });
    expect(low.sleeps).toEqual([250, 500, 1000, 2000, 2000, 2000, 2000, 2000, 2000, 1250]);

    const high = settlingClient({ random: 0.999_999 });
    await expect(high.client.payments.waitUntilSettled('pay_1', { timeoutMs: 15_000 })).rejects.toMatchObject(
      {
        code: 'PAYMENT_PENDING',
      },
    );
    expect(high.sleeps).toEqual([499, 999, 1999, 3999, 3999, 3505]);
  });

  it('gives up after 60 s by default with PAYMENT_PENDING in Chinese, having read once more at the deadline', async () => {
    const seen = script([payment()]);
    const { client, sleeps, clock } = settlingClient();
    const failure = client.payments.waitUntilSettled('pay_1');
    await expect(failure).rejects.toMatchObject({
      isYikaError: true,
      code: 'PAYMENT_PENDING',
      message: '支付结果确认中，请稍后在缴费记录中查看',
    });
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(60_000);
    expect(clock.now()).toBe(T0 + 60_000);
    expect(seen).toHaveLength(sleeps.length + 1);
  });

  it('resolves at once for an order already closed, refunded or paid (a bill needs no booking)', async () => {
    for (const settled of [
      payment({ status: 'closed', closedAt: '2026-11-23T08:10:00+08:00' }),
      // Money that arrived after the hold lapsed is refunded in full: there is no booking to wait for.
      payment({ status: 'refunding' }),
      paidPayment({ purpose: 'bill', appointmentId: undefined, billId: 'bil_1' }),
    ]) {
      const seen = script([settled]);
      const { client, sleeps } = settlingClient();
      await expect(client.payments.waitUntilSettled('pay_1')).resolves.toEqual(settled);
      expect(seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('waits for the booking of a paid registration fee, and resolves paid at the deadline if it never comes', async () => {
    const paidNotBooked = paidPayment({ appointmentId: undefined });
    const seen = script([payment(), paidNotBooked, paidPayment()]);
    const first = settlingClient();
    await expect(first.client.payments.waitUntilSettled('pay_1')).resolves.toEqual(paidPayment());
    expect(seen).toHaveLength(3);

    script([paidNotBooked]);
    const second = settlingClient();
    await expect(second.client.payments.waitUntilSettled('pay_1', { timeoutMs: 5_000 })).resolves.toEqual(
      paidNotBooked,
    );
    expect(second.clock.now()).toBe(T0 + 5_000);
  });

  it('treats a failed read (5xx, dropped connection) as "not yet", and keeps it as the cause at the end', async () => {
    const seen = script([errorResponse(503, 'SERVICE_UNAVAILABLE'), HttpResponse.error(), paidPayment()]);
    const { client } = settlingClient();
    await expect(client.payments.waitUntilSettled('pay_1')).resolves.toEqual(paidPayment());
    expect(seen).toHaveLength(3);

    script([payment(), errorResponse(503, 'SERVICE_UNAVAILABLE')]);
    const late = settlingClient();
    const error: unknown = await late.client.payments.waitUntilSettled('pay_1', { timeoutMs: 3_000 }).then(
      () => 'resolved',
      (caught: unknown) => caught,
    );
    expect(isYikaError(error) && error.code).toBe('PAYMENT_PENDING');
    expect((error as { cause?: unknown }).cause).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
  });

  it('rejects at once on a refused read (404), without waiting', async () => {
    const seen = script([errorResponse(404, 'NOT_FOUND')]);
    const { client, sleeps } = settlingClient();
    await expect(client.payments.waitUntilSettled('pay_other')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('aborts during a wait with AbortError and reads no more', async () => {
    const seen = script([payment()]);
    const controller = new AbortController();
    const { client, sleeps } = settlingClient({
      onSleep: () => {
        if (sleeps.length < 2) return undefined;
        queueMicrotask(() => controller.abort());
        return 'hang';
      },
    });
    await expect(
      client.payments.waitUntilSettled('pay_1', { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
      code: 'ABORTED',
    });
    expect(sleeps).toHaveLength(2);
    expect(seen).toHaveLength(2);
  });

  it('an aborted signal rejects before any read', async () => {
    const seen = script([payment()]);
    const { client } = settlingClient();
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.payments.waitUntilSettled('pay_1', { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(seen).toHaveLength(0);
  });
});
