import { useSyncExternalStore } from 'react';
import type { ElderModeSetting } from '../lib/elderMode';
import { getElderMode, setElderMode, subscribeElderMode } from '../services/elderMode';

export interface ElderMode {
  /** Elder mode (关怀模式) is on: bigger text and tap targets, the simplified home. */
  enabled: boolean;
  /** No choice stored: WeChat's font size decides. */
  automatic: boolean;
  /** WeChat reports an enlarged font (what automatic follows). */
  systemLargeText: boolean;
  setMode: (mode: ElderModeSetting) => void;
}

/** The app-wide elder mode; every component using it re-renders when it changes. */
export function useElderMode(): ElderMode {
  const state = useSyncExternalStore(subscribeElderMode, getElderMode, getElderMode);
  return { ...state, setMode: setElderMode };
}
