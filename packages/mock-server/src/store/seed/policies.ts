// Hospitals whose booking rules differ from the platform's defaults, by name (so they stay the same for
// every seed). Real platforms show this spread: windows of 7 to 28 days, releases at 07:00 or 15:00.
import type { PolicyOverride } from '../booking/policy';
import type { HospitalType } from '../../contract/wire';

export const POLICY_OVERRIDES_BY_NAME: Readonly<Record<string, PolicyOverride>> = {
  // A children's hospital with a short window: a week ahead, the new day released mid-afternoon.
  明州市儿童医院: { bookingWindowDays: 7, releaseTime: '15:00' },
  // Orthodontic and implant follow-ups are planned weeks ahead.
  明州市口腔医院: { bookingWindowDays: 28 },
  // One visit a day per patient at the mental health centre.
  明州市康宁医院: {
    limits: { perPatientPerDepartmentPerDay: 1, perPatientPerHospitalPerDay: 1, perAccountPerMonth: 8 },
  },
};

/** Community centres keep no channel quotas, hold longer and allow cancelling until the morning. */
export const POLICY_OVERRIDES_BY_TYPE: Readonly<Partial<Record<HospitalType, PolicyOverride>>> = {
  community: { holdMinutes: 15, cancelCutoff: { daysBefore: 0, time: '07:00' }, channelQuotas: [] },
};

export function policyOverrideFor(hospital: { name: string; type: HospitalType }): PolicyOverride {
  return { ...POLICY_OVERRIDES_BY_TYPE[hospital.type], ...POLICY_OVERRIDES_BY_NAME[hospital.name] };
}
