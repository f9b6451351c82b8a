import { HttpResponse } from 'msw';
import { errorMessages } from '../../src/domain/error-messages';
import type { Appointment, AppointmentPage, ClinicStop } from '../../src/types';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { appointment } from '../support/payments';
import { recordRequests, type SeenRequest } from '../support/record';
import { useMockServer } from '../support/server';

const server = useMockServer();

const clinicStop: ClinicStop = {
  scheduleId: 'sch_1',
  stoppedAt: '2026-11-23T12:00:00+08:00',
  reason: '医生临时外出会诊',
  cancelledAppointments: 4,
  refundedFen: 10_000,
  closedWaitlistEntries: 2,
};

function reply({ method, path }: SeenRequest): Response {
  if (path.endsWith('/stop')) return HttpResponse.json(clinicStop);
  if (path.endsWith('/booking-standing')) {
    return HttpResponse.json({
      cardRef: 'crd_1',
      noShows: 1,
      windowDays: 90,
      banThreshold: 3,
      bannedUntil: null,
    });
  }
  if (path === '/v1/appointments' && method === 'GET') {
    return HttpResponse.json({ data: [appointment()], nextCursor: null } satisfies AppointmentPage);
  }
  const created = method === 'POST' && (path === '/v1/appointments' || path === '/v1/hospital/appointments');
  return HttpResponse.json(appointment(), { status: created ? 201 : 200 });
}

function signedIn(config: Parameters<typeof testClient>[0] = {}) {
  return testClient(config, storedTokens('a', T0));
}

