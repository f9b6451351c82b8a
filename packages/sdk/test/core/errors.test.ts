import { http, HttpResponse } from 'msw';
import {
  AbortError,
  ApiError,
  AuthError,
  isApiError,
  isYikaError,
  NetworkError,
  TimeoutError,
  YikaError,
} from '../../src/errors';
import { errorMessages } from '../../src/domain/error-messages';
import { BASE_URL, accessToken, storedTokens, T0, testClient } from '../support/platform';
import { useMockServer } from '../support/server';

const server = useMockServer();

function answer(response: () => Response) {
  server.use(http.get(`${BASE_URL}/v1/hospitals/:id`, response));
}

describe('errors from platform answers', () => {
  it("builds an ApiError from the platform's error body", async () => {
    const details = [{ field: 'path.hospitalId', issue: 'too long' }];
    answer(() =>
      HttpResponse.json(
        { error: { code: 'NOT_FOUND', message: '没有找到这家医院', requestId: 'req_body', details } },
        { status: 404, headers: { 'X-Request-Id': 'req_header' } },
      ),
    );
    const { client } = testClient();
    const error = await client.hospitals.get('h404').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 404,
      code: 'NOT_FOUND',
      message: '没有找到这家医院',
      requestId: 'req_body',
      details,
      isYikaError: true,
    });
  });

  it('falls back to the status and the shared message table when the body is not the platform’s', async () => {
    answer(
      () => new HttpResponse('<html>nginx</html>', { status: 404, headers: { 'X-Request-Id': 'req_h' } }),
    );
    const { client } = testClient();
    await expect(client.hospitals.get('h1')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: errorMessages.NOT_FOUND,
      requestId: 'req_h',
    });
  });

  it('maps an unknown code from a newer platform by status, keeping its message', async () => {
    answer(() =>
      HttpResponse.json(
        { error: { code: 'BRAND_NEW', message: '新的错误', requestId: 'r1' } },
        { status: 400 },
      ),
    );
    const { client } = testClient();
    await expect(client.hospitals.get('h1')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '新的错误',
    });
  });

  it('raises NetworkError for a connection reset, with a cause that carries no request config', async () => {
    answer(() => HttpResponse.error());
    const { client } = testClient({ maxRetries: 0 }, storedTokens('secret', T0));
    const error = (await client.hospitals.get('h1').catch((caught: unknown) => caught)) as NetworkError;
    expect(error).toMatchObject({
      name: 'NetworkError',
      code: 'NETWORK_ERROR',
      message: errorMessages.NETWORK_ERROR,
    });
    expect(JSON.stringify(error.cause, Object.getOwnPropertyNames(error.cause))).not.toContain('config');
    expect(Object.keys(error.cause as object)).not.toContain('config');
  });

  it('reports a misconfigured client without retrying', async () => {
    const { client, sleeps } = testClient({
      adapter: () =>
        Promise.reject(Object.assign(new Error('There is no suitable adapter'), { code: 'ERR_NOT_SUPPORT' })),
    });
    await expect(client.hospitals.get('h1')).rejects.toMatchObject({ code: 'UNKNOWN_ERROR' });
    expect(sleeps).toEqual([]);
  });
});

describe('isYikaError', () => {
  it('recognises every SDK error by its brand', () => {
    const errors = [
      new YikaError('UNKNOWN_ERROR'),
      new ApiError({ status: 500, code: 'INTERNAL_ERROR', requestId: 'r' }),
      new NetworkError(),
      new TimeoutError(10),
      new AbortError(),
      new AuthError('SIGNED_OUT'),
    ];
    for (const error of errors) {
      expect(isYikaError(error)).toBe(true);
      expect(error).toBeInstanceOf(Error);
      expect(typeof error.code).toBe('string');
      expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(isApiError(errors[1])).toBe(true);
    expect(isApiError(errors[2])).toBe(false);
  });

  it('recognises an error from another copy of the SDK (no shared prototype)', () => {
    class OtherCopyError extends Error {
      readonly isYikaError = true as const;
      readonly code = 'NOT_FOUND';
      readonly status = 404;
    }
    const foreign = new OtherCopyError('没有找到');
    expect(foreign).not.toBeInstanceOf(YikaError);
    expect(isYikaError(foreign)).toBe(true);
    expect(isApiError(foreign)).toBe(true);
  });

  it.each([
    null,
    undefined,
    'NOT_FOUND',
    new Error('x'),
    { isYikaError: 'yes', code: 'X' },
    { isYikaError: true },
  ])('refuses %p', (value) => expect(isYikaError(value)).toBe(false));

  it('keeps tokens out of error messages', () => {
    expect(new AuthError('UNAUTHENTICATED').message).not.toContain(accessToken('x'));
  });
});
