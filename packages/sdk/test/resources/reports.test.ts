import { HttpResponse } from 'msw';
import { isExamReport, isLabReport } from '../../src/index';
import type { ReportPage, Webhook } from '../../src/types';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { recordRequests, type SeenRequest } from '../support/record';
import { examReport, labReport, reportSummary, trend, trendPoint } from '../support/reports';
import { useMockServer } from '../support/server';

const server = useMockServer();

const webhook: Webhook = {
  id: 'whk_1',
  url: 'https://his.example/yika/events',
  events: ['report.ready'],
  createdAt: '2026-11-23T08:00:00+08:00',
};
const pages: Record<string, ReportPage> = {
  start: { data: [reportSummary(1), reportSummary(2)], nextCursor: 'p2' },
  p2: { data: [reportSummary(3)], nextCursor: null },
};
const T0_ISO = '2026-11-23T08:00:00+08:00';
const glucoseTrend = trend([trendPoint('2026-05-01T08:00:00+08:00', 6.4)]);

function reply({ method, path, query }: SeenRequest): Response {
  if (path === '/v1/reports') return HttpResponse.json(pages[query.cursor ?? 'start']);
  if (path === '/v1/reports/rpt_lab') return HttpResponse.json(labReport());
  if (path.startsWith('/v1/reports/')) return HttpResponse.json(examReport());
  if (path.endsWith('/trends'))
    return HttpResponse.json({ data: [{ code: 'GLU', name: '葡萄糖', count: 3, latestAt: T0_ISO }] });
  if (path.includes('/trends/')) return HttpResponse.json(glucoseTrend);
  if (method === 'POST') return HttpResponse.json(webhook, { status: 201 });
  if (method === 'DELETE') return new HttpResponse(null, { status: 204 });
  return HttpResponse.json({ data: [webhook] });
}

describe('client.reports', () => {
  it('lists with every filter, iterates all pages and stops when the loop breaks', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient({ hospitalKey: 'hk_never_sent_by_residents' }, storedTokens('a', T0));
    const params = {
      cardRef: 'crd_1',
      type: 'lab',
      hospitalId: 'hos_1',
      from: '2026-01-01',
      to: '2026-11-23',
      limit: 2,
    } as const;

    await expect(client.reports.list(params)).resolves.toEqual(pages.start);
    const ids: string[] = [];
    for await (const report of client.reports.iterate(params)) ids.push(report.id);
    expect(ids).toEqual(['rpt_1', 'rpt_2', 'rpt_3']);
    const query = {
      cardRef: 'crd_1',
      type: 'lab',
      hospitalId: 'hos_1',
      from: '2026-01-01',
      to: '2026-11-23',
      limit: '2',
    };
    expect(seen.map(({ method, path, query }) => [method, path, query])).toEqual([
      ['GET', '/v1/reports', query],
      ['GET', '/v1/reports', query],
      ['GET', '/v1/reports', { ...query, cursor: 'p2' }],
    ]);

    seen.length = 0;
    for await (const report of client.reports.iterate()) {
      expect(report.id).toBe('rpt_1');
      break;
    }
    expect(seen.map(({ query }) => query)).toEqual([{}]);
  });

  it('gets a report and narrows it with the guards', async () => {
    recordRequests(server, reply);
    const { client } = testClient({}, storedTokens('a', T0));

    const lab = await client.reports.get('rpt_lab');
    const exam = await client.reports.get('rpt_exam');
    expect([isLabReport(lab), isExamReport(lab), isLabReport(exam), isExamReport(exam)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    if (!isLabReport(lab) || !isExamReport(exam)) throw new Error('unreachable');
    expect(lab.results[0]).toMatchObject({ code: 'GLU', interpretation: 'H' });
    expect(exam.impression).toBe('心肺膈未见明显异常。');
  });

  it('sends trend requests to the card, each id as one encoded path segment, with the token and no key', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient({ hospitalKey: 'hk_never_sent_by_residents' }, storedTokens('a', T0));

    await expect(client.reports.trendItems('crd/1')).resolves.toEqual([
      { code: 'GLU', name: '葡萄糖', count: 3, latestAt: T0_ISO },
    ]);
    await expect(client.reports.trend('crd_1', 'LDL-C?x')).resolves.toEqual(glucoseTrend);
    await client.reports.get('rpt/../1');

    expect(seen.map(({ method, path }) => [method, path])).toEqual([
      ['GET', '/v1/cards/crd%2F1/trends'],
      ['GET', '/v1/cards/crd_1/trends/LDL-C%3Fx'],
      ['GET', '/v1/reports/rpt%2F..%2F1'],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('authorization')).toMatch(/^Bearer /);
      expect(headers.get('x-yika-hospital-key')).toBeNull();
      expect(headers.get('idempotency-key')).toBeNull();
    }
  });

  it("another account's report is a NOT_FOUND answer, not retried", async () => {
    const seen = recordRequests(server, () => errorResponse(404, 'NOT_FOUND'));
    const { client, sleeps } = testClient({}, storedTokens('a', T0));
    await expect(client.reports.get('rpt_other')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('needs a session: SIGNED_OUT without a request', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient();
    await expect(client.reports.list()).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    await expect(client.reports.trend('crd_1', 'GLU')).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(seen).toHaveLength(0);
  });
});

describe('client.webhooks (hospital side)', () => {
  it('creates, lists and deletes with the hospital key, no token, an idempotency key on mutations', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient(
      { channel: 'hospital-app', hospitalKey: 'hk_test_0001' },
      storedTokens('a', T0),
    );

    await expect(
      client.webhooks.create({ url: webhook.url, events: ['report.ready'] }, { idempotencyKey: 'idem-1' }),
    ).resolves.toEqual(webhook);
    await expect(client.webhooks.list()).resolves.toEqual([webhook]);
    await expect(client.webhooks.delete('whk/1')).resolves.toBeUndefined();

    expect(seen.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['POST', '/v1/hospital/webhooks', { url: webhook.url, events: ['report.ready'] }],
      ['GET', '/v1/hospital/webhooks', undefined],
      ['DELETE', '/v1/hospital/webhooks/whk%2F1', undefined],
    ]);
    expect(seen.map(({ headers }) => headers.get('idempotency-key'))).toEqual([
      'idem-1',
      null,
      expect.any(String),
    ]);
    for (const { headers } of seen) {
      expect(headers.get('x-yika-hospital-key')).toBe('hk_test_0001');
      expect(headers.get('x-yika-channel')).toBe('hospital-app');
      expect(headers.get('authorization')).toBeNull();
    }
  });

  it('without a hospital key: HOSPITAL_KEY_REQUIRED and no request', async () => {
    const seen = recordRequests(server, reply);
    const { client } = testClient({}, storedTokens('a', T0));
    for (const call of [
      () => client.webhooks.create({ url: webhook.url, events: ['report.ready'] }),
      () => client.webhooks.list(),
      () => client.webhooks.delete('whk_1'),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'HOSPITAL_KEY_REQUIRED' });
    }
    expect(seen).toHaveLength(0);
  });

  it('a 400 VALIDATION_FAILED (not an http(s) URL) is an answer, never retried', async () => {
    const seen = recordRequests(server, () => errorResponse(400, 'VALIDATION_FAILED'));
    const { client, sleeps } = testClient({ hospitalKey: 'hk_test_0001' });
    await expect(
      client.webhooks.create({ url: 'ftp://his.example', events: ['report.ready'] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});
