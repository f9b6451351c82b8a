import { HttpResponse } from 'msw';
import { errorMessages } from '../../src/domain/error-messages';
import { T0, errorResponse, storedTokens, testClient } from '../support/platform';
import { recordRequests, type SeenRequest } from '../support/record';
import { useMockServer } from '../support/server';
import { hold } from '../support/booking';

const server = useMockServer();

type Seen = SeenRequest;

/** Records every request to the platform and answers with `reply`. */
const recordAll = (reply: (seen: Seen) => Response | Promise<Response>) => recordRequests(server, reply);

/** What the platform answers to each hold operation. */
function holdReply({ method }: Seen): Response {
  if (method === 'POST') return HttpResponse.json(hold(), { status: 201 });
  if (method === 'DELETE') return new HttpResponse(null, { status: 204 });
  return HttpResponse.json(hold({ status: 'expired' }));
}

function signedIn(config: Parameters<typeof testClient>[0] = {}) {
  return testClient(config, storedTokens('a', T0));
}

describe('client.holds', () => {
  it('creates, reads and releases a hold with its method, path and body, signed in', async () => {
    const seen = recordAll(holdReply);
    const { client } = signedIn();

    await expect(client.holds.create({ slotId: 'slot_1', cardRef: 'crd_1' })).resolves.toEqual(hold());
    await expect(client.holds.get('hld_1')).resolves.toEqual(hold({ status: 'expired' }));
    await expect(client.holds.release('hld_1')).resolves.toBeUndefined();

    expect(seen.map(({ method, path, query, body }) => [method, path, query, body])).toEqual([
      ['POST', '/v1/holds', {}, { slotId: 'slot_1', cardRef: 'crd_1' }],
      ['GET', '/v1/holds/hld_1', {}, undefined],
      ['DELETE', '/v1/holds/hld_1', {}, undefined],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('authorization')).toMatch(/^Bearer \S+\.\S+\.\S+$/);
      expect(headers.get('x-yika-channel')).toBe('wechat-miniapp');
      expect(headers.get('x-yika-hospital-key')).toBeNull();
    }
  });

  it('sends only slotId and cardRef, whatever else the object carries', async () => {
    const seen = recordAll(holdReply);
    const { client } = signedIn();
    const request = { slotId: 'slot_1', cardRef: 'crd_1', status: 'held', accountId: 'acc_other' };
    await client.holds.create(request);
    expect(seen[0]!.body).toEqual({ slotId: 'slot_1', cardRef: 'crd_1' });
  });

  it('encodes a hold id as one path segment', async () => {
    const seen = recordAll(holdReply);
    const { client } = signedIn();
    await client.holds.get('a/b ?c#d');
    await client.holds.release('../cards');
    expect(seen.map(({ method, path, query }) => [method, path, query])).toEqual([
      ['GET', '/v1/holds/a%2Fb%20%3Fc%23d', {}],
      ['DELETE', '/v1/holds/..%2Fcards', {}],
    ]);
  });

  it('puts an idempotency key on create and release (none on get), reusing a given one', async () => {
    const seen = recordAll(holdReply);
    let next = 0;
    const { client } = signedIn({ generateId: () => `key_generated_${++next}` });
    await client.holds.create({ slotId: 'slot_1', cardRef: 'crd_1' }, { idempotencyKey: 'hold_tap_0001' });
    await client.holds.create({ slotId: 'slot_2', cardRef: 'crd_1' });
    await client.holds.get('hld_1', { idempotencyKey: 'ignored_on_reads' });
    await client.holds.release('hld_1');
    await client.holds.release('hld_1', { idempotencyKey: 'release_tap_0001' });
    expect(seen.map(({ method, headers }) => [method, headers.get('idempotency-key')])).toEqual([
      ['POST', 'hold_tap_0001'],
      ['POST', 'key_generated_1'],
      ['GET', null],
      ['DELETE', 'key_generated_2'],
      ['DELETE', 'release_tap_0001'],
    ]);
  });

  it.each([['create'], ['release']] as const)(
    '%s: retried after a 503 with the same idempotency key',
    async (operation) => {
      let attempts = 0;
      const seen = recordAll((entry) =>
        ++attempts === 1 ? errorResponse(503, 'SERVICE_UNAVAILABLE') : holdReply(entry),
      );
      const { client, sleeps } = signedIn();
      if (operation === 'create') {
        await expect(client.holds.create({ slotId: 'slot_1', cardRef: 'crd_1' })).resolves.toEqual(hold());
      } else {
        await expect(client.holds.release('hld_1')).resolves.toBeUndefined();
      }
      expect(seen).toHaveLength(2);
      expect(sleeps).toHaveLength(1);
      const key = seen[0]!.headers.get('idempotency-key');
      expect(key).toBeTruthy();
      expect(seen[1]!.headers.get('idempotency-key')).toBe(key);
      expect(seen[1]!.body).toEqual(seen[0]!.body);
    },
  );

  it('surfaces 409 SLOT_UNAVAILABLE as an ApiError with its Chinese message, never retried', async () => {
    const message = errorMessages.SLOT_UNAVAILABLE;
    const seen = recordAll(() => errorResponse(409, 'SLOT_UNAVAILABLE', {}, message));
    const { client, sleeps } = signedIn();
    const failure = client.holds.create({ slotId: 'slot_1', cardRef: 'crd_1' });
    await expect(failure).rejects.toMatchObject({
      name: 'ApiError',
      isYikaError: true,
      status: 409,
      code: 'SLOT_UNAVAILABLE',
      message: '这个时段的号已经约满了，请选择其他时段',
      requestId: 'req_409',
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a 409 SLOT_UNAVAILABLE without a body message still reads in Chinese', async () => {
    recordAll(() =>
      HttpResponse.json({ error: { code: 'SLOT_UNAVAILABLE', requestId: 'req_409' } }, { status: 409 }),
    );
    const { client } = signedIn();
    await expect(client.holds.create({ slotId: 'slot_1', cardRef: 'crd_1' })).rejects.toMatchObject({
      code: 'SLOT_UNAVAILABLE',
      message: errorMessages.SLOT_UNAVAILABLE,
    });
  });

  it.each([
    ['create', 409, 'SCHEDULE_NOT_OPEN'],
    ['create', 409, 'BOOKING_CLOSED'],
    ['create', 409, 'CARD_SUSPENDED'],
    ['create', 404, 'NOT_FOUND'],
    ['get', 404, 'NOT_FOUND'],
    ['release', 404, 'NOT_FOUND'],
  ] as const)('%s: a %i %s is an ApiError, not retried', async (operation, status, code) => {
    const seen = recordAll(() => errorResponse(status, code, {}, errorMessages[code]));
    const { client, sleeps } = signedIn();
    const calls = {
      create: () => client.holds.create({ slotId: 'slot_gone', cardRef: 'crd_other' }),
      get: () => client.holds.get('hld_other'),
      release: () => client.holds.release('hld_other'),
    };
    await expect(calls[operation]()).rejects.toMatchObject({
      name: 'ApiError',
      status,
      code,
      message: errorMessages[code],
      requestId: `req_${status}`,
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('needs a session: SIGNED_OUT without a request', async () => {
    const seen = recordAll(holdReply);
    const { client } = testClient();
    await expect(client.holds.create({ slotId: 'slot_1', cardRef: 'crd_1' })).rejects.toMatchObject({
      code: 'SIGNED_OUT',
    });
    await expect(client.holds.get('hld_1')).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    await expect(client.holds.release('hld_1')).rejects.toMatchObject({ code: 'SIGNED_OUT' });
    expect(seen).toHaveLength(0);
  });
});
