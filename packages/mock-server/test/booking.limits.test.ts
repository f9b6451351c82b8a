// Booking limits (限号) at hold time: per patient per department and per hospital a day, per account a
// month, each from the hospital's policy, counted over holds still held.
import { addDays } from '@yika/sdk/domain';
import type { ErrorResponse, Hold } from '../src/contract/wire';
import { SHARED_POOL } from '../src/store/booking/pools';
import type { SlotRecord } from '../src/store/booking/records';
import { createApi, errorOf, jsonOf, type Exchange } from './support/api';
import { hospitalNamed } from './support/booking';
import { hold, residentsWithCards, shareCard, type CardHolder } from './support/holds';
import { HOLD_MS, TODAY, TOMORROW, useBookingPlatform } from './support/booking-day';

// A Wednesday: visits on 11-26 to 11-30 fall in November, from 12-01 in December.
const context = useBookingPlatform();
const api = createApi();

const FIRST = '明州市第一人民医院';
const SECOND = '明州市第二人民医院';
const THIRD = '明州大学附属医院';
const KANGNING = '明州市康宁医院';

interface Wanted {
  /** Only this department. */
  department?: string;
  /** None of these departments. */
  notIn?: readonly string[];
  /** None of these slots. */
  notSlots?: readonly string[];
}

/** A seeded slot of the hospital on the date with a place the web may take. */
function slotAt(
  hospitalName: string,
  date: string,
  wanted: Wanted = {},
): SlotRecord & { departmentId: string } {
  const model = context.platform.store.bookingModel;
  const hospitalId = hospitalNamed(context.platform, hospitalName).id;
  for (const doctor of model.doctors.all()) {
    if (doctor.hospitalId !== hospitalId) continue;
    if (wanted.department !== undefined && doctor.departmentId !== wanted.department) continue;
    if (wanted.notIn?.includes(doctor.departmentId)) continue;
    for (const schedule of model.schedules.on(doctor, date)) {
      if (schedule.stopped) continue;
      const slot = schedule.slots.find(
        (candidate) =>
          candidate.seededRemaining[SHARED_POOL]! >= 1 && !wanted.notSlots?.includes(candidate.id),
      );
      if (slot) return { ...slot, departmentId: doctor.departmentId };
    }
  }
  throw new Error(`${hospitalName} has no free slot on ${date} for ${JSON.stringify(wanted)}`);
}

/** A second card (another patient) bound to the holder's account. */
async function familyCard(holder: CardHolder): Promise<CardHolder> {
  const [other] = await residentsWithCards(api, context.platform, 1);
  return { ...holder, cardRef: shareCard(context.platform, other!, holder.accountId) };
}

async function held(holder: CardHolder, slotId: string): Promise<Hold> {
  const answer = await hold(api, holder, slotId);
  expect([answer.status, answer.text]).toEqual([201, answer.text]);
  return jsonOf<Hold>(answer);
}

/** Asserts a 409 BOOKING_LIMIT naming `issue` with `message`, and that nothing was written. */
async function expectLimit(attempt: () => Promise<Exchange>, issue: string, message: string): Promise<void> {
  const { holds, bookingModel } = context.platform.store;
  const [before, touched] = [holds.size, bookingModel.materialised().changedSlots];
  const answer = await attempt();
  expect(answer.status).toBe(409);
  expect(errorOf(answer)).toMatchObject({
    code: 'BOOKING_LIMIT',
    message,
    details: [{ field: 'limit', issue }],
  });
  expect((answer.json as ErrorResponse).error.details).toHaveLength(1);
  expect([holds.size, bookingModel.materialised().changedSlots]).toEqual([before, touched]);
}

const PER_DEPARTMENT = (n: number) => `同一就诊人同一科室每天限约${n}个号`;
const PER_HOSPITAL = (n: number) => `同一就诊人在同一医院每天最多预约${n}个号`;
const PER_MONTH = (n: number) => `每个账号每月最多预约${n}个号`;

