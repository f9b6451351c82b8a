import { HttpResponse } from 'msw';
import type { SearchHit } from '../../src/types';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { recordRequests, type SeenRequest } from '../support/record';
import { useMockServer } from '../support/server';
import {
  calendar,
  departmentHit,
  doctor,
  doctorHit,
  doctorSummary,
  earliestSlot,
  policy,
  schedule,
  scheduleSlots,
} from '../support/booking';

const server = useMockServer();

type Seen = SeenRequest;

/** Records every request to the platform and answers with `reply`. */
const recordAll = (reply: (seen: Seen) => Response | Promise<Response>) => recordRequests(server, reply);

/** What the platform answers on each booking path (by its last segment). */
function bookingReply({ path }: Seen): Response {
  if (path.endsWith('/booking-policy')) return HttpResponse.json(policy);
  if (path.endsWith('/doctors')) return HttpResponse.json({ data: [doctorSummary(1), doctorSummary(2)] });
  if (path.endsWith('/calendar')) return HttpResponse.json({ data: calendar });
  if (path.endsWith('/schedules')) return HttpResponse.json({ data: [schedule] });
  if (path.endsWith('/slots')) return HttpResponse.json(scheduleSlots);
  if (path === '/v1/search') return HttpResponse.json({ data: [doctorHit(1)], nextCursor: null });
  if (path === '/v1/earliest-slots') return HttpResponse.json({ data: [earliestSlot] });
  return HttpResponse.json(doctor);
}

