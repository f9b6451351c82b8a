import { HttpResponse } from 'msw';
import type { EventPage } from '../../src/types';
import { T0, storedTokens, testClient } from '../support/platform';
import { accountEvent } from '../support/payments';
import { recordRequests } from '../support/record';
import { useMockServer } from '../support/server';

const server = useMockServer();

describe('client.events', () => {
  it('lists one page and iterates all, signed in, stopping when the loop breaks', async () => {
    const pages: Record<string, EventPage> = {
      start: { data: [accountEvent(1), accountEvent(2)], nextCursor: 'p2' },
      p2: { data: [accountEvent(3)], nextCursor: null },
    };
    const seen = recordRequests(server, ({ query }) => HttpResponse.json(pages[query.cursor ?? 'start']));
    const { client } = testClient({}, storedTokens('a', T0));

    await expect(client.events.list({ limit: 2 })).resolves.toEqual(pages.start);
    const ids: string[] = [];
    for await (const event of client.events.iterate({ limit: 2 })) ids.push(event.id);
    expect(ids).toEqual(['evt_1', 'evt_2', 'evt_3']);
    expect(seen.map(({ method, path, query }) => [method, path, query])).toEqual([
      ['GET', '/v1/events', { limit: '2' }],
      ['GET', '/v1/events', { limit: '2' }],
      ['GET', '/v1/events', { limit: '2', cursor: 'p2' }],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('authorization')).toMatch(/^Bearer /);
      expect(headers.get('idempotency-key')).toBeNull();
    }

    seen.length = 0;
    for await (const event of client.events.iterate()) {
      expect(event.id).toBe('evt_1');
      break;
    }
    expect(seen).toHaveLength(1);
  });

  it('needs a session', async () => {
    const seen = recordRequests(server, () => HttpResponse.json({ data: [], nextCursor: null }));
    const { client } = testClient();
    await expect(client.events.list()).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(seen).toHaveLength(0);
  });
});
