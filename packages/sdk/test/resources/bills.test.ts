import { HttpResponse } from 'msw';
import type { BillPage } from '../../src/types';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { bill } from '../support/payments';
import { recordRequests } from '../support/record';
import { useMockServer } from '../support/server';

const server = useMockServer();

function signedIn() {
  return testClient({}, storedTokens('a', T0));
}

describe('client.bills', () => {
  it('lists with filters as query parameters and gets one bill, signed in, no idempotency key', async () => {
    const page: BillPage = { data: [bill()], nextCursor: null };
    const seen = recordRequests(server, ({ path }) =>
      HttpResponse.json(path === '/v1/bills' ? page : bill({ id: 'bil/1' })),
    );
    const { client } = signedIn();
    await expect(
      client.bills.list({ cardRef: 'crd_1', status: 'paid', hospitalId: 'hos_1', limit: 10 }),
    ).resolves.toEqual(page);
    await expect(client.bills.get('bil/1')).resolves.toEqual(bill({ id: 'bil/1' }));
    expect(seen.map(({ method, path, query }) => [method, path, query])).toEqual([
      ['GET', '/v1/bills', { cardRef: 'crd_1', status: 'paid', hospitalId: 'hos_1', limit: '10' }],
      ['GET', '/v1/bills/bil%2F1', {}],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('authorization')).toMatch(/^Bearer /);
      expect(headers.get('idempotency-key')).toBeNull();
    }
  });

  it('iterates every page, keeping the filters', async () => {
    const pages: Record<string, BillPage> = {
      start: { data: [bill({ id: 'bil_1' }), bill({ id: 'bil_2' })], nextCursor: 'p2' },
      p2: { data: [bill({ id: 'bil_3' })], nextCursor: null },
    };
    const seen = recordRequests(server, ({ query }) => HttpResponse.json(pages[query.cursor ?? 'start']));
    const { client } = signedIn();
    const ids: string[] = [];
    for await (const item of client.bills.iterate({ hospitalId: 'hos_1' })) ids.push(item.id);
    expect(ids).toEqual(['bil_1', 'bil_2', 'bil_3']);
    expect(seen.map(({ query }) => query)).toEqual([
      { hospitalId: 'hos_1' },
      { hospitalId: 'hos_1', cursor: 'p2' },
    ]);
  });

  it("another account's bill is a 404 NOT_FOUND, not retried", async () => {
    const seen = recordRequests(server, () => errorResponse(404, 'NOT_FOUND'));
    const { client, sleeps } = signedIn();
    await expect(client.bills.get('bil_other')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a read after a 502', async () => {
    let attempts = 0;
    recordRequests(server, () =>
      ++attempts === 1 ? errorResponse(502, 'SERVICE_UNAVAILABLE') : HttpResponse.json(bill()),
    );
    const { client, sleeps } = signedIn();
    await expect(client.bills.get('bil_1')).resolves.toEqual(bill());
    expect(sleeps).toHaveLength(1);
  });
});
