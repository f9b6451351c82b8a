import { ApiError, AuthError, NetworkError } from '@yika/sdk';
import { errorMessageOf, FALLBACK_ERROR_MESSAGE, isSignedOutError } from '../src/lib/errors';

describe('errorMessageOf', () => {
  it("shows the platform's Chinese message", () => {
    const error = new ApiError({
      status: 429,
      code: 'SMS_RATE_LIMITED',
      message: '验证码发送太频繁',
      requestId: 'r1',
    });
    expect(errorMessageOf(error)).toBe('验证码发送太频繁');
  });

  it("shows the SDK's own message for client-side failures", () => {
    const message = errorMessageOf(new NetworkError());
    expect(message).not.toBe(FALLBACK_ERROR_MESSAGE);
    expect(message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('never shows a foreign error text (stack traces, English) to a resident', () => {
    expect(errorMessageOf(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      FALLBACK_ERROR_MESSAGE,
    );
    expect(errorMessageOf('boom')).toBe(FALLBACK_ERROR_MESSAGE);
  });
});

describe('isSignedOutError', () => {
  it('recognises the ways a session ends', () => {
    expect(isSignedOutError(new ApiError({ status: 401, code: 'UNAUTHENTICATED', requestId: 'r' }))).toBe(
      true,
    );
    expect(isSignedOutError(new AuthError('SIGNED_OUT'))).toBe(true);
    expect(isSignedOutError(new NetworkError())).toBe(false);
    expect(isSignedOutError(new Error('UNAUTHENTICATED'))).toBe(false);
  });
});
