import { useCallback } from 'react';
import type { BookingPolicy, Hospital, ScheduleSlots } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { yika } from '../../services/yika';

export interface ScheduleSlotsDetail {
  slots: ScheduleSlots;
  hospital: Hospital;
  policy: BookingPolicy;
}

/**
 * A schedule's time slots with its hospital (for the visit summary) and booking rules. With the hospital
 * id from the link the three load at once; without it (a shared link) the hospital waits for the slots.
 */
export function useScheduleSlots(
  scheduleId: string | undefined,
  hospitalIdHint: string | undefined,
): RemoteData<ScheduleSlotsDetail> {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<ScheduleSlotsDetail> => {
      if (!scheduleId) throw new Error('missing schedule id');
      const loadHospital = (hospitalId: string) =>
        Promise.all([
          yika.hospitals.get(hospitalId, { signal }),
          yika.hospitals.bookingPolicy(hospitalId, { signal }),
        ]);
      const slotsRequest = yika.schedules.slots(scheduleId, { signal });
      const [slots, [hospital, policy]] = await Promise.all([
        slotsRequest,
        hospitalIdHint
          ? loadHospital(hospitalIdHint)
          : slotsRequest.then((s) => loadHospital(s.schedule.hospitalId)),
      ]);
      if (hospital.id === slots.schedule.hospitalId) return { slots, hospital, policy };
      // The link named another hospital than the schedule's: the schedule is the truth.
      const [ownHospital, ownPolicy] = await loadHospital(slots.schedule.hospitalId);
      return { slots, hospital: ownHospital, policy: ownPolicy };
    },
    [scheduleId, hospitalIdHint],
  );
  return useRemoteData(load, { isEmpty: () => false });
}
