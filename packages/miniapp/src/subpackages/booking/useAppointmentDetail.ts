import { useCallback, useState } from 'react';
import type { Appointment, Hospital } from '@yika/sdk';
import { useRemoteData, type RemoteData } from '../../hooks/useRemoteData';
import { yika } from '../../services/yika';

export interface AppointmentDetail {
  appointment: Appointment;
  /** For the address and the switchboard number; the page works without it when it fails to load. */
  hospital: Hospital | undefined;
}

export interface AppointmentDetailData extends RemoteData<AppointmentDetail> {
  /** Shows an answer that changed the appointment (a cancellation) without loading it again. */
  replace: (appointment: Appointment) => void;
}

/** One appointment of the account with its hospital. */
export function useAppointmentDetail(appointmentId: string | undefined): AppointmentDetailData {
  const load = useCallback(
    async (signal: AbortSignal | undefined): Promise<AppointmentDetail> => {
      if (!appointmentId) throw new Error('missing appointment id');
      const appointment = await yika.appointments.get(appointmentId, { signal });
      const hospital = await yika.hospitals.get(appointment.hospital.id, { signal }).catch(() => undefined);
      return { appointment, hospital };
    },
    [appointmentId],
  );
  const remote = useRemoteData(load, { isEmpty: () => false });
  const [replaced, setReplaced] = useState<Appointment | null>(null);
  const data =
    remote.data && replaced && replaced.id === remote.data.appointment.id
      ? { ...remote.data, appointment: replaced }
      : remote.data;
  const reload = useCallback(() => {
    setReplaced(null);
    remote.reload();
  }, [remote]);
  return { ...remote, data, reload, replace: setReplaced };
}
