import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useRef } from 'react';

/**
 * Pull to refresh over remote data: `refresh` reloads, and the spinner stops once `busy` (some of the
 * data loading) has gone true and back to false. The page config needs `enablePullDownRefresh: true`.
 */
export function usePullToRefresh(refresh: () => void, busy: boolean): void {
  const pulled = useRef(false);
  const sawBusy = useRef(false);

  usePullDownRefresh(() => {
    pulled.current = true;
    sawBusy.current = false;
    refresh();
  });

  useEffect(() => {
    if (!pulled.current) return;
    if (busy) {
      sawBusy.current = true;
      return;
    }
    if (sawBusy.current) {
      pulled.current = false;
      Taro.stopPullDownRefresh();
    }
  }, [busy]);
}
