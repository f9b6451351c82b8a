import type { CardsGateMessages } from '../../components/card/CardsGate';

/** Bills and payments belong to the account's cards: the pay pages' gate says so when there are none. */
export const PAY_GATE: CardsGateMessages = {
  signedOut: { title: '请先登录', hint: '登录后可以查看和缴纳门诊费用。', actionId: 'pay-sign-in' },
  noCard: {
    title: '您还没有电子健康卡',
    hint: '门诊费用按健康卡查询，请先申领电子健康卡。',
    actionId: 'pay-apply-card',
  },
};
