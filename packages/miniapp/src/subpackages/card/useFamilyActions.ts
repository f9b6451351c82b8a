import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { Card } from '@yika/sdk';
import { holderNameForDisplay } from '../../lib/cardDisplay';
import { errorMessageOf } from '../../lib/errors';
import { yika } from '../../services/yika';

export interface FamilyActions {
  /** The card an action is running for; its buttons (and the others') wait meanwhile. */
  busyRef: string | null;
  error: string | null;
  makeDefault: (card: Card) => void;
  unbind: (card: Card) => void;
}

/** 设为默认 and 解绑 (after a confirmation), then `onChanged` to reload the list. */
export function useFamilyActions(onChanged: () => void): FamilyActions {
  const [busyRef, setBusyRef] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (card: Card, action: () => Promise<unknown>, done: string) => {
    setBusyRef(card.id);
    setError(null);
    try {
      await action();
      void Taro.showToast({ title: done, icon: 'none' });
      onChanged();
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setBusyRef(null);
    }
  };

  const makeDefault = (card: Card) => void run(card, () => yika.cards.setDefault(card.id), '已设为默认卡');

  const unbind = (card: Card) => {
    const name = holderNameForDisplay(card);
    void Taro.showModal({
      title: '解绑健康卡',
      content:
        `解绑后，${name}的健康卡不再显示在您的账号中。` +
        '电子健康卡和在各医院的就诊记录仍保留在平台上，以后可以重新绑定。',
      confirmText: '确认解绑',
      cancelText: '取消',
      confirmColor: '#b3261e',
    }).then(({ confirm }) => {
      if (confirm) void run(card, () => yika.cards.unbind(card.id), '已解绑');
    });
  };

  return { busyRef, error, makeDefault, unbind };
}
