import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import type { Account } from '@yika/sdk';
import { isSignedOutError } from '../lib/errors';
import { yika } from '../services/yika';
import { useRemoteData, type RemoteData } from './useRemoteData';

/**
 * The signed-in account, or null when signed out (status 'empty'). Checked again whenever the page is
 * shown, since signing in and out happen on other pages.
 */
export function useAccount(): RemoteData<Account | null> {
  const loadAccount = useCallback(async (signal: AbortSignal | undefined): Promise<Account | null> => {
    if (!(await yika.auth.isSignedIn())) return null;
    try {
      return await yika.auth.me({ signal });
    } catch (error) {
      if (isSignedOutError(error)) return null;
      throw error;
    }
  }, []);
  const account = useRemoteData(loadAccount);

  const firstShow = useRef(true);
  useDidShow(() => {
    // The first show is the mount, which already loads.
    if (firstShow.current) firstShow.current = false;
    else account.reload();
  });
  return account;
}