describe('finding a slot', () => {
  it('calls each operation with its method, path and query, and unwraps the lists', async () => {
    const seen = recordAll(bookingReply);
    // Signed in on purpose: public reads must still go out without the access token.
    const { client } = testClient({}, storedTokens('a', T0));

    await expect(client.hospitals.bookingPolicy('hos_1')).resolves.toEqual(policy);
    await expect(client.doctors.list('dep_peds')).resolves.toEqual([doctorSummary(1), doctorSummary(2)]);
    await expect(client.doctors.get('doc_1')).resolves.toEqual(doctor);
    await expect(client.doctors.calendar('doc_1')).resolves.toEqual(calendar);
    await expect(client.doctors.calendar('doc_1', { from: '2026-11-25' })).resolves.toEqual(calendar);
    await expect(client.doctors.schedules('doc_1', { from: '2026-11-24' })).resolves.toEqual([schedule]);
    await expect(client.schedules.forDepartment('dep_peds', '2026-11-24')).resolves.toEqual([schedule]);
    await expect(client.schedules.departmentCalendar('dep_peds')).resolves.toEqual(calendar);
    await expect(client.schedules.departmentCalendar('dep_peds', { from: '2026-11-30' })).resolves.toEqual(
      calendar,
    );
    await expect(client.schedules.slots('sch_1')).resolves.toEqual(scheduleSlots);
    await expect(
      client.schedules.earliest({ departmentKind: 'pediatrics', district: '330203', limit: 5 }),
    ).resolves.toEqual([earliestSlot]);
    await expect(client.schedules.earliest({ departmentKind: 'ent' })).resolves.toEqual([earliestSlot]);
    await expect(client.search.query({ q: '哮喘', type: 'doctor', limit: 5 })).resolves.toEqual({
      data: [doctorHit(1)],
      nextCursor: null,
    });

    expect(seen.map(({ method, path, query }) => [method, path, query])).toEqual([
      ['GET', '/v1/hospitals/hos_1/booking-policy', {}],
      ['GET', '/v1/departments/dep_peds/doctors', {}],
      ['GET', '/v1/doctors/doc_1', {}],
      ['GET', '/v1/doctors/doc_1/calendar', {}],
      ['GET', '/v1/doctors/doc_1/calendar', { from: '2026-11-25' }],
      ['GET', '/v1/doctors/doc_1/schedules', { from: '2026-11-24' }],
      ['GET', '/v1/departments/dep_peds/schedules', { date: '2026-11-24' }],
      ['GET', '/v1/departments/dep_peds/calendar', {}],
      ['GET', '/v1/departments/dep_peds/calendar', { from: '2026-11-30' }],
      ['GET', '/v1/schedules/sch_1/slots', {}],
      ['GET', '/v1/earliest-slots', { departmentKind: 'pediatrics', district: '330203', limit: '5' }],
      ['GET', '/v1/earliest-slots', { departmentKind: 'ent' }],
      ['GET', '/v1/search', { q: '哮喘', type: 'doctor', limit: '5' }],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('x-yika-channel')).toBe('wechat-miniapp');
      expect(headers.get('authorization')).toBeNull();
      expect(headers.get('idempotency-key')).toBeNull();
    }
  });

  it('encodes every id as one path segment', async () => {
    const seen = recordAll(bookingReply);
    const { client } = testClient();
    const id = 'a/b ?c#d';
    await client.hospitals.bookingPolicy(id);
    await client.doctors.list(id);
    await client.doctors.get(id);
    await client.doctors.calendar(id);
    await client.doctors.schedules(id);
    await client.schedules.forDepartment(id, '2026-11-24');
    await client.schedules.departmentCalendar(id);
    await client.schedules.slots(id);
    const encoded = 'a%2Fb%20%3Fc%23d';
    expect(seen.map(({ path }) => path)).toEqual([
      `/v1/hospitals/${encoded}/booking-policy`,
      `/v1/departments/${encoded}/doctors`,
      `/v1/doctors/${encoded}`,
      `/v1/doctors/${encoded}/calendar`,
      `/v1/doctors/${encoded}/schedules`,
      `/v1/departments/${encoded}/schedules`,
      `/v1/departments/${encoded}/calendar`,
      `/v1/schedules/${encoded}/slots`,
    ]);
    // Nothing leaked from the id into the query string.
    expect(seen[5]!.query).toEqual({ date: '2026-11-24' });
    for (const { query } of seen.filter((_, index) => index !== 5)) expect(query).toEqual({});
  });

  it.each([
    ['hospitals.bookingPolicy'],
    ['doctors.list'],
    ['doctors.get'],
    ['doctors.calendar'],
    ['doctors.schedules'],
    ['schedules.forDepartment'],
    ['schedules.departmentCalendar'],
    ['schedules.slots'],
  ] as const)('%s: a 404 is an ApiError NOT_FOUND, not retried', async (operation) => {
    const seen = recordAll(() => errorResponse(404, 'NOT_FOUND', {}, '没有找到该医生'));
    const { client, sleeps } = testClient();
    const calls = {
      'hospitals.bookingPolicy': () => client.hospitals.bookingPolicy('hos_gone'),
      'doctors.list': () => client.doctors.list('dep_gone'),
      'doctors.get': () => client.doctors.get('doc_gone'),
      'doctors.calendar': () => client.doctors.calendar('doc_gone'),
      'doctors.schedules': () => client.doctors.schedules('doc_gone'),
      'schedules.forDepartment': () => client.schedules.forDepartment('dep_gone', '2026-11-24'),
      'schedules.departmentCalendar': () => client.schedules.departmentCalendar('dep_gone'),
      'schedules.slots': () => client.schedules.slots('sch_gone'),
    };
    await expect(calls[operation]()).rejects.toMatchObject({
      name: 'ApiError',
      isYikaError: true,
      status: 404,
      code: 'NOT_FOUND',
      message: '没有找到该医生',
      requestId: 'req_404',
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('surfaces a 400 for a bad earliest-slots query without retrying', async () => {
    const seen = recordAll(() => errorResponse(400, 'VALIDATION_FAILED'));
    const { client, sleeps } = testClient();
    await expect(
      client.schedules.earliest({ departmentKind: 'pediatrics', limit: 99 }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a read after a 503, and no attempt carries an Idempotency-Key, even when one is passed', async () => {
    let attempts = 0;
    const seen = recordAll(() =>
      ++attempts === 1 ? errorResponse(503, 'SERVICE_UNAVAILABLE') : HttpResponse.json(scheduleSlots),
    );
    const { client, sleeps } = testClient();
    await expect(client.schedules.slots('sch_1', { idempotencyKey: 'key_from_caller' })).resolves.toEqual(
      scheduleSlots,
    );
    expect(seen).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    for (const { headers } of seen) expect(headers.get('idempotency-key')).toBeNull();
  });
});

describe('client.search', () => {
  const pages: Record<string, { data: SearchHit[]; nextCursor: string | null }> = {
    start: { data: [doctorHit(1), doctorHit(2)], nextCursor: 'p2' },
    p2: { data: [doctorHit(3), departmentHit('儿科')], nextCursor: 'p3' },
    p3: { data: [departmentHit('小儿内科')], nextCursor: null },
  };
  const answerPages = (seen: Seen) => HttpResponse.json(pages[seen.query.cursor ?? 'start']);
  const label = (hit: SearchHit) => (hit.type === 'doctor' ? hit.doctor.id : hit.department.name);

  it('iterates every page by following nextCursor, keeping q, type and limit', async () => {
    const seen = recordAll(answerPages);
    const { client } = testClient();
    const hits: string[] = [];
    for await (const hit of client.search.iterate({ q: '儿', limit: 2 })) hits.push(label(hit));
    expect(hits).toEqual(['doc_1', 'doc_2', 'doc_3', '儿科', '小儿内科']);
    expect(seen.map(({ query }) => query)).toEqual([
      { q: '儿', limit: '2' },
      { q: '儿', limit: '2', cursor: 'p2' },
      { q: '儿', limit: '2', cursor: 'p3' },
    ]);
  });

  it('starts from a given cursor and fetches no page beyond the one being read', async () => {
    const seen = recordAll(answerPages);
    const { client } = testClient();
    for await (const hit of client.search.iterate({ q: '儿', type: 'department', cursor: 'p2' })) {
      expect(label(hit)).toBe('doc_3');
      break;
    }
    expect(seen.map(({ query }) => query)).toEqual([{ q: '儿', type: 'department', cursor: 'p2' }]);
  });

  it('stops iterating with the error of a failed page', async () => {
    let calls = 0;
    recordAll((entry) => (++calls === 2 ? errorResponse(400, 'VALIDATION_FAILED') : answerPages(entry)));
    const { client } = testClient();
    const hits: string[] = [];
    await expect(
      (async () => {
        for await (const hit of client.search.iterate({ q: '儿' })) hits.push(label(hit));
      })(),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(hits).toEqual(['doc_1', 'doc_2']);
  });
});
