import { addDays, messageForCode, shanghaiDate } from '@yika/sdk/domain';
import { getContract } from '../src/contract';
import type {
  Card,
  CardApplicationResult,
  DoctorSummary,
  DynamicCardCode,
  ErrorCode,
  ErrorResponse,
  Hold,
  Schedule,
  Session,
} from '../src/contract/wire';
import { SEEDED_UNBOUND_PERSONS } from '../src/store/seed/card-holders';
import { STATUS_FOR_CODE } from '../src/http/errors';
import { createApi, jsonOf, TEST_ORIGIN } from './support/api';
import { adultApplication, apply, signIn as signInResident, withSmsCode } from './support/cards';
import { CoverageRecorder } from './support/coverage';
import { usePlatform } from './support/msw';
import { appToken, signAssertion, testApp, tokenForm } from './support/apps';

const contract = getContract();
const context = usePlatform();
const coverage = new CoverageRecorder();
const api = createApi(TEST_ORIGIN, coverage.record);

describe('the contract document', () => {
  it('gives every error code the status the platform uses and a message of its own', () => {
    const errorCode = contract.document.components.schemas.ErrorCode as {
      enum: ErrorCode[];
      description: string;
    };
    for (const code of errorCode.enum) {
      const line = new RegExp(`- ${code} \\((\\d{3})\\)`).exec(errorCode.description);
      expect([code, Number(line?.[1])]).toEqual([code, STATUS_FOR_CODE[code]]);
      expect(messageForCode(code)).not.toBe(messageForCode('SOMETHING_UNKNOWN'));
    }
    expect(Object.keys(STATUS_FOR_CODE).sort()).toEqual([...errorCode.enum].sort());
  });

  it('requires X-Yika-Channel everywhere and Idempotency-Key on every mutating operation', () => {
    for (const operation of contract.operations) {
      // WeChat Pay calls this one with its own headers (Wechatpay-*), as WeChat defines them.
      if (operation.operationId === 'receiveWechatPayNotification') continue;
      // The OAuth token endpoint speaks RFC 6749 so a standard client works: no Yika headers, and its
      // single-use assertion (jti) is what makes a retry harmless.
      if (operation.operationId === 'issueAppToken') continue;
      const required = operation.parameters.filter((p) => p.in === 'header' && p.required).map((p) => p.name);
      expect(required).toContain('X-Yika-Channel');
      if (['post', 'put', 'patch', 'delete'].includes(operation.method))
        expect(required).toContain('Idempotency-Key');
    }
  });
});

describe('the response check', () => {
  const listHospitals = contract.operation('listHospitals');
  const headers = new Headers({ 'X-Request-Id': 'req_1' });

  it('accepts a response that fits', () => {
    expect(
      contract.validator.checkResponse(listHospitals, 200, headers, '{"data":[],"nextCursor":null}'),
    ).toEqual([]);
  });

  it('flags missing fields, wrong types, extra fields, undeclared statuses and a missing X-Request-Id', () => {
    expect(contract.validator.checkResponse(listHospitals, 200, headers, '{"data":[]}')).toEqual([
      { field: 'response.body.nextCursor', issue: 'is required' },
    ]);
    expect(
      contract.validator.checkResponse(
        listHospitals,
        200,
        headers,
        '{"data":[{"id":1}],"nextCursor":null,"x":1}',
      ),
    ).toEqual(
      expect.arrayContaining([
        { field: 'response.body.x', issue: 'is not allowed' },
        { field: 'response.body.data[0].id', issue: 'must be string' },
        { field: 'response.body.data[0].name', issue: 'is required' },
      ]),
    );
    expect(contract.validator.checkResponse(listHospitals, 409, headers, '{}')).toEqual([
      { field: 'response.status', issue: '409 is not a declared response' },
    ]);
    expect(
      contract.validator.checkResponse(listHospitals, 200, new Headers(), '{"data":[],"nextCursor":null}'),
    ).toEqual([{ field: 'response.header.X-Request-Id', issue: 'is required' }]);
  });
});

