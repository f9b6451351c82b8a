import type { ReactNode } from 'react';
import type { RemoteData } from '../hooks/useRemoteData';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

/**
 * The states of one remote value on a detail screen: its error with retry (the offline state included),
 * `empty` when there is nothing to show, loading until the first answer, then `children`. A reload keeps
 * the value on screen (pull to refresh, the page shown again) instead of flashing back to loading.
 */
export function RemoteView<T>({
  data,
  loadingLabel,
  errorTitle,
  empty = null,
  children,
}: {
  data: RemoteData<T>;
  loadingLabel: string;
  errorTitle: string;
  empty?: ReactNode;
  children: (value: NonNullable<T>) => ReactNode;
}) {
  if (data.status === 'error')
    return <ErrorState title={errorTitle} error={data.error} onRetry={data.reload} />;
  if (data.status === 'empty') return <>{empty}</>;
  if (data.data === undefined || data.data === null) return <LoadingState label={loadingLabel} />;
  return <>{children(data.data)}</>;
}
