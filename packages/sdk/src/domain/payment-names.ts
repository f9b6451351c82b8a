// Chinese names of the payment enums, for screens. Each table `satisfies` a Record over the contract's
// generated enum (like ./booking-names), so a contract change fails the typecheck until named here.
import type { components } from '../generated/openapi';

type Schemas = components['schemas'];

/** A payment order's state (订单状态). */
export const PAYMENT_STATUS_NAMES = Object.freeze({
  unpaid: '待支付',
  paid: '已支付',
  refunding: '退款中',
  refunded: '已全额退款',
  partially_refunded: '已部分退款',
  closed: '已关闭',
} satisfies Record<Schemas['PaymentStatus'], string>);

/** A refund's state (退款状态). */
export const REFUND_STATUS_NAMES = Object.freeze({
  processing: '退款处理中',
  success: '已退款',
} satisfies Record<Schemas['RefundStatus'], string>);

/** What is paid. */
export const PAYMENT_PURPOSE_NAMES = Object.freeze({
  registration: '挂号费',
  bill: '门诊缴费',
} satisfies Record<Schemas['PaymentPurpose'], string>);

/** How it was paid. */
export const PAYMENT_METHOD_NAMES = Object.freeze({
  wechat: '微信支付',
  onsite: '现场缴费',
  insurance: '医保支付',
} satisfies Record<NonNullable<Schemas['Payment']['method']>, string>);

/** A bill's state. */
export const BILL_STATUS_NAMES = Object.freeze({
  unpaid: '待缴费',
  paid: '已缴费',
} satisfies Record<Schemas['BillStatus'], string>);

/** How an amount splits between medical insurance (医保) and self-pay (自费). */
export const INSURANCE_MIX_TYPE_NAMES = Object.freeze({
  CASH_ONLY: '全自费',
  INSURANCE_ONLY: '全医保',
  CASH_AND_INSURANCE: '医保加自费',
} satisfies Record<Schemas['InsuranceMixType'], string>);

/** A bill item's category (费用类别). */
export const BILL_ITEM_CATEGORY_NAMES = Object.freeze({
  drug: '药品',
  lab: '检验',
  exam: '检查',
  treatment: '治疗',
  material: '材料',
  fee: '诊查费',
} satisfies Record<Schemas['BillItemCategory'], string>);

/** A bill item's insurance class (医保目录类别): 甲类 covered, 乙类 partly paid first, 丙类 self-pay. */
export const INSURANCE_CLASS_NAMES = Object.freeze({
  A: '甲类',
  B: '乙类',
  C: '丙类',
} satisfies Record<Schemas['InsuranceClass'], string>);
