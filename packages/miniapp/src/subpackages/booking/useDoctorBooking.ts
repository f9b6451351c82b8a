import { useCallback, useState } from 'react';
import type { AvailabilityDay, Doctor, Schedule } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { resolveSelectedDate } from '../../lib/dateStrip';
import { yika } from '../../services/yika';

export interface DoctorDetail {
  doctor: Doctor;
  calendar: AvailabilityDay[];
  /** Every schedule of the window; the page shows the selected day's. */
  schedules: Schedule[];
}

export interface DoctorBooking {
  detail: RemoteData<DoctorDetail>;
  selectedDate: string | null;
  selectDate: (date: string) => void;
}

/** A doctor, their calendar and their schedules, fetched together: the page needs all three. */
export function useDoctorBooking(doctorId: string | undefined): DoctorBooking {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<DoctorDetail> => {
      if (!doctorId) throw new Error('missing doctor id');
      const [doctor, calendar, schedules] = await Promise.all([
        yika.doctors.get(doctorId, { signal }),
        yika.doctors.calendar(doctorId, {}, { signal }),
        yika.doctors.schedules(doctorId, {}, { signal }),
      ]);
      return { doctor, calendar, schedules };
    },
    [doctorId],
  );
  const detail = useRemoteData(load, { isEmpty: () => false });
  const [chosen, setChosen] = useState<string | null>(null);
  return {
    detail,
    selectedDate: resolveSelectedDate(detail.data?.calendar, chosen),
    selectDate: setChosen,
  };
}
