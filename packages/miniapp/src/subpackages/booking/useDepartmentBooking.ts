import { useCallback, useState } from 'react';
import type { AvailabilityDay, Schedule } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { resolveSelectedDate } from '../../lib/dateStrip';
import { yika } from '../../services/yika';

export interface DaySchedules {
  date: string;
  schedules: Schedule[];
}

export interface DepartmentBooking {
  calendar: RemoteData<AvailabilityDay[]>;
  /** The day on screen (null until the calendar is there). */
  selectedDate: string | null;
  selectDate: (date: string) => void;
  /** The selected day's schedules; `data.date` says which day they belong to. */
  day: RemoteData<DaySchedules | null>;
  refresh: () => void;
  busy: boolean;
}

/** A department's 14-day calendar and the schedules of the day the resident picks on it. */
export function useDepartmentBooking(departmentId: string | undefined): DepartmentBooking {
  const loadCalendar = useCallback(
    (signal: AbortSignal | undefined) => {
      if (!departmentId) return Promise.reject(new Error('missing department id'));
      return yika.schedules.departmentCalendar(departmentId, {}, { signal });
    },
    [departmentId],
  );
  const calendar = useRemoteData(loadCalendar);

  const [chosen, setChosen] = useState<string | null>(null);
  const selectedDate = resolveSelectedDate(calendar.data, chosen);

  const loadDay = useCallback(
    async (signal: AbortSignal | undefined): Promise<DaySchedules | null> => {
      if (!departmentId || selectedDate === null) return null;
      const schedules = await yika.schedules.forDepartment(departmentId, selectedDate, { signal });
      return { date: selectedDate, schedules };
    },
    [departmentId, selectedDate],
  );
  const day = useRemoteData(loadDay, { isEmpty: (data) => data !== null && data.schedules.length === 0 });

  const { reload: reloadCalendar } = calendar;
  const { reload: reloadDay } = day;
  const refresh = useCallback(() => {
    reloadCalendar();
    reloadDay();
  }, [reloadCalendar, reloadDay]);

  return {
    calendar,
    selectedDate,
    selectDate: setChosen,
    day,
    refresh,
    busy: calendar.status === 'loading' || day.status === 'loading',
  };
}
