// The bills list (门诊缴费): filtered by family card and by status, grouped by hospital in the order the
// platform lists them (newest first), so each hospital's bills read together.
import type { Bill, BillStatus, Card, HospitalRef } from '@yika/sdk';
import { BILL_STATUS_NAMES } from '@yika/sdk/domain';
import { amountRow, type AmountRowModel } from './amountRow';
import { cardLabel } from './cardDisplay';
import { clockTimeText, shanghaiDateOf } from './bookingDates';

/** The status chips: 待缴费 first (what the resident comes for), then 已缴费. */
export const BILL_STATUS_OPTIONS: ReadonlyArray<{ code: BillStatus; name: string }> = (
  ['unpaid', 'paid'] as const
).map((code) => ({ code, name: BILL_STATUS_NAMES[code] }));

export function billStatusName(status: BillStatus): string {
  return BILL_STATUS_NAMES[status];
}

/** The family-card chips: one per card (masked name and relation). */
export function cardOptions(cards: readonly Card[]): Array<{ code: string; name: string }> {
  return cards.map((card) => ({ code: card.id, name: cardLabel(card) }));
}

export interface HospitalGroup<T> {
  hospital: HospitalRef;
  items: T[];
}

/** Consecutive-or-not, every item of one hospital in one group; groups in the order first seen. */
export function groupByHospital<T extends { hospital: HospitalRef }>(
  items: readonly T[],
): HospitalGroup<T>[] {
  const groups = new Map<string, HospitalGroup<T>>();
  for (const item of items) {
    const group = groups.get(item.hospital.id);
    if (group) group.items.push(item);
    else groups.set(item.hospital.id, { hospital: item.hospital, items: [item] });
  }
  return [...groups.values()];
}

/** `2026-11-22 09:30` at the Shanghai clock. */
export function dateTimeText(iso: string): string {
  return `${shanghaiDateOf(iso)} ${clockTimeText(iso)}`;
}

export function billRow(bill: Bill): AmountRowModel {
  return amountRow({
    id: bill.id,
    title: `${bill.departmentName} · ${bill.doctorName}`,
    subtitle: `${bill.patientName} · ${dateTimeText(bill.issuedAt)} · ${bill.items.length}项`,
    amountFen: bill.totalFen,
    statusText: billStatusName(bill.status),
  });
}