describe('booking limits at hold time', () => {
  it('uses the default limits 1, 2 and 8, and 1 a day per hospital at 明州市康宁医院', () => {
    const { policies } = context.platform.store.bookingModel;
    expect(policies.rules(hospitalNamed(context.platform, FIRST).id).limits).toEqual({
      perPatientPerDepartmentPerDay: 1,
      perPatientPerHospitalPerDay: 2,
      perAccountPerMonth: 8,
    });
    expect(policies.rules(hospitalNamed(context.platform, KANGNING).id).limits).toEqual({
      perPatientPerDepartmentPerDay: 1,
      perPatientPerHospitalPerDay: 1,
      perAccountPerMonth: 8,
    });
  });

  it('allows a patient one a day per department and two a day per hospital', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const first = slotAt(FIRST, TOMORROW);
    await held(resident!, first.id);

    // Another slot (another time, maybe another doctor) in the same department on the same day.
    const sameDepartment = slotAt(FIRST, TOMORROW, { department: first.departmentId, notSlots: [first.id] });
    await expectLimit(
      () => hold(api, resident!, sameDepartment.id),
      'perPatientPerDepartmentPerDay',
      PER_DEPARTMENT(1),
    );
    // The same department another day is fine.
    await held(resident!, slotAt(FIRST, addDays(TOMORROW, 1), { department: first.departmentId }).id);

    const second = slotAt(FIRST, TOMORROW, { notIn: [first.departmentId] });
    await held(resident!, second.id);
    const third = slotAt(FIRST, TOMORROW, { notIn: [first.departmentId, second.departmentId] });
    await expectLimit(() => hold(api, resident!, third.id), 'perPatientPerHospitalPerDay', PER_HOSPITAL(2));
    // Another hospital the same day is fine.
    await held(resident!, slotAt(SECOND, TOMORROW).id);
  });

  it('allows one a day at 明州市康宁医院, whose policy says so', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const first = slotAt(KANGNING, TOMORROW);
    await held(resident!, first.id);
    const other = slotAt(KANGNING, TOMORROW, { notIn: [first.departmentId] });
    await expectLimit(() => hold(api, resident!, other.id), 'perPatientPerHospitalPerDay', PER_HOSPITAL(1));
  });

  it('does not limit another patient of the same account by the first one’s holds', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const spouse = await familyCard(resident!);
    const first = slotAt(FIRST, TOMORROW);
    const second = slotAt(FIRST, TOMORROW, { notIn: [first.departmentId] });
    await held(resident!, first.id);
    await held(resident!, second.id);
    await held(spouse, slotAt(FIRST, TOMORROW, { department: first.departmentId, notSlots: [first.id] }).id);
    await held(
      spouse,
      slotAt(FIRST, TOMORROW, { department: second.departmentId, notSlots: [second.id] }).id,
    );
    const third = slotAt(FIRST, TOMORROW, { notIn: [first.departmentId, second.departmentId] });
    await expectLimit(() => hold(api, spouse, third.id), 'perPatientPerHospitalPerDay', PER_HOSPITAL(2));
  });

  it('counts at most 8 a visit month per account across its cards and hospitals', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const spouse = await familyCard(resident!);
    // Two a day (two departments) per patient and hospital: 8 November visits over 2 cards and 3 hospitals.
    const plan: [CardHolder, string, string][] = [
      [resident!, FIRST, TOMORROW],
      [resident!, SECOND, addDays(TOMORROW, 1)],
      [spouse, FIRST, TOMORROW],
      [spouse, THIRD, addDays(TOMORROW, 2)],
    ];
    const taken: string[] = [];
    for (const [holder, hospital, date] of plan) {
      const first = slotAt(hospital, date, { notSlots: taken });
      const second = slotAt(hospital, date, { notIn: [first.departmentId], notSlots: taken });
      taken.push((await held(holder, first.id)).slot.id, (await held(holder, second.id)).slot.id);
    }
    const lastNovember = addDays(TODAY, 5);
    expect(lastNovember).toBe('2026-11-30');
    await expectLimit(
      () => hold(api, spouse, slotAt(SECOND, lastNovember).id),
      'perAccountPerMonth',
      PER_MONTH(8),
    );
    await expectLimit(
      () => hold(api, resident!, slotAt(THIRD, lastNovember).id),
      'perAccountPerMonth',
      PER_MONTH(8),
    );
    // A visit in December counts towards December.
    await held(resident!, slotAt(SECOND, addDays(lastNovember, 1)).id);

    // Another account is not limited by this one.
    const [neighbour] = await residentsWithCards(api, context.platform, 1);
    await held(neighbour!, slotAt(SECOND, lastNovember).id);
  });

  it('checks the hold rules first: a closed hospital is BOOKING_CLOSED even at the limit', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const first = slotAt(FIRST, TOMORROW);
    await held(resident!, first.id);
    context.platform.clock.set(`${TODAY}T22:30:00+08:00`);
    const again = await hold(
      api,
      resident!,
      slotAt(FIRST, TOMORROW, { department: first.departmentId, notSlots: [first.id] }).id,
    );
    expect([again.status, errorOf(again).code]).toEqual([409, 'BOOKING_CLOSED']);
  });
});

describe('holds that no longer count', () => {
  it('frees the quota when a hold is released', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const first = slotAt(FIRST, TOMORROW);
    const other = slotAt(FIRST, TOMORROW, { department: first.departmentId, notSlots: [first.id] });
    const made = await held(resident!, first.id);
    await expectLimit(
      () => hold(api, resident!, other.id),
      'perPatientPerDepartmentPerDay',
      PER_DEPARTMENT(1),
    );
    const released = await api.send('DELETE', `/v1/holds/${made.id}`, undefined, { token: resident!.token });
    expect(released.status).toBe(204);
    await held(resident!, other.id);
  });

  it('frees the quota exactly when a hold expires', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const first = slotAt(FIRST, TOMORROW);
    const other = slotAt(FIRST, TOMORROW, { department: first.departmentId, notSlots: [first.id] });
    await held(resident!, first.id);
    const madeAt = context.platform.clock.now();
    context.platform.clock.set(madeAt + HOLD_MS - 1);
    await expectLimit(
      () => hold(api, resident!, other.id),
      'perPatientPerDepartmentPerDay',
      PER_DEPARTMENT(1),
    );
    context.platform.clock.set(madeAt + HOLD_MS);
    await held(resident!, other.id);
  });

  it('frees the month quota when holds expire', async () => {
    const [resident] = await residentsWithCards(api, context.platform, 1);
    const hospitals = [FIRST, SECOND, THIRD, '明州市中医院'];
    for (const [index, hospital] of hospitals.entries()) {
      const date = addDays(TOMORROW, index);
      const first = slotAt(hospital, date);
      await held(resident!, first.id);
      await held(resident!, slotAt(hospital, date, { notIn: [first.departmentId] }).id);
    }
    const ninth = slotAt(SECOND, addDays(TODAY, 5));
    await expectLimit(() => hold(api, resident!, ninth.id), 'perAccountPerMonth', PER_MONTH(8));
    context.platform.clock.advance(HOLD_MS);
    await held(resident!, ninth.id);
  });
});
