import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import type { RemoteData } from '../../../hooks/useRemoteData';
import type { DaySchedules } from '../useDepartmentBooking';

/**
 * What stands in for the day's list: its error, or loading while the rows on screen belong to another day
 * (a pull to refresh of the same day keeps them). Undefined when the list can be shown.
 */
export function scheduleDayStatus(day: RemoteData<DaySchedules | null>, date: string): ReactNode | undefined {
  if (day.status === 'error') {
    return <ErrorState compact title="排班加载失败" error={day.error} onRetry={day.reload} />;
  }
  if (day.data?.date !== date) return <LoadingState compact label="正在加载排班…" />;
  return undefined;
}
