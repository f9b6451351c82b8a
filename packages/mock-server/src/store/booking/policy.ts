// Booking policy (预约规则) per hospital: the platform's defaults, which a hospital may override in part.
// Screens read it (GET /v1/hospitals/{id}/booking-policy) to explain the rules before a resident books.
import type { BookingPolicy } from '../../contract/wire';
import { PlatformError } from '../errors';

export type PolicyRules = Omit<BookingPolicy, 'hospitalId'>;

/** What a hospital may change; nested rules are replaced whole. */
export type PolicyOverride = Partial<PolicyRules>;

export const DEFAULT_POLICY: Readonly<PolicyRules> = {
  // Today and the 13 days after it; the last of them opens at 07:00 each day.
  bookingWindowDays: 14,
  releaseTime: '07:00',
  bookingHours: { start: '06:00', end: '22:00' },
  holdMinutes: 10,
  cancelCutoff: { daysBefore: 1, time: '16:00' },
  limits: { perPatientPerDepartmentPerDay: 1, perPatientPerHospitalPerDay: 2, perAccountPerMonth: 8 },
  noShowBan: { count: 3, windowDays: 90, banDays: 90 },
  // 20% of each slot's capacity (rounded down) is kept for the hospital's own windows and kiosks.
  channelQuotas: [{ channels: ['window', 'kiosk'], percent: 20 }],
};

export class BookingPolicies {
  private readonly byHospital = new Map<string, PolicyRules>();

  constructor(hospitalIds: readonly string[], overrides: ReadonlyMap<string, PolicyOverride>) {
    for (const hospitalId of hospitalIds) {
      this.byHospital.set(hospitalId, { ...structuredClone(DEFAULT_POLICY), ...overrides.get(hospitalId) });
    }
  }

  /** The hospital's rules; NOT_FOUND for an unknown hospital. */
  rules(hospitalId: string): Readonly<PolicyRules> {
    const rules = this.byHospital.get(hospitalId);
    if (!rules) throw new PlatformError('NOT_FOUND');
    return rules;
  }

  get(hospitalId: string): BookingPolicy {
    return { hospitalId, ...structuredClone(this.rules(hospitalId)) };
  }
}
