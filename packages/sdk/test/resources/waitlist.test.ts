import { HttpResponse } from 'msw';
import { errorMessages } from '../../src/domain/error-messages';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { waitlistEntry } from '../support/payments';
import { recordRequests, type SeenRequest } from '../support/record';
import { useMockServer } from '../support/server';

const server = useMockServer();

function reply({ method }: SeenRequest): Response {
  if (method === 'POST') return HttpResponse.json(waitlistEntry(), { status: 201 });
  if (method === 'DELETE') return new HttpResponse(null, { status: 204 });
  return HttpResponse.json({
    data: [waitlistEntry(), waitlistEntry({ id: 'wl_2', status: 'offered', position: null })],
  });
}

function signedIn(config: Parameters<typeof testClient>[0] = {}) {
  return testClient(config, storedTokens('a', T0));
}

describe('client.waitlist', () => {
  it('joins, lists (unwrapped) and leaves with method, path, body and keys on mutations only', async () => {
    const seen = recordRequests(server, reply);
    let next = 0;
    const { client } = signedIn({ generateId: () => `key_${++next}` });
    const request = { scheduleId: 'sch_1', cardRef: 'crd_1', position: 1 };
    await expect(client.waitlist.join(request)).resolves.toEqual(waitlistEntry());
    const entries = await client.waitlist.list({ cardRef: 'crd_1' });
    expect(entries.map(({ id, status }) => [id, status])).toEqual([
      ['wl_1', 'waiting'],
      ['wl_2', 'offered'],
    ]);
    await expect(client.waitlist.leave('wl/1')).resolves.toBeUndefined();
    expect(
      seen.map(({ method, path, query, body, headers }) => [
        method,
        path,
        query,
        body,
        headers.get('idempotency-key'),
      ]),
    ).toEqual([
      ['POST', '/v1/waitlist', {}, { scheduleId: 'sch_1', cardRef: 'crd_1' }, 'key_1'],
      ['GET', '/v1/waitlist', { cardRef: 'crd_1' }, undefined, null],
      ['DELETE', '/v1/waitlist/wl%2F1', {}, undefined, 'key_2'],
    ]);
    for (const { headers } of seen) expect(headers.get('authorization')).toMatch(/^Bearer /);
  });

  it.each([['WAITLIST_NOT_NEEDED'], ['WAITLIST_CLOSED'], ['ALREADY_WAITLISTED']] as const)(
    'join answered 409 %s: an ApiError in Chinese, never retried',
    async (code) => {
      const seen = recordRequests(server, () => errorResponse(409, code, {}, errorMessages[code]));
      const { client, sleeps } = signedIn();
      await expect(client.waitlist.join({ scheduleId: 'sch_1', cardRef: 'crd_1' })).rejects.toMatchObject({
        code,
        message: errorMessages[code],
      });
      expect(seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    },
  );
});
