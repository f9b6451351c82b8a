// Helpers for the appointment tests: a fake of the payment side (RegistrationPayments) that records what
// the booking side asks of it and settles registration fees the way the real one does (by calling
// bookPaidHold), free doctors (the seed has none), and terse calls of the appointment routes.
import type { Platform } from '../../src';
import type { Appointment, Hold, PaymentSummary } from '../../src/contract/wire';
import { SHARED_POOL } from '../../src/store/booking/pools';
import type { ScheduleRecord, SlotRecord } from '../../src/store/booking/records';
import type { OnsitePayment, RegistrationPayments } from '../../src/store/ports';
import { jsonOf, type Api, type CallOptions, type Exchange } from './api';
import { findSchedule, hospitalNamed } from './booking';
import { hold, type CardHolder } from './holds';

export class FakePayments implements RegistrationPayments {
  readonly orders = new Map<string, PaymentSummary>();
  readonly refunds: { paymentId: string; reason: string; fen: number }[] = [];
  readonly onsite: OnsitePayment[] = [];
  private next = 0;

  constructor(private readonly platform: Platform) {}

  /** Pays the hold's fee and settles at once, as a WeChat Pay notification would; the appointment id. */
  payHold(accountId: string, holdId: string): { paymentId: string; appointmentId: string | undefined } {
    const payable = this.platform.store.appointments.payableHold(accountId, holdId);
    const paymentId = this.open(payable.feeFen);
    return { paymentId, appointmentId: this.platform.store.appointments.bookPaidHold(holdId, paymentId) };
  }

  refundInFull(paymentId: string, reason: string): number {
    const order = this.orders.get(paymentId)!;
    const fen = order.amountFen - order.refundedFen;
    this.orders.set(paymentId, { ...order, status: 'refunded', refundedFen: order.amountFen });
    this.refunds.push({ paymentId, reason, fen });
    return fen;
  }

  recordOnsitePayment(input: OnsitePayment): PaymentSummary {
    this.onsite.push(input);
    return this.summaryOf(this.open(input.amountFen));
  }

  summaryOf(paymentId: string): PaymentSummary {
    return { ...this.orders.get(paymentId)! };
  }

  private open(amountFen: number): string {
    const id = `pay_fake${String(this.next++).padStart(4, '0')}`;
    this.orders.set(id, { id, status: 'paid', amountFen, refundedFen: 0 });
    return id;
  }
}

/** Puts a fake payment side into the platform's current store. */
export function fakePayments(platform: Platform): FakePayments {
  const fake = new FakePayments(platform);
  platform.store.registrationPayments = fake;
  return fake;
}

export const FIRST_HOSPITAL = '明州市第一人民医院';

/** The first seeded open schedule of the first hospital on `date` whose slot `fits`. */
export function slotOn(
  platform: Platform,
  date: string,
  fits: (slot: SlotRecord, schedule: ScheduleRecord) => boolean = (slot) =>
    slot.seededRemaining[SHARED_POOL]! >= 2,
  days = 1,
): { schedule: ScheduleRecord; slot: SlotRecord } {
  const hospitalId = hospitalNamed(platform, FIRST_HOSPITAL).id;
  const schedule = findSchedule(
    platform,
    { from: date, days, doctors: (doctor) => doctor.hospitalId === hospitalId },
    (candidate) => !candidate.stopped && candidate.slots.some((slot) => fits(slot, candidate)),
  );
  return { schedule, slot: schedule.slots.find((slot) => fits(slot, schedule))! };
}

/** Makes the schedule's doctor see patients for free (no seeded doctor does). */
export function makeFree(schedule: ScheduleRecord): void {
  (schedule.doctor as { feeFen: number }).feeFen = 0;
}

export async function holdOf(
  api: Api,
  holder: CardHolder,
  slotId: string,
  options?: CallOptions,
): Promise<Hold> {
  return jsonOf<Hold>(await hold(api, holder, slotId, options));
}

export function bookHold(
  api: Api,
  holder: CardHolder,
  holdId: string,
  options: CallOptions = {},
): Promise<Exchange> {
  return api.post('/v1/appointments', { holdId }, { token: holder.token, ...options });
}

export function cancel(api: Api, holder: CardHolder, appointmentId: string): Promise<Exchange> {
  return api.post(`/v1/appointments/${appointmentId}/cancel`, undefined, { token: holder.token });
}

export async function readAppointment(
  api: Api,
  holder: CardHolder,
  appointmentId: string,
): Promise<Appointment> {
  return jsonOf<Appointment>(await api.get(`/v1/appointments/${appointmentId}`, { token: holder.token }));
}

/** Holds and books a free slot for the holder (the schedule must be free); the appointment. */
export async function bookFree(api: Api, holder: CardHolder, slotId: string): Promise<Appointment> {
  const held = await holdOf(api, holder, slotId);
  return jsonOf<Appointment>(await bookHold(api, holder, held.id));
}

export function hospitalHeaders(platform: Platform, hospitalId: string, channel = 'kiosk'): CallOptions {
  return { headers: { 'X-Yika-Hospital-Key': platform.hospitalKey(hospitalId), 'X-Yika-Channel': channel } };
}
