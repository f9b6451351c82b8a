import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import type { Card } from '@yika/sdk';
import { isSignedOutError } from '../lib/errors';
import { yika } from '../services/yika';
import { useRemoteData, type RemoteData } from './useRemoteData';

/**
 * The account's health cards (its own and its family's), or null when signed out; 'empty' means signed
 * in without a card. One request (`GET /v1/cards`); checking the session is local. Loaded again whenever
 * the page is shown again, since cards are added, unbound and made default on other pages.
 */
export function useCards(): RemoteData<Card[] | null> {
  const loadCards = useCallback(async (signal: AbortSignal | undefined): Promise<Card[] | null> => {
    if (!(await yika.auth.isSignedIn())) return null;
    try {
      return await yika.cards.list({ signal });
    } catch (error) {
      if (isSignedOutError(error)) return null;
      throw error;
    }
  }, []);
  const cards = useRemoteData(loadCards, { isEmpty: (data) => data !== null && data.length === 0 });

  const firstShow = useRef(true);
  useDidShow(() => {
    // The first show is the mount, which already loads.
    if (firstShow.current) firstShow.current = false;
    else cards.reload();
  });
  return cards;
}
