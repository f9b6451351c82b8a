// Opening the 预约 tab on a given segment. A tab page takes no query (switchTab drops it), so the wish is
// left here and taken by the tab when it shows.
import Taro from '@tarojs/taro';
import type { AppointmentSegment } from '../lib/appointmentSegments';
import { ROUTES } from './routes';

let requestedSegment: AppointmentSegment | null = null;

export function openAppointmentsTab(segment: AppointmentSegment = 'upcoming'): void {
  requestedSegment = segment;
  void Taro.switchTab({ url: ROUTES.appointments });
}

/** The segment another page asked for, once; null when the tab was opened from the tab bar. */
export function takeRequestedSegment(): AppointmentSegment | null {
  const segment = requestedSegment;
  requestedSegment = null;
  return segment;
}
