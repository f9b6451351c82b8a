// Booking limits (限号) of a hospital's policy, counted over the active reservations: holds still `held`
// (and, once bookings land, bookings not cancelled). Every kind of reservation is added to the one ledger
// here with a test of whether it is still active, so the limits count them all alike. Whether a reservation
// is active is asked at counting time, so a hold that expired (exactly on the platform clock) or was
// released no longer counts; an entry found inactive is dropped, as it never becomes active again.
import type { PolicyRules } from './policy';
import { PlatformError } from '../errors';

export interface Reservation {
  accountId: string;
  /** The patient: the card's person. */
  personId: string;
  hospitalId: string;
  /** The schedule's (leaf) department. */
  departmentId: string;
  /** The visit date, `YYYY-MM-DD` in Asia/Shanghai. */
  date: string;
}

export type LimitName = keyof PolicyRules['limits'];

interface Entry extends Reservation {
  isActive(): boolean;
}

const MESSAGES: Record<LimitName, (limit: number) => string> = {
  perPatientPerDepartmentPerDay: (limit) => `同一就诊人同一科室每天限约${limit}个号`,
  perPatientPerHospitalPerDay: (limit) => `同一就诊人在同一医院每天最多预约${limit}个号`,
  perAccountPerMonth: (limit) => `每个账号每月最多预约${limit}个号`,
};

export class ActiveReservations {
  private readonly byAccount = new Map<string, Set<Entry>>();
  private readonly byPerson = new Map<string, Set<Entry>>();

  /** Counts `reservation` while `isActive()` says so. */
  add(reservation: Reservation, isActive: () => boolean): void {
    const entry: Entry = { ...reservation, isActive };
    addTo(this.byAccount, entry.accountId, entry);
    addTo(this.byPerson, entry.personId, entry);
  }

  /**
   * Throws 409 BOOKING_LIMIT (naming the first limit reached, in the policy's order) when one more
   * reservation like `candidate` would go beyond `limits`; changes nothing.
   */
  requireWithin(candidate: Reservation, limits: PolicyRules['limits']): void {
    const patient = this.active(this.byPerson, candidate.personId).filter(
      (entry) => entry.hospitalId === candidate.hospitalId && entry.date === candidate.date,
    );
    const sameDepartment = patient.filter((entry) => entry.departmentId === candidate.departmentId);
    const month = candidate.date.slice(0, 7);
    const account = this.active(this.byAccount, candidate.accountId).filter(
      (entry) => entry.date.slice(0, 7) === month,
    );
    const counts: Record<LimitName, number> = {
      perPatientPerDepartmentPerDay: sameDepartment.length,
      perPatientPerHospitalPerDay: patient.length,
      perAccountPerMonth: account.length,
    };
    for (const name of Object.keys(MESSAGES) as LimitName[]) {
      if (counts[name] >= limits[name]) {
        throw new PlatformError('BOOKING_LIMIT', {
          details: [{ field: 'limit', issue: name }],
          message: MESSAGES[name](limits[name]),
        });
      }
    }
  }

  /** The key's active entries; inactive ones are forgotten on the way. */
  private active(index: Map<string, Set<Entry>>, key: string): Entry[] {
    const entries = index.get(key);
    if (!entries) return [];
    const active: Entry[] = [];
    for (const entry of entries) {
      if (entry.isActive()) active.push(entry);
      else this.forget(entry);
    }
    return active;
  }

  private forget(entry: Entry): void {
    removeFrom(this.byAccount, entry.accountId, entry);
    removeFrom(this.byPerson, entry.personId, entry);
  }
}

function addTo(index: Map<string, Set<Entry>>, key: string, entry: Entry): void {
  const entries = index.get(key) ?? new Set<Entry>();
  entries.add(entry);
  index.set(key, entries);
}

function removeFrom(index: Map<string, Set<Entry>>, key: string, entry: Entry): void {
  const entries = index.get(key);
  entries?.delete(entry);
  if (entries?.size === 0) index.delete(key);
}
