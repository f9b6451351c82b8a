import { ApiError, NetworkError, type ErrorCode } from '@yika/sdk';
import { fieldForErrorCode, placeApplyError, placeSmsSendError } from '../src/lib/cardErrors';
import { FALLBACK_ERROR_MESSAGE, isTransientError } from '../src/lib/errors';

const apiError = (status: number, code: ErrorCode, message: string, details?: ApiError['details']) =>
  new ApiError({ status, code, message, requestId: 'r1', details });

describe('fieldForErrorCode', () => {
  it.each([
    ['ID_LENGTH', 'idNumber'],
    ['ID_CHECKSUM', 'idNumber'],
    ['ID_BIRTH_DATE_FUTURE', 'idNumber'],
    ['ID_BIRTH_DATE_MISMATCH', 'idNumber'],
    ['ID_GENDER_MISMATCH', 'idNumber'],
    ['INVALID_SMS_CODE', 'smsCode'],
    ['CARD_PHONE_MISMATCH', 'phone'],
    ['INVALID_PHONE', 'phone'],
    ['INVALID_NAME', 'name'],
    ['GUARDIAN_CONSENT_REQUIRED', 'guardianConsent'],
    ['SELF_CARD_EXISTS', 'relation'],
  ])('%s goes next to %s', (code, field) => {
    expect(fieldForErrorCode(code)).toBe(field);
  });

  it.each(['CARD_LIMIT_REACHED', 'CARD_ALREADY_BOUND', 'GUARDIAN_CARD_REQUIRED', 'SERVICE_UNAVAILABLE'])(
    '%s is about the whole application',
    (code) => {
      expect(fieldForErrorCode(code)).toBeNull();
    },
  );
});

describe('placeApplyError', () => {
  it("shows the platform's own message, which names the masked phone on record", () => {
    const message = '该证件已办理过电子健康卡，请使用预留手机号 139****5678 验证';
    expect(placeApplyError(apiError(409, 'CARD_PHONE_MISMATCH', message))).toEqual({
      field: 'phone',
      message,
    });
  });

  it('finds the field of a contract violation from its details', () => {
    const error = apiError(400, 'VALIDATION_FAILED', '请求参数有误', [
      { field: 'body.birthDate', issue: 'must match format "date"' },
    ]);
    expect(placeApplyError(error)).toEqual({ field: 'birthDate', message: '请求参数有误' });
  });

  it('puts a network failure above the button with the SDK message', () => {
    const placement = placeApplyError(new NetworkError());
    expect(placement.field).toBeNull();
    expect(placement.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('never shows a foreign error text', () => {
    expect(placeApplyError(new TypeError('x is undefined'))).toEqual({
      field: null,
      message: FALLBACK_ERROR_MESSAGE,
    });
  });
});

describe('placeSmsSendError', () => {
  it('puts a refused number under the phone and a rate limit under the code', () => {
    expect(placeSmsSendError(apiError(400, 'INVALID_PHONE', '手机号不正确')).field).toBe('phone');
    expect(placeSmsSendError(apiError(429, 'SMS_RATE_LIMITED', '发送太频繁')).field).toBe('smsCode');
  });
});

describe('isTransientError', () => {
  it('retries network trouble and a busy or failing platform, not a refusal', () => {
    expect(isTransientError(new NetworkError())).toBe(true);
    expect(isTransientError(apiError(503, 'SERVICE_UNAVAILABLE', '忙'))).toBe(true);
    expect(isTransientError(apiError(429, 'RATE_LIMITED', '频繁'))).toBe(true);
    expect(isTransientError(apiError(409, 'CARD_SUSPENDED', '冻结'))).toBe(false);
    expect(isTransientError(apiError(404, 'NOT_FOUND', '不存在'))).toBe(false);
  });
});
