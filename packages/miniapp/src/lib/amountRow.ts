// One row of a money list (a bill, a payment): what, for whom and when, the amount in yuan and its status
// in words, and the one sentence a screen reader says for the row.
import { formatYuan } from '@yika/sdk/domain';

export interface AmountRowModel {
  id: string;
  title: string;
  subtitle: string;
  amountText: string;
  statusText: string;
  label: string;
}

export function amountRow(row: {
  id: string;
  title: string;
  subtitle: string;
  amountFen: number;
  statusText: string;
}): AmountRowModel {
  const amountText = formatYuan(row.amountFen);
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    amountText,
    statusText: row.statusText,
    label: `${row.title}，${amountText}，${row.statusText}`,
  };
}
