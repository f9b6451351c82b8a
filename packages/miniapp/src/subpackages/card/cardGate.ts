import type { CardsGateMessages } from '../../components/card/CardsGate';

/** The card pages' gate (出示健康卡, 家庭成员, 关联社保卡): signed out, and no card yet (申领). */
export const CARD_GATE: CardsGateMessages = {
  signedOut: {
    id: 'cards-signed-out',
    title: '请先登录',
    hint: '登录后才能查看和出示电子健康卡。',
    actionId: 'cards-sign-in',
  },
  noCard: {
    id: 'cards-empty',
    title: '您还没有电子健康卡',
    hint: '实名申领一次，全市医院通用。',
    actionId: 'cards-apply',
  },
};