describe('every operation, success and error paths, fits the contract', () => {
  const PHONE = '13912345678';
  const missingChannel = { noChannel: true } as const;

  async function signIn(): Promise<Session> {
    return jsonOf<Session>(
      await api.post('/v1/auth/wechat-login', { code: context.platform.wechat.issueLoginCode('o_contract') }),
    );
  }

  it('auth operations', async () => {
    await api.get('/v1/.well-known/jwks.json');
    await api.get('/v1/.well-known/jwks.json', missingChannel);

    const session = await signIn();
    await api.post('/v1/auth/wechat-login', { code: 'x' });
    await api.post('/v1/auth/wechat-login', { code: 5 });
    await api.post(
      '/v1/auth/wechat-login',
      { code: 'devtools-code-1' },
      { idempotencyKey: 'contract-key-1' },
    );
    await api.post(
      '/v1/auth/wechat-login',
      { code: 'devtools-code-2' },
      { idempotencyKey: 'contract-key-1' },
    );

    await api.post(
      '/v1/auth/sms-codes',
      { phone: PHONE, purpose: 'login' },
      { idempotencyKey: 'contract-key-2' },
    );
    await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'login' });
    await api.post('/v1/auth/sms-codes', { phone: PHONE, purpose: 'signup' });
    await api.post(
      '/v1/auth/sms-codes',
      { phone: '13711112222', purpose: 'login' },
      { idempotencyKey: 'contract-key-2' },
    );
    await api.post('/v1/auth/sms-codes', { phone: '12000000000', purpose: 'login' });

    const code = context.platform.sms.lastCode(PHONE)!;
    await api.post('/v1/auth/sms-login', { phone: PHONE, code: code === '000000' ? '111111' : '000000' });
    await api.post('/v1/auth/sms-login', { phone: PHONE, code }, { idempotencyKey: 'contract-key-3' });
    await api.post('/v1/auth/sms-login', { phone: PHONE, code: 'abc' });
    await api.post(
      '/v1/auth/sms-login',
      { phone: '13711112222', code },
      { idempotencyKey: 'contract-key-3' },
    );

    const refreshed = jsonOf<Session>(
      await api.post(
        '/v1/auth/refresh',
        { refreshToken: session.refreshToken },
        { idempotencyKey: 'contract-key-4' },
      ),
    );
    await api.post('/v1/auth/refresh', { refreshToken: 'short' });
    await api.post('/v1/auth/refresh', { refreshToken: 'rt_unknown_token_000' });
    await api.post(
      '/v1/auth/refresh',
      { refreshToken: refreshed.refreshToken },
      { idempotencyKey: 'contract-key-4' },
    );

    await api.get('/v1/me', { token: refreshed.accessToken });
    await api.get('/v1/me', { token: refreshed.accessToken, noChannel: true });
    await api.get('/v1/me');

    await api.post(
      '/v1/auth/logout',
      { refreshToken: refreshed.refreshToken },
      { idempotencyKey: 'contract-key-5' },
    );
    await api.post('/v1/auth/logout', {}, { idempotencyKey: 'contract-key-6' });
    await api.post(
      '/v1/auth/logout',
      { refreshToken: 'rt_other_token_0000' },
      { idempotencyKey: 'contract-key-5' },
    );
  });

  it('hospital operations', async () => {
    await api.get('/v1/districts');
    await api.get('/v1/districts', missingChannel);
    const page = jsonOf<{ data: { id: string }[] }>(await api.get('/v1/hospitals?limit=3'));
    await api.get('/v1/hospitals?limit=99');
    const id = page.data[0]!.id;
    await api.get(`/v1/hospitals/${id}`);
    await api.get(`/v1/hospitals/${id}`, missingChannel);
    await api.get('/v1/hospitals/hos_missing');
    await api.get(`/v1/hospitals/${id}/departments`);
    await api.get(`/v1/hospitals/${'x'.repeat(65)}/departments`);
    await api.get('/v1/hospitals/hos_missing/departments');
  });

  it('card operations', async () => {
    const { platform } = context;
    const resident = await signInResident(api, platform, 'o_contract_cards');
    const token = { token: resident.token };
    const missing = '/v1/cards/crd_missing1';
    const tooLong = `/v1/cards/${'x'.repeat(65)}`;

    await api.get('/v1/cards', token);
    await api.get('/v1/cards', { ...token, noChannel: true });
    await api.get('/v1/cards');

    const created = jsonOf<CardApplicationResult>(
      await apply(api, platform, resident, adultApplication({ relation: 'self' })),
    ).card;
    await apply(
      api,
      platform,
      resident,
      adultApplication({ ...SEEDED_UNBOUND_PERSONS[0]!, relation: 'parent' }),
    );
    await api.post('/v1/cards', { ...adultApplication(), relation: 'cousin' }, token);
    await api.post('/v1/cards', adultApplication(), token);
    await api.post('/v1/cards', await withSmsCode(api, platform, adultApplication()));
    await apply(api, platform, resident, adultApplication({ relation: 'self' }));
    await api.post('/v1/cards', adultApplication({ name: 'X' }), token);
    const ref = `/v1/cards/${created.id}`;

    await api.get(ref, token);
    await api.get(tooLong, token);
    await api.get(ref);
    await api.get(missing, token);

    await api.send('PUT', `${ref}/default`, undefined, token);
    await api.send('PUT', `${tooLong}/default`, undefined, token);
    await api.send('PUT', `${ref}/default`);
    await api.send('PUT', `${missing}/default`, undefined, token);
    await api.send('PUT', `${ref}/default`, undefined, { ...token, idempotencyKey: 'contract-card-1' });
    await api.send('PUT', `${missing}/default`, undefined, { ...token, idempotencyKey: 'contract-card-1' });

    const ssn = { socialSecurityNumber: 'A12345678' };
    await api.send('PUT', `${ref}/social-security-card`, ssn, token);
    await api.send('PUT', `${ref}/social-security-card`, { socialSecurityNumber: 'a-1' }, token);
    await api.send('PUT', `${ref}/social-security-card`, ssn);
    await api.send('PUT', `${missing}/social-security-card`, ssn, token);
    await api.send('PUT', `${ref}/social-security-card`, ssn, {
      ...token,
      idempotencyKey: 'contract-card-2',
    });
    await api.send(
      'PUT',
      `${ref}/social-security-card`,
      { socialSecurityNumber: 'B12345678' },
      {
        ...token,
        idempotencyKey: 'contract-card-2',
      },
    );

    const code = jsonOf<DynamicCardCode>(await api.post(`${ref}/dynamic-codes`, undefined, token));
    await api.post(`${tooLong}/dynamic-codes`, undefined, token);
    await api.post(`${ref}/dynamic-codes`);
    await api.post(`${missing}/dynamic-codes`, undefined, token);

    const hospitalKey = {
      headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(platform.store.hospitals.all()[0]!.id) },
    };
    await api.post('/v1/card-codes/verify', { qrText: code.qrText }, hospitalKey);
    await api.post('/v1/card-codes/verify', { qrText: '' }, hospitalKey);
    await api.post('/v1/card-codes/verify', { qrText: code.qrText });
    await api.post('/v1/card-codes/verify', { qrText: 'not a card code' }, hospitalKey);
    platform.store.cards.setState(created.cardId, 'suspended');
    await api.post('/v1/card-codes/verify', { qrText: created.staticQrText }, hospitalKey);
    await api.post(`${ref}/dynamic-codes`, undefined, token);
    platform.store.cards.setState(created.cardId, 'normal');

    const cards = jsonOf<{ data: Card[] }>(await api.get('/v1/cards', token)).data;
    await api.send('DELETE', ref, undefined, { ...token, idempotencyKey: 'contract-card-3' });
    await api.send('DELETE', `/v1/cards/${cards[1]!.id}`, undefined, {
      ...token,
      idempotencyKey: 'contract-card-3',
    });
    await api.send('DELETE', tooLong, undefined, token);
    await api.send('DELETE', ref);
    await api.send('DELETE', ref, undefined, token);
  });

  it('booking operations', async () => {
    const { platform } = context;
    const hospital = platform.store.hospitals.all()[0]!;
    const today = shanghaiDate(platform.clock.now());
    const tooLong = 'x'.repeat(65);

    await api.get(`/v1/hospitals/${hospital.id}/booking-policy`);
    await api.get(`/v1/hospitals/${hospital.id}/booking-policy`, missingChannel);
    await api.get('/v1/hospitals/hos_missing/booking-policy');

    const parent = hospital.departments.find((department) => department.children.length > 0)!;
    const departments = `/v1/departments/${parent.id}`;
    await api.get(`${departments}/doctors`);
    await api.get(`/v1/departments/${tooLong}/doctors`);
    await api.get('/v1/departments/dep_missing/doctors');

    await api.get(`${departments}/calendar`);
    await api.get(`${departments}/calendar?from=2000-01-01`);
    await api.get('/v1/departments/dep_missing/calendar');

    const schedules = jsonOf<{ data: Schedule[] }>(await api.get(`${departments}/schedules?date=${today}`));
    await api.get(`${departments}/schedules`);
    await api.get(`/v1/departments/dep_missing/schedules?date=${today}`);

    const doctorId = jsonOf<{ data: DoctorSummary[] }>(await api.get(`${departments}/doctors`)).data[0]!.id;
    await api.get(`/v1/doctors/${doctorId}`);
    await api.get(`/v1/doctors/${doctorId}`, missingChannel);
    await api.get('/v1/doctors/doc_missing1');

    await api.get(`/v1/doctors/${doctorId}/calendar?from=${today}`);
    await api.get(`/v1/doctors/${doctorId}/calendar?from=${addDays(today, -1)}`);
    await api.get('/v1/doctors/doc_missing1/calendar');

    const doctorSchedules = jsonOf<{ data: Schedule[] }>(await api.get(`/v1/doctors/${doctorId}/schedules`));
    await api.get(`/v1/doctors/${doctorId}/schedules?from=2026-02-30`);
    await api.get('/v1/doctors/doc_missing1/schedules');

    const scheduleId = (doctorSchedules.data[0] ?? schedules.data[0])!.id;
    await api.get(`/v1/schedules/${scheduleId}/slots`);
    await api.get(`/v1/schedules/${scheduleId}/slots`, missingChannel);
    await api.get('/v1/schedules/sch_missing1/slots');

    await api.get(`/v1/search?q=${encodeURIComponent('王')}&limit=5`);
    await api.get('/v1/search');

    await api.get('/v1/earliest-slots?departmentKind=pediatrics');
    await api.get('/v1/earliest-slots?departmentKind=magic');
  });

  it('hold operations', async () => {
    const { platform } = context;
    // Inside booking hours whenever the suite runs.
    platform.clock.set(`${shanghaiDate(platform.clock.now())}T10:00:00+08:00`);
    const [resident] = platform.store.residents.enrol(1);
    const token = {
      token: jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code: resident!.loginCode }))
        .accessToken,
    };
    const hospitalId = platform.store.hospitals.all()[0]!.id;
    const tomorrow = addDays(shanghaiDate(platform.clock.now()), 1);
    const schedule = platform.store.bookingModel.doctors
      .all()
      .filter((doctor) => doctor.hospitalId === hospitalId)
      .flatMap((doctor) => platform.store.bookingModel.schedules.on(doctor, tomorrow))
      .find(
        (candidate) => !candidate.stopped && candidate.slots.some((slot) => slot.seededRemaining[0]! > 0),
      )!;
    const slot = schedule.slots.find((candidate) => candidate.seededRemaining[0]! > 0)!;
    const request = { slotId: slot.id, cardRef: resident!.cardRef };

    const hold = jsonOf<Hold>(
      await api.post('/v1/holds', request, { ...token, idempotencyKey: 'contract-hold-1' }),
    );
    // The same patient again in the same department on the same day: a booking limit (409 with details).
    const limited = await api.post('/v1/holds', request, token);
    expect([limited.status, (limited.json as ErrorResponse).error.details]).toEqual([
      409,
      [{ field: 'limit', issue: 'perPatientPerDepartmentPerDay' }],
    ]);
    await api.post('/v1/holds', { ...request, extra: 1 }, token);
    await api.post('/v1/holds', request);
    await api.post('/v1/holds', { ...request, cardRef: 'crd_missing1' }, token);
    await api.post(
      '/v1/holds',
      { ...request, slotId: `${slot.id}9` },
      { ...token, idempotencyKey: 'contract-hold-1' },
    );

    const path = `/v1/holds/${hold.id}`;
    await api.get(path, token);
    await api.get(`/v1/holds/${'x'.repeat(65)}`, token);
    await api.get(path);
    await api.get('/v1/holds/hld_missing1', token);

    await api.send('DELETE', path, undefined, { ...token, idempotencyKey: 'contract-hold-2' });
    await api.send('DELETE', `/v1/holds/${'x'.repeat(65)}`, undefined, token);
    await api.send('DELETE', path);
    await api.send('DELETE', '/v1/holds/hld_missing1', undefined, token);
    await api.send('DELETE', '/v1/holds/hld_missing1', undefined, {
      ...token,
      idempotencyKey: 'contract-hold-2',
    });
  });

  it('appointment operations', async () => {
    const { platform } = context;
    platform.clock.set(`${shanghaiDate(platform.clock.now())}T10:00:00+08:00`);
    const tomorrow = addDays(shanghaiDate(platform.clock.now()), 1);
    const residents = platform.store.residents.enrol(2);
    const tokens = await Promise.all(
      residents.map(async (resident) => ({
        token: jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code: resident.loginCode }))
          .accessToken,
      })),
    );
    const [resident, other] = residents;
    const [token, otherToken] = tokens;
    const hospitalId = platform.store.hospitals.all()[0]!.id;
    const hospital = (channel: string) => ({
      headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(hospitalId), 'X-Yika-Channel': channel },
    });
    const schedules = platform.store.bookingModel.doctors
      .all()
      .filter((doctor) => doctor.hospitalId === hospitalId)
      .flatMap((doctor) => platform.store.bookingModel.schedules.on(doctor, tomorrow))
      .filter((candidate) => !candidate.stopped);
    const open = schedules.filter((candidate) =>
      candidate.slots.some((slot) => slot.seededRemaining[0]! > 1),
    );
    const [schedule, kioskSchedule] = open;
    const full = schedules.find((candidate) =>
      candidate.slots.every((slot) => slot.seededRemaining[0] === 0),
    )!;
    // Free clinics: the booking side needs no payment side here.
    for (const item of [schedule!, kioskSchedule!]) (item.doctor as { feeFen: number }).feeFen = 0;
    const slot = schedule!.slots.find((candidate) => candidate.seededRemaining[0]! > 1)!;
    const tooLong = 'x'.repeat(65);

    const held = jsonOf<Hold>(
      await api.post('/v1/holds', { slotId: slot.id, cardRef: resident!.cardRef }, token),
    );
    const booked = jsonOf<{ id: string }>(
      await api.post('/v1/appointments', { holdId: held.id }, { ...token, idempotencyKey: 'contract-apt-1' }),
    );
    await api.post('/v1/appointments', { holdId: '' }, token);
    await api.post('/v1/appointments', { holdId: held.id });
    await api.post('/v1/appointments', { holdId: held.id }, otherToken);
    await api.post(
      '/v1/appointments',
      { holdId: 'hld_other' },
      { ...token, idempotencyKey: 'contract-apt-1' },
    );

    await api.get('/v1/appointments', token);
    await api.get('/v1/appointments?view=someday', token);
    await api.get('/v1/appointments');
    await api.get(`/v1/appointments?cardRef=${resident!.cardRef}`, otherToken);
    await api.get(`/v1/appointments/${booked.id}`, token);
    await api.get(`/v1/appointments/${tooLong}`, token);
    await api.get(`/v1/appointments/${booked.id}`);
    await api.get(`/v1/appointments/${booked.id}`, otherToken);

    const standing = `/v1/cards/${resident!.cardRef}/booking-standing`;
    await api.get(standing, token);
    await api.get(`/v1/cards/${tooLong}/booking-standing`, token);
    await api.get(standing);
    await api.get(standing, otherToken);

    const entry = jsonOf<{ id: string }>(
      await api.post('/v1/waitlist', { scheduleId: full.id, cardRef: resident!.cardRef }, token),
    );
    await api.post('/v1/waitlist', { scheduleId: full.id, cardRef: resident!.cardRef }, token);
    await api.post('/v1/waitlist', { scheduleId: full.id }, token);
    await api.post('/v1/waitlist', { scheduleId: full.id, cardRef: resident!.cardRef });
    await api.post('/v1/waitlist', { scheduleId: full.id, cardRef: resident!.cardRef }, otherToken);
    await api.get('/v1/waitlist', token);
    await api.get(`/v1/waitlist?cardRef=${tooLong}`, token);
    await api.get('/v1/waitlist');
    await api.get(`/v1/waitlist?cardRef=${resident!.cardRef}`, otherToken);
    await api.send('DELETE', `/v1/waitlist/${entry.id}`, undefined, {
      ...token,
      idempotencyKey: 'contract-wl-1',
    });
    await api.send('DELETE', `/v1/waitlist/${tooLong}`, undefined, token);
    await api.send('DELETE', `/v1/waitlist/${entry.id}`);
    await api.send('DELETE', `/v1/waitlist/${entry.id}`, undefined, otherToken);
    await api.send('DELETE', '/v1/waitlist/wl_missing1', undefined, {
      ...token,
      idempotencyKey: 'contract-wl-1',
    });

    const code = platform.store.cards.get(other!.accountId, other!.cardRef).staticQrText;
    const kioskSlot = kioskSchedule!.slots.find((candidate) => candidate.seededRemaining[0]! > 1)!;
    const kioskBody = { cardCode: code, slotId: kioskSlot.id };
    const kiosk = jsonOf<{ id: string }>(
      await api.post('/v1/hospital/appointments', kioskBody, hospital('kiosk')),
    );
    await api.post('/v1/hospital/appointments', kioskBody, hospital('web'));
    await api.post('/v1/hospital/appointments', kioskBody);
    await api.post(
      '/v1/hospital/appointments',
      { ...kioskBody, slotId: 'sch_zzzzzzzz_20261127m_00' },
      hospital('kiosk'),
    );
    await api.post('/v1/hospital/appointments', kioskBody, hospital('kiosk'));
    await api.post(
      '/v1/hospital/appointments',
      { ...kioskBody, cardCode: 'not a card code' },
      hospital('kiosk'),
    );

    const checkIn = (id: string) => `/v1/hospital/appointments/${id}/check-in`;
    await api.post(checkIn(kiosk.id), undefined, hospital('window'));
    await api.post(checkIn(tooLong), undefined, hospital('window'));
    await api.post(checkIn(kiosk.id));
    await api.post(checkIn('apt_missing1'), undefined, hospital('window'));

    await api.post(`/v1/appointments/${kiosk.id}/cancel`, undefined, {
      ...otherToken,
      idempotencyKey: 'contract-apt-2',
    });
    await api.post(`/v1/appointments/${tooLong}/cancel`, undefined, otherToken);
    await api.post(`/v1/appointments/${kiosk.id}/cancel`);
    await api.post(`/v1/appointments/${kiosk.id}/cancel`, undefined, token);
    // The same key for another appointment: an idempotency conflict (409).
    await api.post(`/v1/appointments/${booked.id}/cancel`, undefined, {
      ...otherToken,
      idempotencyKey: 'contract-apt-2',
    });

    const stop = `/v1/hospital/schedules/${kioskSchedule!.id}/stop`;
    await api.post(stop, { reason: '医生临时外出会诊' }, hospital('window'));
    await api.post(stop, { reason: '' }, hospital('window'));
    await api.post(stop, { reason: '停诊' });
    await api.post('/v1/hospital/schedules/sch_missing1/stop', { reason: '停诊' }, hospital('window'));
    await api.post(stop, { reason: '另一个' }, { ...hospital('window'), idempotencyKey: 'contract-stop-1' });
    await api.post(
      `/v1/hospital/schedules/${full.id}/stop`,
      { reason: '停诊' },
      { ...hospital('window'), idempotencyKey: 'contract-stop-1' },
    );

    await api.get('/v1/events', token);
    await api.get('/v1/events?limit=0', token);
    await api.get('/v1/events');

    // On the visit day the patient is checked in.
    platform.clock.set(`${tomorrow}T07:30:00+08:00`);
    await api.post(checkIn(booked.id), undefined, hospital('window'));
  });

  it('payment and bill operations', async () => {
    const { platform } = context;
    const resident = await signInResident(api, platform, 'o_contract_payments');
    const token = { token: resident.token };
    jsonOf<CardApplicationResult>(
      await apply(api, platform, resident, adultApplication({ relation: 'self' })),
    );
    const bills = jsonOf<{ data: { id: string; hospital: { id: string } }[] }>(
      await api.get('/v1/bills', token),
    );
    const bill = bills.data[0]!;
    await api.get('/v1/bills?limit=0', token);
    await api.get('/v1/bills');
    await api.get('/v1/bills?cardRef=crd_missing1', token);
    await api.get(`/v1/bills/${bill.id}`, token);
    await api.get(`/v1/bills/${'x'.repeat(65)}`, token);
    await api.get(`/v1/bills/${bill.id}`);
    await api.get('/v1/bills/bil_missing1', token);

    const request = { purpose: 'bill', billId: bill.id };
    const payment = jsonOf<{ id: string; wechat: { package: string } }>(
      await api.post('/v1/payments', request, token),
    );
    await api.post('/v1/payments', { ...request, extra: 1 }, token);
    await api.post('/v1/payments', request);
    await api.post('/v1/payments', { purpose: 'bill', billId: 'bil_missing1' }, token);
    await api.post('/v1/payments', { ...request, useInsurance: true }, token); // 409 INSURANCE_NOT_LINKED
    await api.get('/v1/payments', token);
    await api.get('/v1/payments?limit=0', token);
    await api.get('/v1/payments');
    await api.get(`/v1/payments?cardRef=crd_missing1`, token);
    await api.get(`/v1/payments/${payment.id}`, token);
    await api.get(`/v1/payments/${'x'.repeat(65)}`, token);
    await api.get(`/v1/payments/${payment.id}`);
    await api.get('/v1/payments/pay_missing1', token);

    // The notification receiver: a genuine one (204), a forged signature (401), no Wechatpay headers (400).
    const asWechatPay = { noChannel: true, idempotencyKey: null };
    platform.faults.inject({ kind: 'reset', method: 'POST', path: '/v1/payments/wechat/notify', times: 5 });
    const delivery = await platform.wechatPay.confirm(payment.wechat.package.replace('prepay_id=', ''));
    const notify = (headers: Record<string, string>) =>
      api.post('/v1/payments/wechat/notify', undefined, {
        ...asWechatPay,
        rawBody: delivery.notification.body,
        headers,
      });
    await notify({ ...delivery.notification.headers, 'Wechatpay-Signature': 'Zm9yZ2Vk' });
    await notify({ 'Content-Type': 'application/json' });
    await notify(delivery.notification.headers);

    const hospitalKey = { headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(bill.hospital.id) } };
    const refund = { outRefundNo: 'RF-contract-1', amountFen: 1, reason: '退费' };
    const refundPath = `/v1/hospital/payments/${payment.id}/refunds`;
    await api.post(refundPath, refund, hospitalKey);
    await api.post(refundPath, { ...refund, amountFen: 0 }, hospitalKey);
    await api.post(refundPath, refund);
    await api.post('/v1/hospital/payments/pay_missing1/refunds', refund, hospitalKey);
    await api.post(refundPath, { ...refund, amountFen: 2 }, hospitalKey);
    await platform.wechatPay.idle();
  });

  it('report and webhook operations', async () => {
    const { platform } = context;
    // A resident whose seeded history holds an amended report (so its shape is checked too).
    const residents = platform.store.residents.enrol(40);
    const personOf = (candidate: { accountId: string; cardRef: string }): string => {
      const { cardId } = platform.store.cardModel.bindings.get(candidate.accountId, candidate.cardRef);
      return platform.store.cardModel.cards.get(cardId)!.personId;
    };
    const resident = residents.find((candidate) =>
      platform.store.reports.book
        .forPerson(personOf(candidate))
        .some((report) => report.status === 'amended'),
    )!;
    const token = {
      token: jsonOf<Session>(await api.post('/v1/auth/wechat-login', { code: resident.loginCode }))
        .accessToken,
    };
    const other = await signInResident(api, platform, 'o_contract_reports');
    const tooLong = 'x'.repeat(65);

    const reports = jsonOf<{ data: { id: string; type: string; status: string }[] }>(
      await api.get('/v1/reports?limit=50', token),
    ).data;
    await api.get('/v1/reports?from=2026-05-02&to=2026-05-01', token);
    await api.get('/v1/reports');
    await api.get(`/v1/reports?cardRef=${resident.cardRef}`, { token: other.token });
    for (const wanted of ['lab', 'exam', 'amended']) {
      const report = reports.find((item) => item.type === wanted || item.status === wanted);
      if (report) await api.get(`/v1/reports/${report.id}`, token);
    }
    await api.get(`/v1/reports/${tooLong}`, token);
    await api.get(`/v1/reports/${reports[0]!.id}`);
    await api.get(`/v1/reports/${reports[0]!.id}`, { token: other.token });

    const trends = `/v1/cards/${resident.cardRef}/trends`;
    const items = jsonOf<{ data: { code: string }[] }>(await api.get(trends, token)).data;
    await api.get(`/v1/cards/${tooLong}/trends`, token);
    await api.get(trends);
    await api.get(trends, { token: other.token });
    await api.get(`${trends}/${items[0]!.code}`, token);
    await api.get(`${trends}/GL%25U`, token);
    await api.get(`${trends}/GLU`);
    await api.get(`${trends}/NOPE`, token);

    const hospitalId = platform.store.reports.book.reportingHospitals()[0]!.hospital.id;
    const hospitalKey = { headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(hospitalId) } };
    const subscription = { url: 'http://his.contract.test/events', events: ['report.ready'] };
    const webhook = jsonOf<{ id: string }>(
      await api.post('/v1/hospital/webhooks', subscription, {
        ...hospitalKey,
        idempotencyKey: 'contract-whk-1',
      }),
    );
    await api.post('/v1/hospital/webhooks', { ...subscription, url: 'ftp://his.contract.test' }, hospitalKey);
    await api.post('/v1/hospital/webhooks', subscription);
    await api.post(
      '/v1/hospital/webhooks',
      { ...subscription, url: 'http://his.contract.test/other' },
      { ...hospitalKey, idempotencyKey: 'contract-whk-1' },
    );
    await api.get('/v1/hospital/webhooks', hospitalKey);
    await api.get('/v1/hospital/webhooks', { ...hospitalKey, noChannel: true });
    await api.get('/v1/hospital/webhooks');
    const remove = (id: string, options = {}) =>
      api.send('DELETE', `/v1/hospital/webhooks/${id}`, undefined, { ...hospitalKey, ...options });
    await remove(webhook.id, { idempotencyKey: 'contract-whk-2' });
    await remove(tooLong);
    await api.send('DELETE', `/v1/hospital/webhooks/${webhook.id}`);
    await remove('whk_missing1');
    await remove('whk_missing2', { idempotencyKey: 'contract-whk-2' });
  });

  it('client credentials operations and app tokens on hospital operations', async () => {
    const { platform } = context;
    const hospitalApp = testApp(platform, 'hospital');
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const token = (rawBody: string) =>
      api.post('/v1/oauth/token', undefined, {
        rawBody,
        headers: form,
        noChannel: true,
        idempotencyKey: null,
      });
    await token(tokenForm(await signAssertion(platform, hospitalApp)));
    await token('grant_type=password');
    await token(tokenForm('not-a-jwt'));

    const hospitalToken = {
      token: await appToken(platform, 'hospital'),
      headers: { 'X-Yika-Channel': 'kiosk' },
    };
    const thirdParty = { token: await appToken(platform, 'third_party') };
    const hospitalId = hospitalApp.hospitalId!;
    // The first use of a card at the hospital makes the patient number that the kiosk looks up.
    const resident = await signInResident(api, platform, 'o_contract_kiosk');
    const applied = jsonOf<CardApplicationResult>(await apply(api, platform, resident, adultApplication()));
    const verified = jsonOf<{ patientNumber: string }>(
      await api.post('/v1/card-codes/verify', { qrText: applied.card.staticQrText }, hospitalToken),
    );
    const patientPath = `/v1/hospital/patients/${verified.patientNumber}/appointments`;
    await api.get(patientPath, hospitalToken);
    await api.get(`${patientPath}?date=tomorrow`, hospitalToken);
    await api.get(patientPath, { token: resident.token });
    await api.get(patientPath, thirdParty);
    await api.get(`/v1/hospital/patients/H99${hospitalId.length}0000000/appointments`, hospitalToken);

    // A third-party app's genuine token on every hospital operation: 403, never the hospital's data.
    await api.post('/v1/card-codes/verify', { qrText: applied.card.staticQrText }, thirdParty);
    await api.post('/v1/hospital/appointments', { cardCode: 'x', slotId: 'slt_x' }, thirdParty);
    await api.post('/v1/hospital/appointments/apt_x/check-in', undefined, thirdParty);
    await api.post('/v1/hospital/schedules/sch_x/stop', { reason: '停诊' }, thirdParty);
    await api.post(
      '/v1/hospital/payments/pay_x/refunds',
      { outRefundNo: 'refund-x-1', amountFen: 1, reason: '退款' },
      thirdParty,
    );
    await api.get('/v1/hospital/webhooks', thirdParty);
    await api.post(
      '/v1/hospital/webhooks',
      { url: 'http://his.test/e', events: ['report.ready'] },
      thirdParty,
    );
    await api.send('DELETE', '/v1/hospital/webhooks/whk_x', undefined, thirdParty);
  });

  it('unknown routes answer with a contract error body', async () => {
    await api.get('/v1/nothing-here');
    await api.send('DELETE', '/v1/hospitals');
  });

  // Jest runs a file's tests in order: this one sees every exchange made above.
  it('produced every declared response of every operation, each fitting the contract', () => {
    expect(coverage.violations).toEqual([]);
    expect(coverage.missing()).toEqual([]);
  });
});
