// Schedules (排班) and time slots (分时段) as a pure function of (seed, doctor, date): each half-day of the
// doctor's weekly pattern becomes a schedule cut into slots (30 min, experts 15-20), each with a capacity
// split into the policy's pools. How booked the seed leaves it depends on the doctor's demand: popular
// experts are full, quiet clinics mostly free; a few schedules are stopped (停诊). Nothing here reads the
// clock, so the same schedule comes out whenever it is asked for.
import type { ChannelQuota, Period } from '../../contract/wire';
import { createRandom, mixSeed, type Random } from '../../random';
import { scheduleIdOf, slotIdOf } from '../booking/ids';
import { poolCapacities, SHARED_POOL } from '../booking/pools';
import {
  PERIOD_ORDER,
  type Demand,
  type DoctorRecord,
  type ScheduleRecord,
  type SlotRecord,
} from '../booking/records';
import { atShanghai, dayNumber, MINUTE_MS, weekdayOf } from '../booking/time';
import { PERIOD_HOURS } from './sessions';

/** Share of schedules the hospital stopped. */
const STOPPED_SHARE = 0.015;
/** Chance a schedule is fully booked, by demand. */
const FULL_CHANCE: Record<Demand, number> = { hot: 1, busy: 0.35, normal: 0.05, quiet: 0 };
/** Range of the share of the shared pool already booked, by demand. */
const BOOKED_SHARE: Record<Demand, readonly [number, number]> = {
  hot: [1, 1],
  busy: [0.5, 0.95],
  normal: [0.1, 0.6],
  quiet: [0, 0.3],
};

export function generateSchedules(
  seed: number,
  doctor: DoctorRecord,
  date: string,
  quotas: readonly ChannelQuota[],
): ScheduleRecord[] {
  const weekday = weekdayOf(date);
  return doctor.sessions
    .filter((session) => session.weekday === weekday)
    .map((session) => generateSchedule(seed, doctor, date, session.period, quotas));
}

function generateSchedule(
  seed: number,
  doctor: DoctorRecord,
  date: string,
  period: Period,
  quotas: readonly ChannelQuota[],
): ScheduleRecord {
  const random = createRandom(mixSeed(seed, doctor.index, dayNumber(date), PERIOD_ORDER.indexOf(period)));
  const id = scheduleIdOf(doctor.id, date, period);
  const stopped = random.chance(STOPPED_SHARE);
  const full = random.chance(FULL_CHANCE[doctor.demand]);
  const [least, most] = BOOKED_SHARE[doctor.demand];
  const bookedShare = least + random.next() * (most - least);
  const hours = PERIOD_HOURS[period];
  const count = Math.floor((hours.end - hours.start) / doctor.slotMinutes);
  const pools = poolCapacities(doctor.slotCapacity, quotas);
  const dayStartMs = atShanghai(date, 0);
  const slots: SlotRecord[] = [];
  for (let index = 0; index < count; index++) {
    const startMs = dayStartMs + (hours.start + index * doctor.slotMinutes) * MINUTE_MS;
    slots.push({
      id: slotIdOf(id, index),
      scheduleId: id,
      startMs,
      endMs: startMs + doctor.slotMinutes * MINUTE_MS,
      capacity: doctor.slotCapacity,
      pools,
      seededRemaining: full ? pools.map(() => 0) : seededRemaining(pools, bookedShare, random),
    });
  }
  return {
    id,
    doctor,
    date,
    period,
    startMs: dayStartMs + hours.start * MINUTE_MS,
    endMs: dayStartMs + hours.end * MINUTE_MS,
    stopped,
    slots,
  };
}

/** Seeded bookings came in online, out of the shared pool; the quota pools are untouched. */
function seededRemaining(pools: readonly number[], bookedShare: number, random: Random): number[] {
  return pools.map((capacity, pool) => {
    if (pool !== SHARED_POOL) return capacity;
    let free = capacity;
    for (let place = 0; place < capacity; place++) if (random.chance(bookedShare)) free -= 1;
    return free;
  });
}
