import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import {
  cameBackOnline,
  connectivityOfNetworkType,
  connectivityOfOnLine,
  type Connectivity,
} from '../lib/network';

// One watcher for the whole app, started by the first screen that asks: WeChat's network status events
// on weapp, the browser's online/offline events on H5 (Taro's H5 network API reads navigator.connection,
// which Safari lacks, so the plain events are the dependable ones).
/** How long after the device reports it is back online the automatic reload waits. */
const RECONNECT_SETTLE_MS = 1_000;

type Listener = (connectivity: Connectivity) => void;
const listeners = new Set<Listener>();
let current: Connectivity = 'unknown';
let watching = false;

function publish(next: Connectivity) {
  if (next === current) return;
  current = next;
  listeners.forEach((listener) => listener(next));
}

function startWatching() {
  if (watching) return;
  watching = true;
  if (process.env.TARO_ENV === 'h5') {
    publish(connectivityOfOnLine(navigator.onLine));
    window.addEventListener('online', () => publish('online'));
    window.addEventListener('offline', () => publish('offline'));
    return;
  }
  Taro.getNetworkType({
    success: (result) => publish(connectivityOfNetworkType(result.networkType)),
  }).catch(() => undefined);
  Taro.onNetworkStatusChange((result) => publish(result.isConnected ? 'online' : 'offline'));
}

/**
 * What the device says about its connection, kept current; `onReconnect` runs when it comes back after
 * being offline (an offline screen reloads by itself, so a resident need not find the retry button).
 */
export function useConnectivity(onReconnect?: () => void): Connectivity {
  const [connectivity, setConnectivity] = useState<Connectivity>(current);
  const reconnect = useRef(onReconnect);
  reconnect.current = onReconnect;

  useEffect(() => {
    startWatching();
    let last = current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setConnectivity(current);
    const listener: Listener = (next) => {
      if (cameBackOnline(last, next)) {
        // The "connected" report comes a moment before requests get through (Wi-Fi still negotiating,
        // the browser's network stack catching up): a reload at once would fail again.
        clearTimeout(timer);
        timer = setTimeout(() => reconnect.current?.(), RECONNECT_SETTLE_MS);
      }
      last = next;
      setConnectivity(next);
    };
    listeners.add(listener);
    return () => {
      clearTimeout(timer);
      listeners.delete(listener);
    };
  }, []);

  return connectivity;
}
