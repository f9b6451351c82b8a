import {
  APPOINTMENT_STATUS_NAMES,
  AVAILABILITY_NAMES,
  BOOKING_LIMIT_NAMES,
  DEPARTMENT_KIND_NAMES,
  DOCTOR_TITLE_NAMES,
  EVENT_TYPE_NAMES,
  HOLD_STATUS_NAMES,
  PERIOD_NAMES,
  REGISTRATION_TYPE_NAMES,
  SCHEDULE_STATUS_NAMES,
  WAITLIST_STATUS_NAMES,
} from '../../src/domain/booking-names';
import { policy } from '../support/booking';
import { contractEnum } from '../support/contract-enum';

describe.each([
  ['DepartmentKind', DEPARTMENT_KIND_NAMES],
  ['Period', PERIOD_NAMES],
  ['AvailabilityStatus', AVAILABILITY_NAMES],
  ['ScheduleStatus', SCHEDULE_STATUS_NAMES],
  ['RegistrationType', REGISTRATION_TYPE_NAMES],
  ['DoctorTitle', DOCTOR_TITLE_NAMES],
  ['HoldStatus', HOLD_STATUS_NAMES],
  ['AppointmentStatus', APPOINTMENT_STATUS_NAMES],
  ['WaitlistStatus', WAITLIST_STATUS_NAMES],
  ['EventType', EVENT_TYPE_NAMES],
])('names of %s', (schema, names) => {
  it('has exactly the contract values, each with a distinct Chinese name', () => {
    const values = contractEnum(schema);
    expect(values.length).toBeGreaterThan(2);
    expect(Object.keys(names).sort()).toEqual([...values].sort());
    for (const name of Object.values(names)) expect(name).toMatch(/^[\u4e00-\u9fa5]+$/);
    expect(new Set(Object.values(names)).size).toBe(values.length);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(names)).toBe(true);
  });
});

describe('names a screen shows', () => {
  it.each([
    [DEPARTMENT_KIND_NAMES.pediatrics, '儿科'],
    [DEPARTMENT_KIND_NAMES.ent, '耳鼻喉科'],
    [PERIOD_NAMES.afternoon, '下午'],
    [AVAILABILITY_NAMES.not_released, '未放号'],
    [SCHEDULE_STATUS_NAMES.stopped, '停诊'],
    [REGISTRATION_TYPE_NAMES.special, '特需号'],
    [DOCTOR_TITLE_NAMES.associate_chief, '副主任医师'],
    [HOLD_STATUS_NAMES.held, '锁号中'],
    [HOLD_STATUS_NAMES.expired, '已过期'],
    [APPOINTMENT_STATUS_NAMES.no_show, '已爽约'],
    [WAITLIST_STATUS_NAMES.offered, '候补成功待支付'],
    [EVENT_TYPE_NAMES['appointment.stopped'], '停诊通知'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));
});

describe('BOOKING_LIMIT_NAMES', () => {
  it("names exactly the policy's limits (the issues BOOKING_LIMIT reports)", () => {
    // `policy` is typed by the contract's BookingPolicy, so its limit keys are the contract's.
    expect(Object.keys(BOOKING_LIMIT_NAMES).sort()).toEqual(Object.keys(policy.limits).sort());
    for (const name of Object.values(BOOKING_LIMIT_NAMES)) expect(name).toMatch(/^[\u4e00-\u9fa5]+$/);
    expect(Object.isFrozen(BOOKING_LIMIT_NAMES)).toBe(true);
  });
});