describe('client.appointments (resident)', () => {
  it('sends each operation with its method, path, query and body, signed in, without the hospital key', async () => {
    const seen = recordRequests(server, reply);
    const { client } = signedIn({ hospitalKey: 'hk_secret_never_sent_here' });

    await expect(client.appointments.book('hld_1')).resolves.toEqual(appointment());
    await expect(client.appointments.list({ view: 'past', cardRef: 'crd_1', limit: 5 })).resolves.toEqual({
      data: [appointment()],
      nextCursor: null,
    });
    await client.appointments.get('apt_1');
    await client.appointments.cancel('apt_1');
    await expect(client.appointments.standing('crd_1')).resolves.toMatchObject({
      noShows: 1,
      bannedUntil: null,
    });

    expect(seen.map(({ method, path, query, body }) => [method, path, query, body])).toEqual([
      ['POST', '/v1/appointments', {}, { holdId: 'hld_1' }],
      ['GET', '/v1/appointments', { view: 'past', cardRef: 'crd_1', limit: '5' }, undefined],
      ['GET', '/v1/appointments/apt_1', {}, undefined],
      ['POST', '/v1/appointments/apt_1/cancel', {}, undefined],
      ['GET', '/v1/cards/crd_1/booking-standing', {}, undefined],
    ]);
    for (const { method, headers } of seen) {
      expect(headers.get('authorization')).toMatch(/^Bearer /);
      expect(headers.get('x-yika-channel')).toBe('wechat-miniapp');
      expect(headers.get('x-yika-hospital-key')).toBeNull();
      expect(headers.get('idempotency-key') !== null).toBe(method === 'POST');
    }
  });

  it('encodes ids as one path segment', async () => {
    const seen = recordRequests(server, reply);
    const { client } = signedIn();
    await client.appointments.get('a/b?c');
    await client.appointments.cancel('../holds/x');
    await client.appointments.standing('crd/1');
    expect(seen.map(({ path }) => path)).toEqual([
      '/v1/appointments/a%2Fb%3Fc',
      '/v1/appointments/..%2Fholds%2Fx/cancel',
      '/v1/cards/crd%2F1/booking-standing',
    ]);
  });

  it('iterates every page following nextCursor, keeping the filters, and stops when the loop breaks', async () => {
    const pages: Record<string, AppointmentPage> = {
      start: { data: [appointment({ id: 'apt_1' }), appointment({ id: 'apt_2' })], nextCursor: 'p2' },
      p2: { data: [appointment({ id: 'apt_3' })], nextCursor: null },
    };
    const seen = recordRequests(server, ({ query }) => HttpResponse.json(pages[query.cursor ?? 'start']));
    const { client } = signedIn();
    const ids: string[] = [];
    for await (const item of client.appointments.iterate({ view: 'upcoming', limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(['apt_1', 'apt_2', 'apt_3']);
    expect(seen.map(({ query }) => query)).toEqual([
      { view: 'upcoming', limit: '2' },
      { view: 'upcoming', limit: '2', cursor: 'p2' },
    ]);

    seen.length = 0;
    for await (const item of client.appointments.iterate()) {
      expect(item.id).toBe('apt_1');
      break;
    }
    expect(seen).toHaveLength(1);
  });

  it('retries a cancel after a 503 with the same idempotency key', async () => {
    let attempts = 0;
    const cancelled: Appointment = appointment({ status: 'cancelled', cancellable: false });
    const seen = recordRequests(server, () =>
      ++attempts === 1 ? errorResponse(503, 'SERVICE_UNAVAILABLE') : HttpResponse.json(cancelled),
    );
    const { client, sleeps } = signedIn();
    await expect(client.appointments.cancel('apt_1', { idempotencyKey: 'cancel_tap_1' })).resolves.toEqual(
      cancelled,
    );
    expect(sleeps).toHaveLength(1);
    expect(seen.map(({ headers }) => headers.get('idempotency-key'))).toEqual([
      'cancel_tap_1',
      'cancel_tap_1',
    ]);
  });

  it.each([
    ['book', 409, 'PAYMENT_REQUIRED'],
    ['book', 409, 'HOLD_EXPIRED'],
    ['book', 409, 'BOOKING_LIMIT'],
    ['book', 409, 'BANNED_FOR_NO_SHOW'],
    ['cancel', 409, 'CANCEL_CUTOFF_PASSED'],
    ['cancel', 409, 'APPOINTMENT_NOT_CANCELLABLE'],
    ['get', 404, 'NOT_FOUND'],
  ] as const)(
    '%s: a %i %s is an ApiError with its Chinese message, never retried',
    async (operation, status, code) => {
      const seen = recordRequests(server, () => errorResponse(status, code, {}, errorMessages[code]));
      const { client, sleeps } = signedIn();
      const calls = {
        book: () => client.appointments.book('hld_1'),
        cancel: () => client.appointments.cancel('apt_1'),
        get: () => client.appointments.get('apt_other'),
      };
      await expect(calls[operation]()).rejects.toMatchObject({
        name: 'ApiError',
        status,
        code,
        message: errorMessages[code],
      });
      expect(seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );

  it('needs a session: SIGNED_OUT without a request', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient();
    await expect(client.appointments.book('hld_1')).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    await expect(client.appointments.list()).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(seen).toHaveLength(0);
  });
});

describe('client.appointments (hospital side)', () => {
  function hospitalClient() {
    return testClient({ channel: 'kiosk', hospitalKey: 'hk_test_0001' });
  }

  it('books at the kiosk, checks in and stops a schedule with the hospital key and no access token', async () => {
    const seen = recordRequests(server, reply);
    const { client } = hospitalClient();

    await expect(
      client.appointments.bookAtHospital({ cardCode: '  8A3F:1:20261123\r\n', slotId: 'slot_1' }),
    ).resolves.toEqual(appointment());
    await client.appointments.checkIn('apt/1');
    await expect(client.appointments.stopSchedule('sch_1', { reason: '医生临时外出会诊' })).resolves.toEqual(
      clinicStop,
    );

    expect(seen.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['POST', '/v1/hospital/appointments', { cardCode: '8A3F:1:20261123', slotId: 'slot_1' }],
      ['POST', '/v1/hospital/appointments/apt%2F1/check-in', undefined],
      ['POST', '/v1/hospital/schedules/sch_1/stop', { reason: '医生临时外出会诊' }],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('x-yika-hospital-key')).toBe('hk_test_0001');
      expect(headers.get('x-yika-channel')).toBe('kiosk');
      expect(headers.get('authorization')).toBeNull();
      expect(headers.get('idempotency-key')).toBeTruthy();
    }
  });

  it('without a hospital key: HOSPITAL_KEY_REQUIRED and no request', async () => {
    const seen = recordRequests(server, reply);
    const { client } = signedIn();
    await expect(
      client.appointments.bookAtHospital({ cardCode: 'x', slotId: 'slot_1' }),
    ).rejects.toMatchObject({
      code: 'HOSPITAL_KEY_REQUIRED',
    });
    await expect(client.appointments.checkIn('apt_1')).rejects.toMatchObject({
      code: 'HOSPITAL_KEY_REQUIRED',
    });
    await expect(client.appointments.stopSchedule('sch_1', { reason: 'x' })).rejects.toMatchObject({
      code: 'HOSPITAL_KEY_REQUIRED',
    });
    expect(seen).toHaveLength(0);
  });

  it('a 409 CHECK_IN_NOT_ALLOWED is never retried', async () => {
    const seen = recordRequests(server, () => errorResponse(409, 'CHECK_IN_NOT_ALLOWED'));
    const { client, sleeps } = hospitalClient();
    await expect(client.appointments.checkIn('apt_1')).rejects.toMatchObject({
      code: 'CHECK_IN_NOT_ALLOWED',
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});
