// Whether a failed load is "no connection" or some other fault, decided once here so every screen says
// the same thing. An offline resident needs different words (check Wi-Fi or mobile data) and can do
// something about it; a platform fault only asks them to try again later.

import { isYikaError } from '@yika/sdk';

/** What the device reports: connected, not connected, or not known (no report yet, or no API for it). */
export type Connectivity = 'online' | 'offline' | 'unknown';

/** How a failed load is shown: `offline` (the device or the way to the platform is down) or `error`. */
export type LoadProblem = 'offline' | 'error';

/** WeChat's `networkType` (wifi, 4g, none, unknown ...): only `none` means no connection. */
export function connectivityOfNetworkType(networkType: string | undefined): Connectivity {
  if (networkType === undefined || networkType === '') return 'unknown';
  return networkType === 'none' ? 'offline' : 'online';
}

/** A browser's `navigator.onLine`: false is reliable, true only means some network interface is up. */
export function connectivityOfOnLine(onLine: boolean | undefined): Connectivity {
  if (onLine === undefined) return 'unknown';
  return onLine ? 'online' : 'offline';
}

/**
 * The SDK gives `NETWORK_ERROR` when no answer came at all (no connection, the request dropped); a device
 * that reports itself offline makes any failure an offline one, since retrying before it reconnects is
 * pointless. Timeouts and platform errors stay errors: the connection worked.
 */
export function loadProblemOf(error: unknown, connectivity: Connectivity): LoadProblem {
  if (connectivity === 'offline') return 'offline';
  if (isYikaError(error) && error.code === 'NETWORK_ERROR') return 'offline';
  return 'error';
}

export interface OfflineText {
  title: string;
  hint: string;
}

/** The words of the offline state: sure when the device says so, more careful when only the request failed. */
export function offlineText(connectivity: Connectivity): OfflineText {
  if (connectivity === 'offline') {
    return {
      title: '网络未连接',
      hint: '请打开移动数据或连接 Wi-Fi，网络恢复后会自动重新加载。',
    };
  }
  return {
    title: '网络连接失败',
    hint: '暂时连不上服务，请检查网络后点“重试”。',
  };
}

/** Reload by itself when the device comes back online after being offline (not on every report). */
export function cameBackOnline(previous: Connectivity, next: Connectivity): boolean {
  return previous === 'offline' && next === 'online';
}
