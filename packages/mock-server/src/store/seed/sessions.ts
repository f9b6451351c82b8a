// Weekly clinic patterns (出诊安排): which half-days a doctor sees patients. Juniors sit more clinics
// than chiefs; weekends are thinner (except in children's and maternal care); some ordinary clinics of
// the big hospitals also run in the evening (夜门诊).
import type { DepartmentKind, DoctorTitle, Period, RegistrationType } from '../../contract/wire';
import type { Random } from '../../random';
import { PERIOD_ORDER, type WeeklySession } from '../booking/records';
import type { HospitalRecord } from './build';

/** Clinic hours of each half-day, in minutes after midnight. */
export const PERIOD_HOURS: Record<Period, { start: number; end: number }> = {
  morning: { start: 8 * 60, end: 12 * 60 },
  afternoon: { start: 13 * 60 + 30, end: 17 * 60 },
  evening: { start: 18 * 60, end: 21 * 60 },
};

const HALF_DAYS_PER_WEEK: Record<DoctorTitle, readonly [number, number]> = {
  chief: [2, 3],
  associate_chief: [2, 4],
  attending: [3, 5],
  resident: [4, 6],
};

export interface SessionProfile {
  title: DoctorTitle;
  registrationType: RegistrationType;
  hospital: Pick<HospitalRecord, 'level' | 'type'>;
  kind: DepartmentKind;
}

export function weeklySessions(profile: SessionProfile, random: Random): WeeklySession[] {
  const candidates = candidateHalfDays(profile);
  const [least, most] = profile.registrationType === 'special' ? [1, 2] : HALF_DAYS_PER_WEEK[profile.title];
  const chosen: WeeklySession[] = [];
  for (let count = random.int(least, most); count > 0 && candidates.length > 0; count--) {
    const total = candidates.reduce((sum, candidate) => sum + candidate.weight, 0);
    let ticket = random.next() * total;
    const position = Math.max(
      0,
      candidates.findIndex((candidate) => (ticket -= candidate.weight) < 0),
    );
    const [picked] = candidates.splice(position, 1);
    if (picked) chosen.push(picked.session);
  }
  const bigHospital = profile.hospital.level === '3A' || profile.hospital.level === '3B';
  if (profile.registrationType === 'ordinary' && bigHospital && random.chance(0.2)) {
    chosen.push({ weekday: random.int(1, 5), period: 'evening' });
  }
  return chosen.sort(
    (a, b) => a.weekday - b.weekday || PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period),
  );
}

function candidateHalfDays(profile: SessionProfile): { session: WeeklySession; weight: number }[] {
  const weekendCare = profile.kind === 'pediatrics' || profile.hospital.type === 'maternal_child';
  const community = profile.hospital.type === 'community';
  const candidates: { session: WeeklySession; weight: number }[] = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    candidates.push({ session: { weekday, period: 'morning' }, weight: 1 });
    candidates.push({ session: { weekday, period: 'afternoon' }, weight: 1 });
  }
  candidates.push({ session: { weekday: 6, period: 'morning' }, weight: community || weekendCare ? 1 : 0.5 });
  candidates.push({ session: { weekday: 6, period: 'afternoon' }, weight: weekendCare ? 0.5 : 0.2 });
  candidates.push({ session: { weekday: 0, period: 'morning' }, weight: weekendCare ? 0.5 : 0.2 });
  return candidates;
}
