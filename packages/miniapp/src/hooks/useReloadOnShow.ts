import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/**
 * Runs `reload` whenever the page is shown again (back from a page that changed what it shows: a slot
 * taken, a booking cancelled); not on the first show, which is the mount and loads already.
 */
export function useReloadOnShow(reload: () => void): void {
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false;
    else reload();
  });
}
