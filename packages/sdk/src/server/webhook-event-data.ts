// Checks an event's `data` against its type's shape at run time (the signature proves who sent it, not
// that this SDK understands it), and keeps only the fields the contract names, so a handler never sees
// something its types do not describe. The rules are typed against the generated shapes: a field added to
// the contract without a rule here fails to compile.
import type { WebhookEventDataMap, WebhookEventType } from './webhook-event-types';

/** How one field is checked, chosen by the field's type. */
type Rule<V> = [V] extends [string]
  ? string extends V
    ? 'text'
    : readonly V[]
  : [V] extends [number]
    ? 'count'
    : [V] extends [string | null]
      ? 'text-or-null'
      : [V] extends [readonly (infer Item)[]]
        ? { readonly list: Rules<Item> }
        : null extends V
          ? { readonly objectOrNull: Rules<NonNullable<V>> }
          : { readonly object: Rules<V> };

type Rules<T> = { readonly [K in keyof T]-?: Rule<T[K]> };

type AnyRule =
  | 'text'
  | 'count'
  | 'text-or-null'
  | readonly string[]
  | { readonly list: AnyRules }
  | { readonly objectOrNull: AnyRules }
  | { readonly object: AnyRules };
type AnyRules = Readonly<Record<string, AnyRule>>;

const CHANNELS = ['wechat-miniapp', 'hospital-app', 'web', 'kiosk', 'phone', 'window'] as const;
const PERIODS = ['morning', 'afternoon', 'evening'] as const;

const split = {
  object: {
    mixType: ['CASH_ONLY', 'INSURANCE_ONLY', 'CASH_AND_INSURANCE'],
    totalFen: 'count',
    fundFen: 'count',
    personalAccountFen: 'count',
    selfPayFen: 'count',
  },
} as const;

const RULES: { readonly [T in WebhookEventType]: Rules<WebhookEventDataMap[T]> } = {
  'card.linked': { hospitalId: 'text', patientNumber: 'text', linkedAt: 'text' },
  'appointment.booked': {
    appointmentId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    departmentId: 'text',
    doctorId: 'text',
    scheduleId: 'text',
    slotId: 'text',
    date: 'text',
    period: PERIODS,
    startsAt: 'text',
    endsAt: 'text',
    channel: CHANNELS,
    feeFen: 'count',
    bookedAt: 'text',
  },
  'appointment.cancelled': {
    appointmentId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    scheduleId: 'text',
    slotId: 'text',
    cancelledBy: ['resident'],
    cancelledAt: 'text',
    refund: { objectOrNull: { paymentId: 'text', amountFen: 'count' } },
  },
  'appointment.checked_in': {
    appointmentId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    scheduleId: 'text',
    checkedInAt: 'text',
  },
  'appointment.no_show': {
    appointmentId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    scheduleId: 'text',
    slotId: 'text',
    noShowAt: 'text',
  },
  'schedule.stopped': {
    scheduleId: 'text',
    hospitalId: 'text',
    departmentId: 'text',
    doctorId: 'text',
    date: 'text',
    period: PERIODS,
    reason: 'text',
    stoppedAt: 'text',
    refundedFen: 'count',
    closedWaitlistEntries: 'count',
    appointments: { list: { appointmentId: 'text', patientNumber: 'text', refundFen: 'count' } },
  },
  'payment.succeeded': {
    paymentId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    purpose: ['registration', 'bill'],
    appointmentId: 'text-or-null',
    billId: 'text-or-null',
    amountFen: 'count',
    split,
    method: ['wechat', 'onsite', 'insurance'],
    paidAt: 'text',
  },
  'payment.refunded': {
    paymentId: 'text',
    refundId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    appointmentId: 'text-or-null',
    billId: 'text-or-null',
    amountFen: 'count',
    refundedFen: 'count',
    reason: 'text',
    refundedAt: 'text',
  },
  'report.ready': {
    reportId: 'text',
    hospitalId: 'text',
    patientNumber: 'text',
    reportType: ['lab', 'exam'],
    reportedAt: 'text',
  },
};

/** Whether this SDK knows the event type (an unknown one needs a newer SDK, not a guess). */
export function isKnownEventType(type: unknown): type is WebhookEventType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(RULES, type);
}

/** The event's data with only the contract's fields, or null when it does not have the type's shape. */
export function eventDataOf<T extends WebhookEventType>(
  type: T,
  data: unknown,
): WebhookEventDataMap[T] | null {
  // The typed table guarantees the rules match the type; the checker itself works on plain values.
  return checkObject(data, RULES[type] as AnyRules) as WebhookEventDataMap[T] | null;
}

function checkObject(value: unknown, rules: AnyRules): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const source = value as Record<string, unknown>;
  const checked: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(rules)) {
    if (!Object.prototype.hasOwnProperty.call(source, field)) return null;
    const result = checkField(source[field], rule);
    if (result === INVALID) return null;
    checked[field] = result;
  }
  return checked;
}

const INVALID = Symbol('invalid');

function checkField(value: unknown, rule: AnyRule): unknown {
  if (rule === 'text') return typeof value === 'string' && value !== '' ? value : INVALID;
  if (rule === 'count') return Number.isSafeInteger(value) && (value as number) >= 0 ? value : INVALID;
  if (rule === 'text-or-null')
    return value === null || (typeof value === 'string' && value !== '') ? value : INVALID;
  if (isEnumRule(rule)) return typeof value === 'string' && rule.includes(value) ? value : INVALID;
  if ('list' in rule) {
    if (!Array.isArray(value)) return INVALID;
    const items = value.map((item) => checkObject(item, rule.list));
    return items.every((item) => item !== null) ? items : INVALID;
  }
  if ('objectOrNull' in rule)
    return value === null ? null : (checkObject(value, rule.objectOrNull) ?? INVALID);
  return checkObject(value, rule.object) ?? INVALID;
}

function isEnumRule(rule: AnyRule): rule is readonly string[] {
  return Array.isArray(rule);
}
