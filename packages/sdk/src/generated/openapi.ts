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
  '/v1/cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account's e-health cards (its own and its family's)
     * @description At most 5 cards; the default card first, then by the time they were bound.
     */
    get: operations['listCards'];
    put?: never;
    /**
     * Apply for an e-health card, or bind the one the person already has
     * @description Real-name application (实名申领) with an SMS code sent to `phone` (purpose `card`). One person, one
     *     card: when the platform already knows the ID number, the existing card is bound to this account
     *     (`outcome: bound`) instead of creating a second one; the SMS check then has to be on the phone on
     *     record (`CARD_PHONE_MISMATCH` names it, masked). A child under 14 is added by a guardian: the account
     *     must already hold its own card (relation `self`), and `guardianConsent` must be given.
     */
    post: operations['applyForCard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One card of this account */
    get: operations['getCard'];
    put?: never;
    post?: never;
    /**
     * Unbind a card from this account
     * @description Only the link to this account goes; the card, its hospital patient numbers and its history stay on
     *     the platform, and binding it again later finds them. The default card moves to the next one.
     */
    delete: operations['unbindCard'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}/default': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Make this card the account's default */
    put: operations['setDefaultCard'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}/social-security-card': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Link a social-security card (社保卡) number to the health card */
    put: operations['linkSocialSecurityCard'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}/dynamic-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a dynamic card code (动态码)
     * @description QR text in the national layout `<cardId>:0:<validity>`, where the validity part is a compact JWS
     *     (ES256, `typ: yika-card-code+jwt`) signed by the platform over the card ID and a short expiry
     *     (default 60 s). Hospitals verify it online (`/v1/card-codes/verify`) or offline with the JWKS.
     */
    post: operations['issueDynamicCardCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/card-codes/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A hospital verifies a scanned card code
     * @description For hospitals (kiosks, windows, hospital servers), authenticated by the hospital's key. Accepts the
     *     static (`<cardId>:1`) and dynamic (`<cardId>:0:<validity>`) layouts; a dynamic code is refused once
     *     expired or altered. Returns the hospital's own patient number (院内患者号) for the card, created by
     *     the master patient index on the card's first use at that hospital.
     */
    post: operations['verifyCardCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospitals/{hospitalId}/booking-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A hospital's booking rules (预约规则)
     * @description The rules the platform enforces for this hospital, so screens can explain them before the resident books.
     */
    get: operations['getBookingPolicy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/departments/{departmentId}/doctors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The doctors who see patients in a department
     * @description Ordered by title (chief physicians first), then name. Includes the department's sub-departments.
     */
    get: operations['listDepartmentDoctors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/departments/{departmentId}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A department's availability over the booking window (14 days by default) */
    get: operations['getDepartmentCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/departments/{departmentId}/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every doctor's schedule (排班) in a department on one day */
    get: operations['listDepartmentSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/doctors/{doctorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One doctor */
    get: operations['getDoctor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/doctors/{doctorId}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A doctor's availability over the booking window */
    get: operations['getDoctorCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/doctors/{doctorId}/schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A doctor's schedules over the booking window */
    get: operations['listDoctorSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/schedules/{scheduleId}/slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The time slots (分时段) of one schedule, with what remains */
    get: operations['listScheduleSlots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search doctors and departments by name across the region
     * @description Matches doctor names, specialties and department names in every hospital. Doctors first, then departments.
     */
    get: operations['searchRegion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/earliest-slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The soonest free slots for a kind of department, across every hospital of the region
     * @description For a department kind (e.g. `pediatrics` 儿科), the earliest free time slots in any hospital, soonest first,
     *     at most one per schedule so that one doctor does not fill the list. Only released, bookable slots.
     *     `from` starts the search on a later day (e.g. tomorrow, for a resident who cannot go today); a day
     *     before today means today, and a day past every hospital's booking window gives an empty list.
     */
    get: operations['findEarliestSlots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hold (锁号) a time slot for one of the account's cards
     * @description Takes one place of the slot from the pools this channel may book (its kept share first, then the shared
     *     pool), atomically: concurrent holds never take more places than there are. The hold lasts the hospital's
     *     `holdMinutes`; unless it is paid and booked in time it expires and the place returns to the pool.
     */
    post: operations['createHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/holds/{holdId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One hold of this account, with its current status */
    get: operations['getHold'];
    put?: never;
    post?: never;
    /**
     * Release a hold; the place returns to the pool at once
     * @description Releasing a hold that already expired or was released changes nothing and answers 204 too.
     */
    delete: operations['releaseHold'];
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
  '/v1/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The account's appointments (all its family cards), upcoming or past
     * @description Every booking of the account's cards, whichever channel made it (a kiosk booking for the same card is
     *     here too). `upcoming`: booked or checked in, visit not over; `past`: everything else.
     */
    get: operations['listAppointments'];
    put?: never;
    /**
     * Book a held slot (预约), completing the hold
     * @description Turns a free hold (`feeFen` 0) into a booking at once. A hold with a fee is booked by paying it
     *     (`createPayment` with `purpose: registration`): the platform books when the payment settles, so this
     *     answers `PAYMENT_REQUIRED` for an unpaid hold and the booking itself once it is paid. A hold that expired
     *     or was released answers `HOLD_EXPIRED`. The booking records the channel it was made on.
     */
    post: operations['bookAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/appointments/{appointmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One appointment of the account's cards */
    get: operations['getAppointment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/appointments/{appointmentId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel an appointment before the cut-off; a paid one is refunded in full
     * @description Allowed until the hospital's cut-off (`cancelDeadline`, default 16:00 the day before), whichever channel
     *     booked it; after it, `CANCEL_CUTOFF_PASSED`. A paid booking is refunded in full. The place goes to the
     *     schedule's waitlist (候补) first, in order; otherwise back to the pool. Cancelling an appointment already
     *     cancelled answers it as it is.
     */
    post: operations['cancelAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}/booking-standing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the card may book: no-shows (爽约) counted and any ban */
    get: operations['getBookingStanding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/waitlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's waitlist entries */
    get: operations['listWaitlist'];
    put?: never;
    /**
     * Join the waitlist (候补) of a full schedule
     * @description Only for a schedule with no place left for this channel (else `WAITLIST_NOT_NEEDED`); the waitlist closes
     *     at the end of the day before the visit (`WAITLIST_CLOSED`). When a booking of the schedule is cancelled,
     *     the first entry in order that may still book is offered the freed place as a hold (an event tells the
     *     resident); a free schedule books it directly.
     */
    post: operations['joinWaitlist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/waitlist/{entryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Leave the waitlist */
    delete: operations['leaveWaitlist'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Things the platform tells the account: clinic stops, refunds, waitlist offers, no-shows */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/oauth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A hospital or third-party server gets an app access token (client credentials, private_key_jwt)
     * @description OAuth 2.0 client credentials grant (RFC 6749 §4.4) with the client authenticated by a signed JWT
     *     (private_key_jwt: RFC 7523 §2.2, RFC 7521 §4.2). The request and the success answer use RFC 6749's
     *     form-encoded fields and snake_case names on purpose, unlike the rest of this API: a standard OAuth
     *     client library (or `curl`) then works unchanged, and the fields mean exactly what the RFCs say.
     *     Errors keep the platform's envelope (`{ "error": { "code", ... } }`) so every answer of the platform
     *     is read the same way; the status tells a standard client it failed (`INVALID_CLIENT` is RFC 6749's
     *     `invalid_client`, `INVALID_SCOPE` its `invalid_scope`). No `X-Yika-Channel` or `Idempotency-Key` is
     *     needed here: an assertion is single-use (its `jti`), so a retried request must carry a new assertion.
     *
     *     The assertion is a compact JWS signed with the app's registered private key:
     *     - header `alg` ES256, RS256 or PS256 (anything else, `none` and HS256 included, is refused) and
     *       `kid` of a registered key (may be left out when the app has exactly one key);
     *     - `iss` and `sub` both the app's client id; `aud` this endpoint's URL or the platform issuer
     *       (`https://platform.yika.local`);
     *     - `exp` at most 5 minutes after `iat` (or after now when there is no `iat`); `iat` and `nbf`, when
     *       present, not in the future (30 s leeway); `jti` unique: a `jti` is refused while the assertion it
     *       came with could still be valid (replay).
     *
     *     The answer is an app access token (ES256 JWS, `typ: app+jwt`, verifiable with the JWKS), sent as
     *     `Authorization: Bearer` on the operations whose security lists `appToken`. It is never accepted where
     *     a resident's token is needed, and a resident's token is never accepted in its place.
     */
    post: operations['issueAppToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/patients/{patientNumber}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A hospital lists one of its patients' appointments at this hospital (kiosk check-in)
     * @description For kiosks, windows and hospital servers: the appointments at the calling hospital of the patient with
     *     this hospital patient number (院内患者号, as `verifyCardCode` answers it), optionally of one visit date,
     *     oldest visit first. Another hospital's appointments of the same person are never included, and another
     *     hospital's patient number is `NOT_FOUND`. `cardRef` is empty (a hospital holds no card in an account).
     */
    get: operations['listPatientAppointments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A hospital books on its kiosk or window for a scanned card (fee paid on site)
     * @description For kiosks and windows, authenticated by the hospital's key: the resident shows the card code, the
     *     hospital takes the fee on site and the booking is made at once on the request's channel. The same rules
     *     apply (window, release time, limits, no-show ban, channel quotas). The booking shows up in the resident's
     *     mini-program for the same card and can be cancelled there (the on-site fee is refunded through the platform).
     */
    post: operations['bookAtHospital'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/appointments/{appointmentId}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A hospital checks the patient in (签到); a booking never checked in becomes a no-show */
    post: operations['checkInAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/schedules/{scheduleId}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A hospital stops a schedule (停诊): every booking is cancelled, refunded and announced
     * @description The schedule takes no more holds; each booking of it becomes `stopped`, a paid one is refunded in full,
     *     waitlist entries close, and every affected account gets an `appointment.stopped` event. Stopping a
     *     schedule already stopped answers the first stop.
     */
    post: operations['stopSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment records (缴费记录) of the account's cards */
    get: operations['listPayments'];
    put?: never;
    /**
     * Pay a registration fee (from a hold) or an outpatient bill
     * @description Creates the order and places a WeChat Pay prepay (JSAPI on the mini-program; on other channels a cashier
     *     page `h5Url`). The order closes when the hold expires (registration) or after 2 hours (bills).
     *     For a bill with `useInsurance`, the platform splits it into the insurance fund (统筹), the personal account
     *     (个账) and self-pay (自费); only self-pay goes through WeChat Pay, and a bill with nothing to self-pay is
     *     paid at once. The same idempotency key with the same body answers the same order; the same hold or bill
     *     while an order for it is unpaid answers that order again (with a fresh prepay when needed).
     */
    post: operations['createPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/{paymentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One payment order, with its refunds */
    get: operations['getPayment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/wechat/notify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * WeChat Pay v3 notification receiver (支付结果通知)
     * @description WeChat Pay (here, the mock's simulator) posts `TRANSACTION.SUCCESS` and `REFUND.SUCCESS` notifications
     *     here. The platform verifies the RSA-SHA256 signature over `timestamp\nnonce\nbody\n` with the WeChat Pay
     *     platform certificate named by `Wechatpay-Serial`, decrypts the AEAD_AES_256_GCM resource with the APIv3
     *     key and settles the order; a bad signature is `INVALID_SIGNATURE`. Handling is idempotent.
     */
    post: operations['receiveWechatPayNotification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/payments/{paymentId}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A hospital refunds a payment, in full or in part (退费)
     * @description Each `outRefundNo` refunds once (the same number and amount answers the same refund; another amount is
     *     `REFUND_CONFLICT`); the refunds never add up to more than was paid (`REFUND_EXCEEDS_PAID`). Only a paid
     *     order can be refunded (`PAYMENT_STATE_INVALID`).
     */
    post: operations['refundPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outpatient bills (门诊待缴费) of the account's cards */
    get: operations['listBills'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bills/{billId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One bill with its items and, for a card linked to social security, the insurance split */
    get: operations['getBill'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reports (报告) of the account's cards across every hospital, newest first
     * @description Lab (检验) and exam (检查) reports of the account's own and family cards from every hospital of the region.
     *     `from`/`to` bound the report date (Asia/Shanghai, inclusive). `abnormal` and `critical` let a list show a
     *     badge without loading each report.
     */
    get: operations['listReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report: a lab report with its items, or an exam report with findings and impression */
    get: operations['getReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lab items of the card with results in two or more reports, to follow over time */
    get: operations['listTrendItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/cards/{cardRef}/trends/{itemCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One lab item of the card across reports and hospitals, oldest first, with the reference band */
    get: operations['getTrend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hospital's webhook subscriptions */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * A hospital's server subscribes to platform events (cards, bookings, payments, reports)
     * @description Each event is POSTed to `url` as `application/jwt`: a compact JWS (ES256, `typ: yika-event+jwt`) signed
     *     with a key of the platform's JWKS (`/v1/.well-known/jwks.json`), with claims `iss`, `aud` (the webhook
     *     id), `iat`, `exp` (5 minutes later), `jti` (the event id, for de-duplication), `type` and `data`. Verify it
     *     with `@yika/sdk/server` (`verifyWebhookEvent`). A delivery that does not get a 2xx is retried.
     *     A hospital receives the events of its own hospital, of the types it subscribed to (`WebhookEventType`;
     *     each type's payload is in this document's `webhooks`): ids and its own patient number (院内患者号),
     *     never names, ID numbers, phones or card IDs.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/hospital/webhooks/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unsubscribe */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = {
  'card.linked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 首次建档: the master patient index gave a card a patient number at this hospital (its first use here)
     * @description Raised once per person and hospital, whatever used the card first here (a scanned code, a booking, a report or a bill). Carries only the new patient number: ask for the holder through your own desk (verify the card code).
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['cardLinkedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'appointment.booked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 预约成功: an appointment at this hospital, booked on any channel
     * @description Raised when a booking is made: a free hold booked, a paid hold when its fee settles, a waitlist (候补) offer taken, or a kiosk or window booking. The fee, when any, follows as `payment.succeeded`.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['appointmentBookedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'appointment.cancelled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 取消预约: the patient cancelled an appointment at this hospital
     * @description Raised when the resident cancels before the cut-off; `refund` is what is given back of a paid fee (the refund itself completes as `payment.refunded`). A clinic stop is `schedule.stopped` instead.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['appointmentCancelledWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'appointment.checked_in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 已签到: a patient checked in for an appointment at this hospital
     * @description Raised when the hospital checks the patient in (签到) on the visit day.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['appointmentCheckedInWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'appointment.no_show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 爽约: a booked patient did not check in
     * @description Raised once the slot ended more than 30 minutes ago without check-in. The platform settles no-shows as it next looks at the booking, so the event can come later than `noShowAt`.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['appointmentNoShowWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'schedule.stopped': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 停诊: a schedule of this hospital was stopped
     * @description Raised once per stopped schedule: every booking of it is cancelled and its paid fees refunded in full (each refund completes as `payment.refunded`); the affected appointments come with the patient numbers.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['scheduleStoppedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'payment.succeeded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 支付成功: a registration fee or bill of this hospital was paid
     * @description Raised when an order becomes paid: through WeChat Pay, fully by medical insurance, or a fee taken at the hospital's own kiosk or window.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['paymentSucceededWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'payment.refunded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 退款成功: a refund of an order of this hospital completed
     * @description Raised when a refund completes (WeChat Pay's REFUND.SUCCESS, or at once for a fee taken on site), one event per refund.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['paymentRefundedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'report.ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 报告已出: a new or amended report of one of this hospital's patients
     * @description Fetch the report through the hospital's own systems by `reportId`.
     *     The body is a compact JWS (`application/jwt`, ES256, `typ: yika-event+jwt`); the schema below is its
     *     payload, which `verifyWebhookEvent` of `@yika/sdk/server` checks and returns.
     */
    post: operations['reportReadyWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
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
     *     - INVALID_NAME (422): the name is not a plausible real name.
     *     - ID_LENGTH (422): a resident ID number has 18 characters.
     *     - ID_FORMAT (422): characters in the wrong place (17 digits, then a digit or X).
     *     - ID_CHECKSUM (422): the check character does not match (GB 11643).
     *     - ID_BIRTH_DATE_INVALID (422): the birth date in the number is not a real date.
     *     - ID_BIRTH_DATE_TOO_EARLY (422): the birth date in the number is before 1900.
     *     - ID_BIRTH_DATE_FUTURE (422): the birth date in the number is in the future.
     *     - ID_BIRTH_DATE_MISMATCH (422): the birthday given differs from the one in the ID number.
     *     - ID_GENDER_MISMATCH (422): the gender given differs from the one in the ID number.
     *     - GUARDIAN_CONSENT_REQUIRED (422): a child under 14 needs the guardian's explicit consent.
     *     - CARD_CODE_MALFORMED (422): not a card code in the national layout.
     *     - CARD_CODE_EXPIRED (422): the dynamic code has expired; show a fresh one.
     *     - CARD_CODE_INVALID (422): the code is altered, forged or names no card.
     *     - CARD_LIMIT_REACHED (409): the account already holds 5 cards.
     *     - CARD_ALREADY_BOUND (409): this account already holds this person's card.
     *     - SELF_CARD_EXISTS (409): the account already holds its own card (relation `self`).
     *     - CARD_PHONE_MISMATCH (409): the person has a card; verify with the phone on record (named, masked).
     *     - GUARDIAN_CARD_REQUIRED (409): add your own card first; it makes you the child's guardian.
     *     - CARD_SUSPENDED (409): the card is suspended.
     *     - SLOT_UNAVAILABLE (409): the slot has no place left for this channel; pick another.
     *     - SCHEDULE_NOT_OPEN (409): the schedule is not released yet, closed, or stopped (停诊).
     *     - BOOKING_CLOSED (409): outside the hospital's booking hours.
     *     - BOOKING_LIMIT (409): a booking limit of the hospital's policy is reached; `details[0].issue` names it
     *       (`perPatientPerDepartmentPerDay`, `perPatientPerHospitalPerDay` or `perAccountPerMonth`) and `message` says
     *       it in Chinese.
     *     - HOLD_EXPIRED (409): the hold expired or was released; the place went back to the pool.
     *     - PAYMENT_REQUIRED (409): the hold has a registration fee; pay it to book (the booking is made when it is paid).
     *     - BANNED_FOR_NO_SHOW (409): the patient is banned from booking after repeated no-shows (爽约); `details[0]` is `{ field: "bannedUntil", issue: <timestamp> }` and `message` says until when.
     *     - CANCEL_CUTOFF_PASSED (409): the cancellation cut-off has passed; contact the hospital.
     *     - APPOINTMENT_NOT_CANCELLABLE (409): the appointment is checked in, stopped, a no-show, or its visit is over.
     *     - CHECK_IN_NOT_ALLOWED (409): only a booked appointment can be checked in, on its visit day.
     *     - WAITLIST_NOT_NEEDED (409): the schedule still has places for this channel; book one instead.
     *     - WAITLIST_CLOSED (409): the waitlist closes at the end of the day before the visit, or the schedule is stopped.
     *     - ALREADY_WAITLISTED (409): this card is already waiting for this schedule.
     *     - PAYMENT_CLOSED (409): the payment order closed unpaid (its hold expired or 2 hours passed); start again.
     *     - PAYMENT_STATE_INVALID (409): the order is not in a state that allows this (e.g. refunding an unpaid order).
     *     - REFUND_EXCEEDS_PAID (409): the refunds would add up to more than was paid.
     *     - REFUND_CONFLICT (409): this refund number was used with another amount.
     *     - BILL_ALREADY_PAID (409): the bill is paid already.
     *     - INSURANCE_NOT_LINKED (409): paying with medical insurance needs the card linked to a social-security card.
     *     - INVALID_SIGNATURE (401): a WeChat Pay notification whose signature does not verify.
     *     - INVALID_CLIENT (401): the client assertion was refused (unknown client or key, bad signature or algorithm, wrong `iss`/`sub`/`aud`, expired, too long-lived, issued in the future, `jti` missing or replayed); `details[0].issue` says which.
     *     - INVALID_SCOPE (400): the app asked for a scope it was not registered for.
     *     - INSUFFICIENT_SCOPE (403): the app's token does not allow this operation (e.g. a third-party app on a hospital operation).
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
      | 'SERVICE_UNAVAILABLE'
      | 'INVALID_NAME'
      | 'ID_LENGTH'
      | 'ID_FORMAT'
      | 'ID_CHECKSUM'
      | 'ID_BIRTH_DATE_INVALID'
      | 'ID_BIRTH_DATE_TOO_EARLY'
      | 'ID_BIRTH_DATE_FUTURE'
      | 'ID_BIRTH_DATE_MISMATCH'
      | 'ID_GENDER_MISMATCH'
      | 'GUARDIAN_CONSENT_REQUIRED'
      | 'CARD_CODE_MALFORMED'
      | 'CARD_CODE_EXPIRED'
      | 'CARD_CODE_INVALID'
      | 'CARD_LIMIT_REACHED'
      | 'CARD_ALREADY_BOUND'
      | 'SELF_CARD_EXISTS'
      | 'CARD_PHONE_MISMATCH'
      | 'GUARDIAN_CARD_REQUIRED'
      | 'CARD_SUSPENDED'
      | 'SLOT_UNAVAILABLE'
      | 'SCHEDULE_NOT_OPEN'
      | 'BOOKING_CLOSED'
      | 'BOOKING_LIMIT'
      | 'HOLD_EXPIRED'
      | 'PAYMENT_REQUIRED'
      | 'BANNED_FOR_NO_SHOW'
      | 'CANCEL_CUTOFF_PASSED'
      | 'APPOINTMENT_NOT_CANCELLABLE'
      | 'CHECK_IN_NOT_ALLOWED'
      | 'WAITLIST_NOT_NEEDED'
      | 'WAITLIST_CLOSED'
      | 'ALREADY_WAITLISTED'
      | 'PAYMENT_CLOSED'
      | 'PAYMENT_STATE_INVALID'
      | 'REFUND_EXCEEDS_PAID'
      | 'REFUND_CONFLICT'
      | 'BILL_ALREADY_PAID'
      | 'INSURANCE_NOT_LINKED'
      | 'INVALID_SIGNATURE'
      | 'INVALID_CLIENT'
      | 'INVALID_SCOPE'
      | 'INSUFFICIENT_SCOPE';
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
     * @description A calendar date in Asia/Shanghai, `YYYY-MM-DD`.
     * @example 1985-06-15
     */
    CalendarDate: string;
    /**
     * @description ID document type (WS 364 / CV02.01.101): `01` resident ID card (居民身份证), `02` household register
     *     (户口簿), `03` passport (护照), `04` officer card (军官证), `05` driving licence (驾驶证), `06` HK/Macau
     *     pass (港澳居民来往内地通行证), `07` Taiwan pass (台湾居民来往大陆通行证), `99` other.
     * @enum {string}
     */
    IdType: '01' | '02' | '03' | '04' | '05' | '06' | '07' | '99';
    /** @enum {string} */
    Gender: 'male' | 'female';
    /** @description Ethnic group (民族), GB/T 3304 code, e.g. `01` 汉族, `97` 其他, `98` 外国血统. */
    NationCode: string;
    /**
     * @description The card holder's relation to the account holder: `self` 本人, `spouse` 配偶, `child` 子女, `parent` 父母, `other` 其他.
     * @enum {string}
     */
    Relation: 'self' | 'spouse' | 'child' | 'parent' | 'other';
    /**
     * @description `normal` 正常, `suspended` 挂失/冻结 (cannot be used to book or be verified).
     * @enum {string}
     */
    CardState: 'normal' | 'suspended';
    /**
     * @description `temporary` 临时卡 (electronic visit card, not yet real-name verified in person), `formal` 正式卡.
     * @enum {string}
     */
    CardAttribute: 'temporary' | 'formal';
    /** @description The guardian's explicit, separate consent to process a minor's sensitive data (PIPL art. 31). */
    GuardianConsent: {
      /** @constant */
      agreed: true;
      /** @description The version of the consent text the guardian was shown. */
      consentVersion: string;
    };
    CardApplication: {
      /** @description Real name as on the ID document (Chinese, or Latin letters for foreign documents). */
      name: string;
      gender: components['schemas']['Gender'];
      nation: components['schemas']['NationCode'];
      birthDate: components['schemas']['CalendarDate'];
      idType: components['schemas']['IdType'];
      /** @description Checked by the platform (for `01`, GB 11643 check character, birth date and gender). */
      idNumber: string;
      phone: components['schemas']['Phone'];
      /** @description The code sent to `phone` with purpose `card`. */
      smsCode: string;
      relation: components['schemas']['Relation'];
      address?: string;
      guardianConsent?: components['schemas']['GuardianConsent'];
    };
    CardApplicationResult: {
      /**
       * @description `created`: a new card; `bound`: the person's existing card, now bound to this account.
       * @enum {string}
       */
      outcome: 'created' | 'bound';
      card: components['schemas']['Card'];
    };
    /** @description The person on the card. The platform never returns a full ID number or phone. */
    CardHolder: {
      name: string;
      gender: components['schemas']['Gender'];
      nation: components['schemas']['NationCode'];
      birthDate: components['schemas']['CalendarDate'];
      idType: components['schemas']['IdType'];
      /** @description First 6 and last 4 characters, e.g. `110105********002X`. */
      maskedIdNumber: string;
      maskedPhone: components['schemas']['MaskedPhone'];
    };
    Card: {
      /** @description This account's opaque reference to the card; use it in URLs. */
      id: string;
      /** @description The 64-hex e-health card ID (电子健康卡 ID). Personal data; never log it. */
      cardId: string;
      /** @description The static QR text in the national layout, `<cardId>:1`. */
      staticQrText: string;
      holder: components['schemas']['CardHolder'];
      relation: components['schemas']['Relation'];
      isDefault: boolean;
      state: components['schemas']['CardState'];
      attribute: components['schemas']['CardAttribute'];
      /** @description The holder is under 14 (sensitive personal information). */
      isMinor: boolean;
      guardianConsent?: components['schemas']['RecordedConsent'];
      socialSecurityLinked: boolean;
      maskedSocialSecurityNumber?: string;
      boundAt: components['schemas']['Timestamp'];
      createdAt: components['schemas']['Timestamp'];
    };
    /** @description The guardian's consent, as the platform recorded it. */
    RecordedConsent: {
      consentVersion: string;
      recordedAt: components['schemas']['Timestamp'];
      channel: components['schemas']['Channel'];
    };
    CardList: {
      data: components['schemas']['Card'][];
    };
    SocialSecurityLink: {
      /** @description The social-security card number (社会保障卡号). */
      socialSecurityNumber: string;
    };
    DynamicCardCode: {
      /** @description `<cardId>:0:<validity>`, the validity being a compact JWS (see the operation). */
      qrText: string;
      expiresAt: components['schemas']['Timestamp'];
      ttlSeconds: number;
      /** @description When the app should fetch the next code (before expiry, so the code on screen never lapses). */
      refreshAfterSeconds: number;
    };
    CardCodeVerificationRequest: {
      qrText: string;
    };
    CardCodeVerification: {
      /** @enum {string} */
      codeKind: 'static' | 'dynamic';
      cardId: string;
      state: components['schemas']['CardState'];
      attribute: components['schemas']['CardAttribute'];
      holder: components['schemas']['CardHolder'];
      hospitalId: string;
      /** @description This hospital's own patient number (院内就诊卡号 / patid) for the card holder. */
      patientNumber: string;
      /** @description True when this verification created the number: the card had never been used at this hospital (not scanned, booked or paid here). A booking or payment made first creates it, and then this is false. */
      patientNumberCreated: boolean;
      expiresAt?: components['schemas']['Timestamp'];
    };
    /** @description A hospital's booking rules; platform defaults unless the hospital set its own. */
    BookingPolicy: {
      hospitalId: string;
      /** @description How many days ahead can be booked, today included (default 14). */
      bookingWindowDays: number;
      /** @description When the next day of the window is released each day, `HH:mm` Asia/Shanghai (default 07:00). */
      releaseTime: string;
      bookingHours: components['schemas']['TimeRange'];
      /** @description How long an unpaid hold (锁号) lasts before the slot returns to the pool (default 10). */
      holdMinutes: number;
      /** @description Cancel until `time` on the day `daysBefore` days before the visit (default 16:00 the day before). */
      cancelCutoff: {
        daysBefore: number;
        time: string;
      };
      limits: {
        perPatientPerDepartmentPerDay: number;
        perPatientPerHospitalPerDay: number;
        perAccountPerMonth: number;
      };
      /** @description `count` no-shows (爽约) within `windowDays` ban the patient from booking for `banDays`, region-wide. */
      noShowBan: {
        count: number;
        windowDays: number;
        banDays: number;
      };
      /** @description Slots kept for channels (e.g. the hospital window and kiosks); the rest is the shared pool. */
      channelQuotas: components['schemas']['ChannelQuota'][];
    };
    ChannelQuota: {
      channels: components['schemas']['Channel'][];
      /** @description Share of each schedule's slots only these channels can book. */
      percent: number;
    };
    /** @description A daily time range, `HH:mm` Asia/Shanghai. */
    TimeRange: {
      start: string;
      end: string;
    };
    /**
     * @description `chief` 主任医师, `associate_chief` 副主任医师, `attending` 主治医师, `resident` 住院医师.
     * @enum {string}
     */
    DoctorTitle: 'chief' | 'associate_chief' | 'attending' | 'resident';
    /**
     * @description `ordinary` 普通号, `expert` 专家号, `special` 特需号.
     * @enum {string}
     */
    RegistrationType: 'ordinary' | 'expert' | 'special';
    /** @description A doctor as lists show it. */
    DoctorSummary: components['schemas']['DoctorFields'];
    /** @description The fields every view of a doctor has (open, so that `DoctorSummary` and `Doctor` can each close over it). */
    DoctorFields: {
      id: string;
      name: string;
      title: components['schemas']['DoctorTitle'];
      /** @example 主任医师 */
      titleName: string;
      hospitalId: string;
      hospitalName: string;
      departmentId: string;
      departmentName: string;
      /** @description What the doctor is good at (擅长). */
      specialty: string;
      registrationType: components['schemas']['RegistrationType'];
      /** @description Registration fee (挂号费) in fen. */
      feeFen: number;
    };
    Doctor: components['schemas']['DoctorFields'] & {
      introduction: string;
    };
    DoctorList: {
      data: components['schemas']['DoctorSummary'][];
    };
    /**
     * @description `available` 有号, `full` 约满, `not_released` 未放号, `none` 无排班.
     * @enum {string}
     */
    AvailabilityStatus: 'available' | 'full' | 'not_released' | 'none';
    AvailabilityDay: {
      date: components['schemas']['CalendarDate'];
      status: components['schemas']['AvailabilityStatus'];
      /** @description Free slots this channel can book that day. */
      remaining: number;
      releaseAt?: components['schemas']['Timestamp'];
    };
    AvailabilityCalendar: {
      data: components['schemas']['AvailabilityDay'][];
    };
    /**
     * @description `morning` 上午, `afternoon` 下午, `evening` 夜间.
     * @enum {string}
     */
    Period: 'morning' | 'afternoon' | 'evening';
    /**
     * @description `open` 可预约, `full` 约满, `not_released` 未放号, `closed` 已停止预约, `stopped` 停诊.
     * @enum {string}
     */
    ScheduleStatus: 'open' | 'full' | 'not_released' | 'closed' | 'stopped';
    Schedule: {
      id: string;
      hospitalId: string;
      departmentId: string;
      departmentName: string;
      doctorId: string;
      doctorName: string;
      doctorTitleName: string;
      date: components['schemas']['CalendarDate'];
      period: components['schemas']['Period'];
      startTime: components['schemas']['Timestamp'];
      endTime: components['schemas']['Timestamp'];
      registrationType: components['schemas']['RegistrationType'];
      feeFen: number;
      capacity: number;
      /** @description Free slots this channel can book (the shared pool plus any quota kept for this channel). */
      remaining: number;
      status: components['schemas']['ScheduleStatus'];
      releaseAt?: components['schemas']['Timestamp'];
    };
    ScheduleList: {
      data: components['schemas']['Schedule'][];
    };
    /** @enum {string} */
    SlotStatus: 'free' | 'full';
    Slot: {
      id: string;
      scheduleId: string;
      startTime: components['schemas']['Timestamp'];
      endTime: components['schemas']['Timestamp'];
      capacity: number;
      remaining: number;
      status: components['schemas']['SlotStatus'];
    };
    ScheduleSlots: {
      schedule: components['schemas']['Schedule'];
      data: components['schemas']['Slot'][];
    };
    HospitalRef: {
      id: string;
      name: string;
      levelName: string;
      district: components['schemas']['DistrictRef'];
    };
    DepartmentRef: {
      id: string;
      name: string;
      kind: components['schemas']['DepartmentKind'];
    };
    SearchHit: components['schemas']['DoctorHit'] | components['schemas']['DepartmentHit'];
    DoctorHit: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'doctor';
      hospital: components['schemas']['HospitalRef'];
      department: components['schemas']['DepartmentRef'];
      doctor: components['schemas']['DoctorSummary'];
    };
    DepartmentHit: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'department';
      hospital: components['schemas']['HospitalRef'];
      department: components['schemas']['DepartmentRef'];
    };
    SearchPage: {
      data: components['schemas']['SearchHit'][];
      nextCursor: string | null;
    };
    EarliestSlot: {
      hospital: components['schemas']['HospitalRef'];
      department: components['schemas']['DepartmentRef'];
      doctor: components['schemas']['DoctorSummary'];
      schedule: components['schemas']['Schedule'];
      slot: components['schemas']['Slot'];
    };
    EarliestSlotList: {
      data: components['schemas']['EarliestSlot'][];
    };
    HoldRequest: {
      slotId: string;
      /** @description The patient's card (`Card.id`), one of this account's cards. */
      cardRef: string;
    };
    /**
     * @description `held` 锁号中, `booked` 已预约 (paid, or free), `released` 已释放, `expired` 已过期 (the place returned to the pool).
     * @enum {string}
     */
    HoldStatus: 'held' | 'booked' | 'released' | 'expired';
    Hold: {
      id: string;
      status: components['schemas']['HoldStatus'];
      cardRef: string;
      /** @description The card holder's name, masked (e.g. `王*明`). */
      patientName: string;
      channel: components['schemas']['Channel'];
      feeFen: number;
      schedule: components['schemas']['Schedule'];
      slot: components['schemas']['Slot'];
      createdAt: components['schemas']['Timestamp'];
      expiresAt: components['schemas']['Timestamp'];
      /** @description Once booked, the appointment it became. */
      appointmentId?: string;
      /** @description The registration-fee payment made for it, if any. */
      paymentId?: string;
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
      /**
       * @description `login` signs in; `card` proves the phone for a card application.
       * @enum {string}
       */
      purpose: 'login' | 'card';
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
    /** @description A hospital as lists show it. */
    HospitalSummary: components['schemas']['HospitalFields'];
    /** @description The fields every view of a hospital has (open, so that `HospitalSummary` and `Hospital` can each close over it). */
    HospitalFields: {
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
    Hospital: components['schemas']['HospitalFields'] & {
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
    BookingRequest: {
      holdId: string;
    };
    /**
     * @description `booked` 已预约, `checked_in` 已签到, `cancelled` 已取消, `stopped` 停诊 (cancelled by the hospital), `no_show` 爽约.
     * @enum {string}
     */
    AppointmentStatus: 'booked' | 'checked_in' | 'cancelled' | 'stopped' | 'no_show';
    PaymentSummary: {
      id: string;
      status: components['schemas']['PaymentStatus'];
      amountFen: number;
      refundedFen: number;
    };
    Appointment: {
      id: string;
      status: components['schemas']['AppointmentStatus'];
      /** @description The patient's card in this account (`Card.id`). */
      cardRef: string;
      /** @description The patient's name, masked (e.g. `王*明`). */
      patientName: string;
      channel: components['schemas']['Channel'];
      hospital: components['schemas']['HospitalRef'];
      department: components['schemas']['DepartmentRef'];
      schedule: components['schemas']['Schedule'];
      slot: components['schemas']['Slot'];
      feeFen: number;
      /** @description The registration fee's payment; null for a free booking. On-site payments (kiosk, window) are here too. */
      payment: components['schemas']['PaymentSummary'] | null;
      createdAt: components['schemas']['Timestamp'];
      cancelDeadline: components['schemas']['Timestamp'];
      /** @description True while the appointment is booked and the cut-off has not passed. */
      cancellable: boolean;
      cancelledAt?: components['schemas']['Timestamp'];
      /** @description Why it was cancelled or stopped, in Chinese (e.g. the hospital's clinic-stop reason). */
      cancelReason?: string;
      /** @description The hold it completed (none for kiosk and window bookings). */
      holdId?: string;
    };
    AppointmentPage: {
      data: components['schemas']['Appointment'][];
      nextCursor: string | null;
    };
    /** @description The no-show (爽约) record of the card's holder, region-wide, against the policy's `noShowBan`. */
    BookingStanding: {
      cardRef: string;
      /** @description No-shows within the last `windowDays`. */
      noShows: number;
      windowDays: number;
      /** @description How many no-shows within the window ban the patient. */
      banThreshold: number;
      /** @description While banned, when the ban ends; null when the patient may book. */
      bannedUntil: components['schemas']['Timestamp'] | null;
    };
    WaitlistRequest: {
      scheduleId: string;
      cardRef: string;
    };
    /**
     * @description `waiting` 候补中, `offered` 已为您锁号 (pay by `offerExpiresAt`), `booked` 候补成功, `cancelled` 已取消, `closed` 候补结束 (not promoted, or the offer lapsed).
     * @enum {string}
     */
    WaitlistStatus: 'waiting' | 'offered' | 'booked' | 'cancelled' | 'closed';
    WaitlistEntry: {
      id: string;
      status: components['schemas']['WaitlistStatus'];
      cardRef: string;
      patientName: string;
      hospital: components['schemas']['HospitalRef'];
      schedule: components['schemas']['Schedule'];
      /** @description Place in the queue (1 is next) while waiting; null otherwise. */
      position: number | null;
      createdAt: components['schemas']['Timestamp'];
      /** @description When offered, the hold made for the entry; pay it like any hold. */
      holdId?: string;
      offerExpiresAt?: components['schemas']['Timestamp'];
      appointmentId?: string;
    };
    WaitlistList: {
      data: components['schemas']['WaitlistEntry'][];
    };
    /**
     * @description - `appointment.stopped`: the hospital stopped the clinic (停诊); the booking is cancelled and refunded.
     *     - `appointment.no_show`: the patient did not check in (爽约).
     *     - `waitlist.offered`: a place was freed and held for a waitlist entry; pay before the hold expires.
     *     - `waitlist.booked`: a free waitlist entry was booked directly.
     *     - `payment.refunded`: a refund reached the payer.
     *     - `payment.closed`: an unpaid order closed on expiry.
     *     - `report.ready`: a new (or amended) report of one of the account's cards.
     * @enum {string}
     */
    EventType:
      | 'appointment.stopped'
      | 'appointment.no_show'
      | 'waitlist.offered'
      | 'waitlist.booked'
      | 'payment.refunded'
      | 'payment.closed'
      | 'report.ready';
    Event: {
      id: string;
      type: components['schemas']['EventType'];
      occurredAt: components['schemas']['Timestamp'];
      /** @description Short Chinese title for a notification list. */
      title: string;
      /** @description The Chinese text a resident reads (names masked). */
      body: string;
      cardRef?: string;
      appointmentId?: string;
      paymentId?: string;
      waitlistEntryId?: string;
      reportId?: string;
    };
    EventPage: {
      data: components['schemas']['Event'][];
      nextCursor: string | null;
    };
    /** @description RFC 6749 §4.4.2 with RFC 7523 §2.2 client authentication, form-encoded. */
    ClientCredentialsTokenRequest: {
      /** @enum {string} */
      grant_type: 'client_credentials';
      /** @enum {string} */
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
      /** @description The signed JWT (compact JWS) described at the operation. */
      client_assertion: string;
      /** @description Optional (RFC 7521 §4.2); when given it must equal the assertion's `iss`. */
      client_id?: string;
      /** @description Space-separated scopes; default every scope the app is registered for. */
      scope?: string;
    };
    /** @description RFC 6749 §5.1 access token response. */
    AppToken: {
      access_token: string;
      /** @enum {string} */
      token_type: 'Bearer';
      /** @description Seconds the token stays valid from now. */
      expires_in: number;
      /** @description The granted scopes, space-separated (may be empty for a third-party app). */
      scope: string;
    };
    PatientAppointments: {
      hospitalId: string;
      patientNumber: string;
      data: components['schemas']['Appointment'][];
    };
    HospitalBookingRequest: {
      /** @description The scanned card code (static or dynamic layout). */
      cardCode: string;
      slotId: string;
    };
    ClinicStopRequest: {
      /** @description Shown to the patients, in Chinese (e.g. `医生临时外出会诊`). */
      reason: string;
    };
    ClinicStop: {
      scheduleId: string;
      stoppedAt: components['schemas']['Timestamp'];
      reason: string;
      cancelledAppointments: number;
      refundedFen: number;
      closedWaitlistEntries: number;
    };
    /**
     * @description `registration` 挂号费 (from a hold), `bill` 门诊缴费.
     * @enum {string}
     */
    PaymentPurpose: 'registration' | 'bill';
    PaymentRequest:
      components['schemas']['RegistrationPaymentRequest'] | components['schemas']['BillPaymentRequest'];
    RegistrationPaymentRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      purpose: 'registration';
      holdId: string;
      returnUrl?: components['schemas']['ReturnUrl'];
    };
    BillPaymentRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      purpose: 'bill';
      billId: string;
      /**
       * @description Settle with medical insurance (医保); the card must be linked to a social-security card.
       * @default false
       */
      useInsurance: boolean;
      returnUrl?: components['schemas']['ReturnUrl'];
    };
    /** @description Where the cashier page (`h5Url`) sends the payer back to, with `paymentId` added to its query. */
    ReturnUrl: string;
    /**
     * @description `unpaid` 待支付, `paid` 已支付, `refunding` 退款中, `refunded` 已全额退款, `partially_refunded` 已部分退款, `closed` 已关闭 (expired unpaid).
     * @enum {string}
     */
    PaymentStatus: 'unpaid' | 'paid' | 'refunding' | 'refunded' | 'partially_refunded' | 'closed';
    /**
     * @description `CASH_ONLY` 全自费, `INSURANCE_ONLY` 全医保, `CASH_AND_INSURANCE` 医保加自费.
     * @enum {string}
     */
    InsuranceMixType: 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE';
    /** @description How an amount is paid: the insurance fund (统筹), the personal account (个账) and self-pay (自费). The parts add up to `totalFen`. */
    InsuranceSplit: {
      mixType: components['schemas']['InsuranceMixType'];
      totalFen: number;
      fundFen: number;
      personalAccountFen: number;
      selfPayFen: number;
    };
    /** @description Exactly what `wx.requestPayment` takes; `paySign` is base64 SHA256withRSA over `appId\ntimeStamp\nnonceStr\npackage\n` with the merchant key. */
    WechatPayParams: {
      appId: string;
      timeStamp: string;
      nonceStr: string;
      package: string;
      /** @constant */
      signType: 'RSA';
      paySign: string;
    };
    /**
     * @description `processing` 退款处理中, `success` 已退款.
     * @enum {string}
     */
    RefundStatus: 'processing' | 'success';
    Refund: {
      id: string;
      paymentId: string;
      outRefundNo: string;
      amountFen: number;
      status: components['schemas']['RefundStatus'];
      reason: string;
      createdAt: components['schemas']['Timestamp'];
      succeededAt?: components['schemas']['Timestamp'];
    };
    RefundRequest: {
      /** @description The hospital's refund number (6-64 characters); each refunds once. */
      outRefundNo: string;
      amountFen: number;
      reason: string;
    };
    Payment: {
      id: string;
      purpose: components['schemas']['PaymentPurpose'];
      status: components['schemas']['PaymentStatus'];
      cardRef: string;
      patientName: string;
      hospital: components['schemas']['HospitalRef'];
      /** @description What is paid, in Chinese (e.g. `挂号费-心内科-王*明`). */
      description: string;
      /** @description The whole amount (registration fee or bill total). */
      amountFen: number;
      split: components['schemas']['InsuranceSplit'];
      /** @description Refunded so far, of the self-pay part (the part paid through WeChat Pay or on site). */
      refundedFen: number;
      refunds: components['schemas']['Refund'][];
      /** @description The merchant order number sent to WeChat Pay. */
      outTradeNo: string;
      /**
       * @description `wechat` 微信支付, `onsite` 现场缴费 (kiosk or window), `insurance` 医保全额.
       * @enum {string}
       */
      method?: 'wechat' | 'onsite' | 'insurance';
      holdId?: string;
      billId?: string;
      /** @description For a registration fee, the booking made when it was paid. */
      appointmentId?: string;
      wechat?: components['schemas']['WechatPayParams'];
      /** @description While unpaid, the cashier page for channels without `wx.requestPayment` (H5). */
      h5Url?: string;
      createdAt: components['schemas']['Timestamp'];
      expiresAt: components['schemas']['Timestamp'];
      paidAt?: components['schemas']['Timestamp'];
      closedAt?: components['schemas']['Timestamp'];
      /** @description The e-invoice (电子发票) of a paid bill. */
      invoiceUrl?: string;
    };
    PaymentPage: {
      data: components['schemas']['Payment'][];
      nextCursor: string | null;
    };
    /**
     * @description `unpaid` 待缴费, `paid` 已缴费.
     * @enum {string}
     */
    BillStatus: 'unpaid' | 'paid';
    /**
     * @description `drug` 药品, `lab` 检验, `exam` 检查, `treatment` 治疗, `material` 材料, `fee` 诊查等费用.
     * @enum {string}
     */
    BillItemCategory: 'drug' | 'lab' | 'exam' | 'treatment' | 'material' | 'fee';
    /**
     * @description `A` 甲类 (fully covered), `B` 乙类 (10% paid first by the patient), `C` 丙类 (self-pay).
     * @enum {string}
     */
    InsuranceClass: 'A' | 'B' | 'C';
    BillItem: {
      code: string;
      name: string;
      category: components['schemas']['BillItemCategory'];
      quantity: number;
      unit: string;
      unitPriceFen: number;
      amountFen: number;
      insuranceClass: components['schemas']['InsuranceClass'];
    };
    Bill: {
      id: string;
      status: components['schemas']['BillStatus'];
      cardRef: string;
      patientName: string;
      hospital: components['schemas']['HospitalRef'];
      departmentName: string;
      doctorName: string;
      issuedAt: components['schemas']['Timestamp'];
      totalFen: number;
      items: components['schemas']['BillItem'][];
      /** @description The split with medical insurance, for a card linked to a social-security card; null otherwise. */
      insuranceEstimate: components['schemas']['InsuranceSplit'] | null;
      /** @description The payment that paid it. */
      paymentId?: string;
      /** @description The e-invoice (电子发票) once paid. */
      invoiceUrl?: string;
    };
    BillPage: {
      data: components['schemas']['Bill'][];
      nextCursor: string | null;
    };
    /** @description A WeChat Pay v3 notification, in WeChat's own snake_case. */
    WechatPayNotification: {
      id: string;
      create_time: string;
      /**
       * @example TRANSACTION.SUCCESS
       * @example REFUND.SUCCESS
       */
      event_type: string;
      /** @constant */
      resource_type: 'encrypt-resource';
      summary?: string;
      resource: {
        /** @constant */
        algorithm: 'AEAD_AES_256_GCM';
        ciphertext: string;
        nonce: string;
        associated_data?: string;
        original_type: string;
      };
    };
    /**
     * @description `lab` 检验 (blood, urine...), `exam` 检查 (imaging, ECG, ultrasound).
     * @enum {string}
     */
    ReportType: 'lab' | 'exam';
    /**
     * @description `preliminary` 初步报告, `final` 正式报告, `amended` 已更正 (a final report corrected later).
     * @enum {string}
     */
    ReportStatus: 'preliminary' | 'final' | 'amended';
    /**
     * @description FHIR interpretation codes: `N` 正常, `L` 偏低, `H` 偏高, `LL` 危急低, `HH` 危急高, `A` 异常, `AA` 危急异常.
     * @enum {string}
     */
    Interpretation: 'N' | 'L' | 'H' | 'LL' | 'HH' | 'A' | 'AA';
    ReportSummary: {
      id: string;
      type: components['schemas']['ReportType'];
      cardRef: string;
      /** @description Masked (e.g. `王*明`). */
      patientName: string;
      hospital: components['schemas']['HospitalRef'];
      /** @description The ordering department (开单科室). */
      departmentName: string;
      /** @description e.g. `血常规`, `肝功能`, `胸部正位片`. */
      title: string;
      reportedAt: components['schemas']['Timestamp'];
      status: components['schemas']['ReportStatus'];
      /** @description Any result outside its reference (lab) or an abnormal impression (exam). */
      abnormal: boolean;
      /** @description Any critical value (危急值). */
      critical: boolean;
      /** @description Other hospitals of the region accept these results (检查检验结果互认); the conclusion is not part of it. */
      mutualRecognition: boolean;
    };
    ReportPage: {
      data: components['schemas']['ReportSummary'][];
      nextCursor: string | null;
    };
    /** @description Why and when a final report was corrected. */
    Amendment: {
      amendedAt: components['schemas']['Timestamp'];
      reason: string;
    };
    LabResult: {
      /** @description The item's code in the region's catalogue (e.g. `GLU`, `HBA1C`, `CREA`, `ALT`); stable across hospitals. */
      code: string;
      /** @description e.g. `葡萄糖`, `糖化血红蛋白`. */
      name: string;
      /**
       * @description `numeric` (see `value`) or `text` (qualitative, e.g. `阴性`, `+`).
       * @enum {string}
       */
      valueType: 'numeric' | 'text';
      /** @description The numeric result. */
      value?: number;
      /** @description The result as printed (numeric results too, e.g. `6.8`; qualitative `阳性(+)`). */
      text?: string;
      /** @description e.g. `mmol/L`, `%`, `U/L`, `10^9/L`. */
      unit?: string;
      /** @description As printed, e.g. `3.9 ~ 6.1` or `阴性`. */
      referenceRange?: string;
      referenceLow?: number;
      referenceHigh?: number;
      interpretation: components['schemas']['Interpretation'];
      /** @description A critical value (危急值), LL/HH/AA. */
      critical: boolean;
    };
    LabReport: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'lab';
      cardRef: string;
      patientName: string;
      hospital: components['schemas']['HospitalRef'];
      departmentName: string;
      title: string;
      reportedAt: components['schemas']['Timestamp'];
      status: components['schemas']['ReportStatus'];
      abnormal: boolean;
      critical: boolean;
      mutualRecognition: boolean;
      /** @description e.g. `静脉血`, `尿液`. */
      specimen: string;
      collectedAt: components['schemas']['Timestamp'];
      receivedAt?: components['schemas']['Timestamp'];
      orderingDoctor?: string;
      /** @description The checking technician (审核者), masked. */
      reviewer?: string;
      results: components['schemas']['LabResult'][];
      amendment?: components['schemas']['Amendment'];
    };
    /**
     * @description `xray` X线, `ct` CT, `mri` 磁共振, `ultrasound` 超声, `ecg` 心电图, `endoscopy` 内镜.
     * @enum {string}
     */
    ExamModality: 'xray' | 'ct' | 'mri' | 'ultrasound' | 'ecg' | 'endoscopy';
    ExamReport: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'exam';
      cardRef: string;
      patientName: string;
      hospital: components['schemas']['HospitalRef'];
      departmentName: string;
      title: string;
      reportedAt: components['schemas']['Timestamp'];
      status: components['schemas']['ReportStatus'];
      abnormal: boolean;
      critical: boolean;
      mutualRecognition: boolean;
      modality: components['schemas']['ExamModality'];
      /** @description e.g. `胸部`, `肝胆胰脾`, `心脏`. */
      bodySite: string;
      examinedAt: components['schemas']['Timestamp'];
      /** @description 检查所见 (objective findings). */
      findings: string;
      /** @description 诊断意见 / 检查结论 (conclusion); not part of mutual recognition. */
      impression: string;
      orderingDoctor?: string;
      /** @description The reporting doctor, masked. */
      reporter?: string;
      amendment?: components['schemas']['Amendment'];
    };
    Report: components['schemas']['LabReport'] | components['schemas']['ExamReport'];
    TrendItem: {
      code: string;
      name: string;
      unit?: string;
      /** @description How many numeric results the card has for the item. */
      count: number;
      latestAt: components['schemas']['Timestamp'];
    };
    TrendItemList: {
      data: components['schemas']['TrendItem'][];
    };
    TrendPoint: {
      reportId: string;
      hospital: components['schemas']['HospitalRef'];
      collectedAt: components['schemas']['Timestamp'];
      value: number;
      interpretation: components['schemas']['Interpretation'];
      /** @description This hospital's reference band for the point (bands differ a little between labs). */
      referenceLow?: number;
      referenceHigh?: number;
    };
    Trend: {
      cardRef: string;
      code: string;
      name: string;
      unit?: string;
      /** @description The reference band to draw (the most recent point's). */
      referenceLow?: number;
      referenceHigh?: number;
      /** @description Oldest first, across hospitals. */
      points: components['schemas']['TrendPoint'][];
    };
    /**
     * @description The events a hospital can subscribe to (each is delivered to the subscriptions of the hospital it
     *     concerns). Every event's `data` carries ids and the hospital's own patient number only: never names,
     *     ID numbers, phones or card IDs.
     * @enum {string}
     */
    WebhookEventType:
      | 'card.linked'
      | 'appointment.booked'
      | 'appointment.cancelled'
      | 'appointment.checked_in'
      | 'appointment.no_show'
      | 'schedule.stopped'
      | 'payment.succeeded'
      | 'payment.refunded'
      | 'report.ready';
    /** @description The claims every platform event carries besides `type` and `data`. */
    WebhookEventClaims: {
      /** @description The platform (`https://platform.yika.local` by default). */
      iss: string;
      /** @description The webhook id the delivery is addressed to. */
      aud: string;
      iat: number;
      /** @description `iat + 300`. */
      exp: number;
      /** @description The event id; the same on every retry of a delivery, so handle each once. */
      jti: string;
    };
    CardLinkedEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'card.linked';
      data: components['schemas']['CardLinkedEventData'];
    };
    AppointmentBookedEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'appointment.booked';
      data: components['schemas']['AppointmentBookedEventData'];
    };
    AppointmentCancelledEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'appointment.cancelled';
      data: components['schemas']['AppointmentCancelledEventData'];
    };
    AppointmentCheckedInEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'appointment.checked_in';
      data: components['schemas']['AppointmentCheckedInEventData'];
    };
    AppointmentNoShowEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'appointment.no_show';
      data: components['schemas']['AppointmentNoShowEventData'];
    };
    ScheduleStoppedEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'schedule.stopped';
      data: components['schemas']['ScheduleStoppedEventData'];
    };
    PaymentSucceededEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'payment.succeeded';
      data: components['schemas']['PaymentSucceededEventData'];
    };
    PaymentRefundedEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'payment.refunded';
      data: components['schemas']['PaymentRefundedEventData'];
    };
    ReportReadyEvent: components['schemas']['WebhookEventClaims'] & {
      /** @enum {string} */
      type: 'report.ready';
      data: components['schemas']['ReportReadyEventData'];
    };
    /** @description The card's holder has a new patient number at this hospital. */
    CardLinkedEventData: {
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      linkedAt: components['schemas']['Timestamp'];
    };
    /** @description A new appointment at this hospital. */
    AppointmentBookedEventData: {
      appointmentId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      departmentId: string;
      doctorId: string;
      scheduleId: string;
      slotId: string;
      date: components['schemas']['CalendarDate'];
      period: components['schemas']['Period'];
      startsAt: components['schemas']['Timestamp'];
      endsAt: components['schemas']['Timestamp'];
      channel: components['schemas']['Channel'];
      /** @description The registration fee (0 for a free clinic). */
      feeFen: number;
      bookedAt: components['schemas']['Timestamp'];
    };
    /** @description An appointment at this hospital cancelled by the patient. */
    AppointmentCancelledEventData: {
      appointmentId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      scheduleId: string;
      slotId: string;
      /**
       * @description Who cancelled (a clinic stop is `schedule.stopped`).
       * @enum {string}
       */
      cancelledBy: 'resident';
      cancelledAt: components['schemas']['Timestamp'];
      /** @description What is refunded of a paid fee; null when nothing was paid or left to refund. */
      refund: components['schemas']['WebhookRefundSummary'] | null;
    };
    /** @description A patient checked in. */
    AppointmentCheckedInEventData: {
      appointmentId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      scheduleId: string;
      checkedInAt: components['schemas']['Timestamp'];
    };
    /** @description A booked patient did not come. */
    AppointmentNoShowEventData: {
      appointmentId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      scheduleId: string;
      slotId: string;
      /** @description When it counted as a no-show (the slot's end plus 30 minutes of grace). */
      noShowAt: components['schemas']['Timestamp'];
    };
    /** @description A stopped schedule and the bookings it cancelled. */
    ScheduleStoppedEventData: {
      scheduleId: string;
      hospitalId: string;
      departmentId: string;
      doctorId: string;
      date: components['schemas']['CalendarDate'];
      period: components['schemas']['Period'];
      /** @description The hospital's own reason, as it gave it. */
      reason: string;
      stoppedAt: components['schemas']['Timestamp'];
      refundedFen: number;
      closedWaitlistEntries: number;
      /** @description Every booking the stop cancelled. */
      appointments: components['schemas']['StoppedAppointment'][];
    };
    /** @description A paid order of this hospital. */
    PaymentSucceededEventData: {
      paymentId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      purpose: components['schemas']['PaymentPurpose'];
      /** @description The appointment a registration fee booked; null for a bill, or when the hold lapsed first (then refunded). */
      appointmentId: string | null;
      billId: string | null;
      amountFen: number;
      split: components['schemas']['InsuranceSplit'];
      /**
       * @description `wechat` WeChat Pay, `onsite` taken at the hospital's kiosk or window, `insurance` fully by medical insurance.
       * @enum {string}
       */
      method: 'wechat' | 'onsite' | 'insurance';
      paidAt: components['schemas']['Timestamp'];
    };
    /** @description A completed refund of an order of this hospital. */
    PaymentRefundedEventData: {
      paymentId: string;
      refundId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      appointmentId: string | null;
      billId: string | null;
      /** @description This refund. */
      amountFen: number;
      /** @description Every completed refund of the order so far, this one included. */
      refundedFen: number;
      reason: string;
      refundedAt: components['schemas']['Timestamp'];
    };
    /** @description A new or amended report. */
    ReportReadyEventData: {
      reportId: string;
      hospitalId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      reportType: components['schemas']['ReportType'];
      reportedAt: components['schemas']['Timestamp'];
    };
    /** @description A refund as an event names it. */
    WebhookRefundSummary: {
      paymentId: string;
      amountFen: number;
    };
    /** @description A booking cancelled by a clinic stop. */
    StoppedAppointment: {
      appointmentId: string;
      /** @description This hospital's own patient number (院内患者号) for the person, from the master patient index. */
      patientNumber: string;
      /** @description What is refunded of its fee (0 when nothing was paid). */
      refundFen: number;
    };
    WebhookRequest: {
      /** @description An http(s) URL of the hospital's server. */
      url: string;
      events: components['schemas']['WebhookEventType'][];
    };
    Webhook: {
      id: string;
      url: string;
      events: components['schemas']['WebhookEventType'][];
      createdAt: components['schemas']['Timestamp'];
    };
    WebhookList: {
      data: components['schemas']['Webhook'][];
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
    /** @description Authenticated, but this app may not do this (`INSUFFICIENT_SCOPE`). */
    Forbidden: {
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
    /** @description Well-formed, but the platform's rules refuse it (an invalid ID number, an expired card code...). */
    Unprocessable: {
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
    /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
    CardRef: string;
    DepartmentId: string;
    DoctorId: string;
    /** @description First day (Asia/Shanghai), default today; must lie within the booking window. */
    FromDate: components['schemas']['CalendarDate'];
    HoldId: string;
    /** @description The `nextCursor` of the previous page. */
    Cursor: string;
    /** @description Page size. */
    Limit: number;
    ScheduleId: string;
    AppointmentId: string;
    WaitlistEntryId: string;
    PaymentId: string;
    BillId: string;
    /** @description Only this card of the account (`Card.id`); default all the account's cards. */
    CardRefQuery: string;
    /** @description Only this hospital. */
    HospitalIdQuery: string;
    /** @description `upcoming` (default): booked or checked in, visit not over; `past`: everything else. */
    AppointmentView: 'upcoming' | 'past';
    /** @description `unpaid` (default, 待缴费) or `paid` (已缴费). */
    BillStatusQuery: components['schemas']['BillStatus'];
    /** @description Seconds since the epoch, as WeChat Pay signs it. */
    NotifyTimestamp: string;
    NotifyNonce: string;
    /** @description Base64 RSA-SHA256 signature over `timestamp\nnonce\nbody\n`. */
    NotifySignature: string;
    /** @description Serial number of the WeChat Pay platform certificate that signed it. */
    NotifySerial: string;
    ReportId: string;
    /** @description A lab item's code (`LabResult.code`), e.g. `GLU`. */
    ItemCode: string;
    WebhookId: string;
    /** @description Only lab (检验) or only exam (检查) reports. */
    ReportTypeQuery: components['schemas']['ReportType'];
    /** @description First report date, inclusive (Asia/Shanghai). */
    FromDateQuery: components['schemas']['CalendarDate'];
    /** @description Last report date, inclusive (Asia/Shanghai). */
    ToDateQuery: components['schemas']['CalendarDate'];
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
  listCards: {
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
      /** @description The cards bound to this account. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CardList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  applyForCard: {
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
        'application/json': components['schemas']['CardApplication'];
      };
    };
    responses: {
      /** @description The person's existing card was bound to this account. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CardApplicationResult'];
        };
      };
      /** @description A new card was created and bound to this account. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CardApplicationResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  getCard: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Card'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  unbindCard: {
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
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unbound. */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  setDefaultCard: {
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
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card, now the default. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Card'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  linkSocialSecurityCard: {
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
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SocialSecurityLink'];
      };
    };
    responses: {
      /** @description The card with the link. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Card'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  issueDynamicCardCode: {
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
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A fresh code. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DynamicCardCode'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  verifyCardCode: {
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
        'application/json': components['schemas']['CardCodeVerificationRequest'];
      };
    };
    responses: {
      /** @description The code is valid; the card and this hospital's patient number. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CardCodeVerification'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  getBookingPolicy: {
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
      /** @description The policy. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingPolicy'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listDepartmentDoctors: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        departmentId: components['parameters']['DepartmentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The doctors. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoctorList'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  getDepartmentCalendar: {
    parameters: {
      query?: {
        /** @description First day (Asia/Shanghai), default today; must lie within the booking window. */
        from?: components['parameters']['FromDate'];
      };
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        departmentId: components['parameters']['DepartmentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One entry per day from `from` (default today) to the end of the hospital's booking window. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailabilityCalendar'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listDepartmentSchedules: {
    parameters: {
      query: {
        date: components['schemas']['CalendarDate'];
      };
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        departmentId: components['parameters']['DepartmentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedules, morning before afternoon, then by doctor title. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduleList'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  getDoctor: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        doctorId: components['parameters']['DoctorId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The doctor. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Doctor'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  getDoctorCalendar: {
    parameters: {
      query?: {
        /** @description First day (Asia/Shanghai), default today; must lie within the booking window. */
        from?: components['parameters']['FromDate'];
      };
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        doctorId: components['parameters']['DoctorId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One entry per day. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailabilityCalendar'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listDoctorSchedules: {
    parameters: {
      query?: {
        /** @description First day (Asia/Shanghai), default today; must lie within the booking window. */
        from?: components['parameters']['FromDate'];
      };
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        doctorId: components['parameters']['DoctorId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedules, by date and period. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduleList'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listScheduleSlots: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        scheduleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedule and its slots in time order. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduleSlots'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  searchRegion: {
    parameters: {
      query: {
        q: string;
        /** @description Only doctors or only departments. */
        type?: 'doctor' | 'department';
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
      /** @description A page of hits. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchPage'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  findEarliestSlots: {
    parameters: {
      query: {
        /** @description First day to look at (Asia/Shanghai), default today. */
        from?: components['schemas']['CalendarDate'];
        departmentKind: components['schemas']['DepartmentKind'];
        district?: components['schemas']['DistrictCode'];
        limit?: number;
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
      /** @description The earliest slots, soonest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EarliestSlotList'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  createHold: {
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
        'application/json': components['schemas']['HoldRequest'];
      };
    };
    responses: {
      /** @description The slot is held for the card. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hold'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getHold: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        holdId: components['parameters']['HoldId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The hold. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hold'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  releaseHold: {
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
      path: {
        holdId: components['parameters']['HoldId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released (or already no longer held). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
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
  listAppointments: {
    parameters: {
      query?: {
        /** @description `upcoming` (default): booked or checked in, visit not over; `past`: everything else. */
        view?: components['parameters']['AppointmentView'];
        /** @description Only this card of the account (`Card.id`); default all the account's cards. */
        cardRef?: components['parameters']['CardRefQuery'];
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
      /** @description A page of appointments, soonest first (upcoming) or latest first (past). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppointmentPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  bookAppointment: {
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
        'application/json': components['schemas']['BookingRequest'];
      };
    };
    responses: {
      /** @description Booked. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getAppointment: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        appointmentId: components['parameters']['AppointmentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The appointment. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  cancelAppointment: {
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
      path: {
        appointmentId: components['parameters']['AppointmentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled (and the refund started, when it was paid). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getBookingStanding: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card's standing. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingStanding'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listWaitlist: {
    parameters: {
      query?: {
        /** @description Only this card of the account (`Card.id`); default all the account's cards. */
        cardRef?: components['parameters']['CardRefQuery'];
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
      /** @description Entries, newest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaitlistList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  joinWaitlist: {
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
        'application/json': components['schemas']['WaitlistRequest'];
      };
    };
    responses: {
      /** @description Waiting, in order. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaitlistEntry'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  leaveWaitlist: {
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
      path: {
        entryId: components['parameters']['WaitlistEntryId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Left (or no longer waiting). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listEvents: {
    parameters: {
      query?: {
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
      /** @description Newest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  issueAppToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': components['schemas']['ClientCredentialsTokenRequest'];
      };
    };
    responses: {
      /** @description An app access token. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          /** @description Always `no-store` (RFC 6749 §5.1). */
          'Cache-Control'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppToken'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  listPatientAppointments: {
    parameters: {
      query?: {
        /** @description Only appointments of this visit date (Asia/Shanghai), e.g. today's for check-in. */
        date?: components['schemas']['CalendarDate'];
      };
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        patientNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The patient's appointments at this hospital. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatientAppointments'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  bookAtHospital: {
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
        'application/json': components['schemas']['HospitalBookingRequest'];
      };
    };
    responses: {
      /** @description Booked. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['Unprocessable'];
    };
  };
  checkInAppointment: {
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
      path: {
        appointmentId: components['parameters']['AppointmentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Checked in. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Appointment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  stopSchedule: {
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
      path: {
        scheduleId: components['parameters']['ScheduleId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClinicStopRequest'];
      };
    };
    responses: {
      /** @description Stopped. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClinicStop'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listPayments: {
    parameters: {
      query?: {
        /** @description Only this card of the account (`Card.id`); default all the account's cards. */
        cardRef?: components['parameters']['CardRefQuery'];
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
      /** @description Newest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createPayment: {
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
        'application/json': components['schemas']['PaymentRequest'];
      };
    };
    responses: {
      /** @description The payment order, with what the payer needs to confirm it. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Payment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getPayment: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        paymentId: components['parameters']['PaymentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Payment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  receiveWechatPayNotification: {
    parameters: {
      query?: never;
      header: {
        /** @description Seconds since the epoch, as WeChat Pay signs it. */
        'Wechatpay-Timestamp': components['parameters']['NotifyTimestamp'];
        'Wechatpay-Nonce': components['parameters']['NotifyNonce'];
        /** @description Base64 RSA-SHA256 signature over `timestamp\nnonce\nbody\n`. */
        'Wechatpay-Signature': components['parameters']['NotifySignature'];
        /** @description Serial number of the WeChat Pay platform certificate that signed it. */
        'Wechatpay-Serial': components['parameters']['NotifySerial'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WechatPayNotification'];
      };
    };
    responses: {
      /** @description Verified and handled (a repeat changes nothing). */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  refundPayment: {
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
      path: {
        paymentId: components['parameters']['PaymentId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefundRequest'];
      };
    };
    responses: {
      /** @description The refund (processing until WeChat Pay confirms it). */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Refund'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listBills: {
    parameters: {
      query?: {
        /** @description Only this card of the account (`Card.id`); default all the account's cards. */
        cardRef?: components['parameters']['CardRefQuery'];
        /** @description `unpaid` (default, 待缴费) or `paid` (已缴费). */
        status?: components['parameters']['BillStatusQuery'];
        /** @description Only this hospital. */
        hospitalId?: components['parameters']['HospitalIdQuery'];
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
      /** @description Newest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getBill: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        billId: components['parameters']['BillId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bill. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Bill'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listReports: {
    parameters: {
      query?: {
        /** @description Only this card of the account (`Card.id`); default all the account's cards. */
        cardRef?: components['parameters']['CardRefQuery'];
        /** @description Only lab (检验) or only exam (检查) reports. */
        type?: components['parameters']['ReportTypeQuery'];
        /** @description Only this hospital. */
        hospitalId?: components['parameters']['HospitalIdQuery'];
        /** @description First report date, inclusive (Asia/Shanghai). */
        from?: components['parameters']['FromDateQuery'];
        /** @description Last report date, inclusive (Asia/Shanghai). */
        to?: components['parameters']['ToDateQuery'];
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
      /** @description A page of report summaries, newest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getReport: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listTrendItems: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items with how many results each. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrendItemList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getTrend: {
    parameters: {
      query?: never;
      header: {
        /** @description The channel the request comes from; every booking records it. */
        'X-Yika-Channel': components['parameters']['Channel'];
      };
      path: {
        /** @description The card's opaque reference in this account (`Card.id`), never the 64-hex card ID. */
        cardRef: components['parameters']['CardRef'];
        /** @description A lab item's code (`LabResult.code`), e.g. `GLU`. */
        itemCode: components['parameters']['ItemCode'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trend. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trend'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listWebhooks: {
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
      /** @description Subscriptions. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createWebhook: {
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
        'application/json': components['schemas']['WebhookRequest'];
      };
    };
    responses: {
      /** @description Subscribed. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
    };
  };
  deleteWebhook: {
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
      path: {
        webhookId: components['parameters']['WebhookId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unsubscribed. */
      204: {
        headers: {
          'X-Request-Id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  cardLinkedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['CardLinkedEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  appointmentBookedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['AppointmentBookedEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  appointmentCancelledWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['AppointmentCancelledEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  appointmentCheckedInWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['AppointmentCheckedInEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  appointmentNoShowWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['AppointmentNoShowEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  scheduleStoppedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['ScheduleStoppedEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  paymentSucceededWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['PaymentSucceededEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  paymentRefundedWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['PaymentRefundedEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  reportReadyWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/jwt': components['schemas']['ReportReadyEvent'];
      };
    };
    responses: {
      /** @description Handled. Any 2xx acknowledges the delivery. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused (did not verify). Anything but a 2xx is retried (30 s, 2 min, 10 min, 1 h). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
