/* eslint-disable */
// GENERATED FILE: do not edit by hand.
// Source: packages/sdk/openapi/yika.openapi.yaml; regenerate with `pnpm gen`.
export type paths = {
  '/v1/.well-known/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The platform's public signing keys (JWKS)
     * @description Keys that sign access tokens and other platform-signed things. Cache them; rotate on an unknown `kid`.
     */
    get: operations['getJwks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/wechat-login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with a WeChat login code
     * @description Exchanges the code from `wx.login` for an access token and a refresh token.
     */
    post: operations['loginWithWechatCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sms-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a one-time SMS code
     * @description Sends a six-digit code to the phone. A phone may be sent one code per minute.
     */
    post: operations['sendSmsCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sms-login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with a phone and SMS code (H5) */
    post: operations['loginWithSmsCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a refresh token for new tokens
     * @description Refresh tokens rotate; the old one stops working once used.
     */
    post: operations['refreshSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out
     * @description Revokes the refresh token; access tokens run out on their own.
     */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's districts */
    get: operations['listDistricts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospitals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List and search hospitals
     * @description Ordered by level (highest first), then name. `q` matches the name, short name or address.
     */
    get: operations['listHospitals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospitals/{hospitalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One hospital */
    get: operations['getHospital'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospitals/{hospitalId}/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A hospital's department tree */
    get: operations['listDepartments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /**
     * @description Booking and access channel.
     * @enum {string}
     */
    Channel: 'wechat-miniapp' | 'hospital-app' | 'web' | 'kiosk' | 'phone' | 'window';
    /**
     * @description Closed set of error codes. Developers branch on `code`; residents are shown `message`.
     *     - VALIDATION_FAILED (400): the request does not match the contract.
     *     - INVALID_PHONE (400): not a mainland mobile number.
     *     - UNAUTHENTICATED (401): no or invalid access token.
     *     - TOKEN_EXPIRED (401): the access token has expired; refresh it.
     *     - INVALID_LOGIN_CODE (401): the WeChat login code is invalid, used or expired.
     *     - INVALID_SMS_CODE (401): the SMS code is wrong or expired.
     *     - INVALID_REFRESH_TOKEN (401): the refresh token is unknown, used, revoked or expired.
     *     - NOT_FOUND (404): no such thing, or not reachable by this account.
     *     - IDEMPOTENCY_CONFLICT (409): the idempotency key was used with another request.
     *     - IDEMPOTENCY_IN_PROGRESS (409): a request with this idempotency key is still being processed.
     *     - SMS_RATE_LIMITED (429): a code was sent to this phone less than a minute ago.
     *     - RATE_LIMITED (429): too many requests.
     *     - INTERNAL_ERROR (500): the platform failed.
     *     - SERVICE_UNAVAILABLE (503): the platform is temporarily unavailable.
     * @enum {string}
     */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'INVALID_PHONE'
      | 'UNAUTHENTICATED'
      | 'TOKEN_EXPIRED'
      | 'INVALID_LOGIN_CODE'
      | 'INVALID_SMS_CODE'
      | 'INVALID_REFRESH_TOKEN'
      | 'NOT_FOUND'
      | 'IDEMPOTENCY_CONFLICT'
      | 'IDEMPOTENCY_IN_PROGRESS'
      | 'SMS_RATE_LIMITED'
      | 'RATE_LIMITED'
      | 'INTERNAL_ERROR'
      | 'SERVICE_UNAVAILABLE';
    ErrorResponse: {
      error: {
        code: components['schemas']['ErrorCode'];
        /**
         * @description Plain Chinese a resident can be shown.
         * @example 请求参数有误，请检查后重试
         */
        message: string;
        requestId: string;
        /** @description For VALIDATION_FAILED, the offending fields. */
        details?: components['schemas']['ErrorDetail'][];
      };
    };
    ErrorDetail: {
      /** @description Where the problem is, e.g. `body.phone`, `query.limit`, `header.X-Yika-Channel`. */
      field: string;
      /** @description What is wrong, in English, for developers. */
      issue: string;
    };
    /**
     * Format: date-time
     * @description ISO-8601 with offset, e.g. `2026-11-23T08:00:00+08:00`.
     */
    Timestamp: string;
    /**
     * @description Mainland China mobile number, 11 digits.
     * @example 13812345678
     */
    Phone: string;
    /** @description A phone with its middle digits hidden, e.g. `138****5678`. */
    MaskedPhone: string;
    Jwks: {
      keys: components['schemas']['Jwk'][];
    };
    /** @description A public key in JWK form (RFC 7517). */
    Jwk: {
      /** @enum {string} */
      kty: 'EC';
      /** @enum {string} */
      crv?: 'P-256';
      x?: string;
      y?: string;
      kid: string;
      /** @enum {string} */
      use: 'sig';
      /** @enum {string} */
      alg: 'ES256';
    };
    WechatLoginRequest: {
      /** @description The code from `wx.login` (valid once, for 5 minutes). */
      code: string;
    };
    SmsCodeRequest: {
      phone: components['schemas']['Phone'];
      /** @enum {string} */
      purpose: 'login';
    };
    SmsCodeSent: {
      expiresInSeconds: number;
      resendAfterSeconds: number;
      maskedPhone: components['schemas']['MaskedPhone'];
    };
    SmsLoginRequest: {
      phone: components['schemas']['Phone'];
      code: string;
    };
    RefreshRequest: {
      refreshToken: string;
    };
    LogoutRequest: {
      refreshToken: string;
    };
    Session: {
      /** @description ES256 JWS, `typ: at+jwt`. */
      accessToken: string;
      /** @description Opaque; rotates on every refresh. */
      refreshToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /** @description Seconds until the access token expires. */
      expiresIn: number;
      /** @description Seconds until the refresh token expires. */
      refreshExpiresIn: number;
      account: components['schemas']['Account'];
    };
    Account: {
      id: string;
      /** @description Display name chosen by the resident, if any. */
      nickname?: string;
      maskedPhone?: components['schemas']['MaskedPhone'];
      /** @description Whether a WeChat identity is linked to the account. */
      wechatBound?: boolean;
      createdAt: components['schemas']['Timestamp'];
    };
    /** @description Administrative division code (6 digits). */
    DistrictCode: string;
    District: {
      code: components['schemas']['DistrictCode'];
      /** @example 鄞州区 */
      name: string;
      hospitalCount: number;
    };
    DistrictList: {
      data: components['schemas']['District'][];
    };
    /**
     * @description Grade (医院等级): `3A` 三级甲等, `3B` 三级乙等, `2A` 二级甲等, `2B` 二级乙等, `1A` 一级甲等.
     * @enum {string}
     */
    HospitalLevel: '3A' | '3B' | '2A' | '2B' | '1A';
    /**
     * @description `general` 综合医院, `specialist` 专科医院, `tcm` 中医院, `maternal_child` 妇幼保健院, `community` 社区卫生服务中心.
     * @enum {string}
     */
    HospitalType: 'general' | 'specialist' | 'tcm' | 'maternal_child' | 'community';
    HospitalSummary: {
      id: string;
      /** @example 宁波市第一医院 */
      name: string;
      /** @example 市一院 */
      shortName?: string;
      level: components['schemas']['HospitalLevel'];
      /** @example 三级甲等 */
      levelName: string;
      type: components['schemas']['HospitalType'];
      district: components['schemas']['DistrictRef'];
      address: string;
      /** @description Notable specialties, shown as chips. */
      tags?: string[];
    };
    DistrictRef: {
      code: components['schemas']['DistrictCode'];
      name: string;
    };
    Hospital: components['schemas']['HospitalSummary'] & {
      /** @description Switchboard number (public). */
      phone: string;
      introduction: string;
      departmentCount: number;
      location?: components['schemas']['GeoPoint'];
      updatedAt: components['schemas']['Timestamp'];
    };
    GeoPoint: {
      lat: number;
      lng: number;
    };
    HospitalPage: {
      data: components['schemas']['HospitalSummary'][];
      nextCursor: string | null;
    };
    /**
     * @description A region-wide department kind, so the same specialty can be found across hospitals
     *     (e.g. `pediatrics` 儿科 in every hospital that has one).
     * @enum {string}
     */
    DepartmentKind:
      | 'internal_medicine'
      | 'surgery'
      | 'pediatrics'
      | 'obstetrics_gynecology'
      | 'ophthalmology'
      | 'ent'
      | 'stomatology'
      | 'dermatology'
      | 'neurology'
      | 'cardiology'
      | 'respiratory'
      | 'gastroenterology'
      | 'endocrinology'
      | 'nephrology'
      | 'orthopedics'
      | 'urology'
      | 'oncology'
      | 'psychiatry'
      | 'rehabilitation'
      | 'tcm'
      | 'emergency'
      | 'general_practice'
      | 'other';
    Department: {
      id: string;
      hospitalId: string;
      /** @example 儿科 */
      name: string;
      kind: components['schemas']['DepartmentKind'];
      /** @description Where in the hospital, e.g. `门诊楼3楼`. */
      location?: string;
      introduction?: string;
      /** @description Sub-departments (empty for a leaf). */
      children: components['schemas']['Department'][];
    };
    DepartmentTree: {
      data: components['schemas']['Department'][];
    };
  };
  responses: {
    /** @description Signed in; tokens for the session. */
    Session: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Session'];
      };
    };
    /** @description The request does not match the contract (`VALIDATION_FAILED`) or a field is invalid. */
    BadRequest: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Missing, invalid or expired credentials. */
    Unauthorized: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description No such thing, or not reachable by this account. */
    NotFound: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The request conflicts with the platform's state (for example `IDEMPOTENCY_CONFLICT`). */
    Conflict: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Too many requests; wait `Retry-After` seconds. */
    TooManyRequests: {
      headers: {
        'X-Request-Id': components['headers']['RequestId'];
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
  };
  parameters: {
    /** @description The channel the request comes from; every booking records it. */
    Channel: components['schemas']['Channel'];
    /**
     * @description A unique key per logical operation (8 to 128 characters). A retry with the same key and body returns
     *     the first answer and has no second effect.
     */
    IdempotencyKey: string;
    HospitalId: string;
    /** @description The `nextCursor` of the previous page. */
    Cursor: string;
    /** @description Page size. */
    Limit: number;
  };
  requestBodies: never;
  headers: {
    /** @description The platform's id for this request; quote it when reporting a problem. */
    RequestId: string;
    /** @description Seconds to wait before trying again. */
    RetryAfter: number;
  };
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  getJwks: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key set. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Jwks'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  loginWithWechatCode: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
        /**
         * @description A unique key per logical operation (8 to 128 characters). A retry with the same key and body returns
         *     the first answer and has no second effect.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WechatLoginRequest'];
      };
    };
    responses: {
      200: components['responses']['Session'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
    };
  };
  sendSmsCode: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
        /**
         * @description A unique key per logical operation (8 to 128 characters). A retry with the same key and body returns
         *     the first answer and has no second effect.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SmsCodeRequest'];
      };
    };
    responses: {
      /** @description The code was sent. */
      202: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmsCodeSent'];
        };
      };
      400: components['responses']['BadRequest'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
    };
  };
  loginWithSmsCode: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
        /**
         * @description A unique key per logical operation (8 to 128 characters). A retry with the same key and body returns
         *     the first answer and has no second effect.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SmsLoginRequest'];
      };
    };
    responses: {
      200: components['responses']['Session'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
    };
  };
  refreshSession: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
        /**
         * @description A unique key per logical operation (8 to 128 characters). A retry with the same key and body returns
         *     the first answer and has no second effect.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      200: components['responses']['Session'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
    };
  };
  logout: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
        /**
         * @description A unique key per logical operation (8 to 128 characters). A retry with the same key and body returns
         *     the first answer and has no second effect.
         */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogoutRequest'];
      };
    };
    responses: {
      /** @description Signed out. */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      409: components['responses']['Conflict'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  listDistricts: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every district with the number of hospitals in it. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistrictList'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  listHospitals: {
    parameters: {
      query?: {
        /** @description Free-text search over name, short name and address. */
        q?: string;
        /** @description District code (see `/v1/districts`). */
        district?: components['schemas']['DistrictCode'];
        level?: components['schemas']['HospitalLevel'];
        /** @description The `nextCursor` of the previous page. */
        cursor?: components['parameters']['Cursor'];
        /** @description Page size. */
        limit?: components['parameters']['Limit'];
      };
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of hospitals. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HospitalPage'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  getHospital: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        hospitalId: components['parameters']['HospitalId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The hospital. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hospital'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listDepartments: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        hospitalId: components['parameters']['HospitalId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Top-level departments, each with its sub-departments. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentTree'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
}
