// The pipeline's own safety nets, with handlers that misbehave on purpose.
import { createClock } from '../src/clock';
import { getContract } from '../src/contract';
import { FaultTable } from '../src/http/faults';
import type { OperationDefinition } from '../src/http/operation';
import { Pipeline } from '../src/http/pipeline';
import { PlatformStore } from '../src/store/store';

const contract = getContract();
const store = new PlatformStore({ seed: 1, accessTokenTtlSeconds: 900 }, createClock());
const operation = contract.operation('listDistricts');
const request = () =>
  new Request('http://platform.test/v1/districts', { headers: { 'X-Yika-Channel': 'web' } });

function pipeline(validateResponses: boolean): Pipeline {
  return new Pipeline({ contract, store: () => store, faults: new FaultTable(), validateResponses });
}

function route(resolve: OperationDefinition['resolve']) {
  return { operation, definition: { operationId: 'listDistricts' as const, resolve }, pathParams: {} };
}

describe('pipeline safety nets', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => errors.mockRestore());

  it('with validateResponses, turns a response that breaks the contract into a loud 500', async () => {
    const broken = route(() => ({ status: 200, body: { data: [{ code: 'x', name: '海曙区' }] } }));
    const response = await pipeline(true).handle(request(), broken);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; details: { field: string }[] } };
    expect(body.error.code).toBe('INTERNAL_ERROR');
    expect(body.error.details.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['response.body.data[0].code', 'response.body.data[0].hospitalCount']),
    );
    expect(errors).toHaveBeenCalled();
    // Without validation the same handler's answer goes out as it is.
    expect((await pipeline(false).handle(request(), broken)).status).toBe(200);
  });

  it('answers a handler bug with 500 INTERNAL_ERROR and a request id, and logs it', async () => {
    const response = await pipeline(true).handle(
      request(),
      route(() => {
        throw new Error('boom');
      }),
    );
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe('INTERNAL_ERROR');
    expect(response.headers.get('x-request-id')).toBe(body.error.requestId);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('/v1/districts failed'), expect.any(Error));
  });
});
