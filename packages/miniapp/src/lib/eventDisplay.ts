// 消息: one thing the platform told the account (AccountEvent) as a list row. The title and text come in
// Chinese from the platform (names masked); the row adds what kind it is and when, in Shanghai time.
import type { AccountEvent } from '@yika/sdk';
import { EVENT_TYPE_NAMES, formatShanghaiDateTime } from '@yika/sdk/domain';

export interface EventRowModel {
  id: string;
  typeName: string;
  title: string;
  body: string;
  timeText: string;
  label: string;
}

export function eventRow(event: AccountEvent): EventRowModel {
  const typeName = EVENT_TYPE_NAMES[event.type];
  const timeText = formatShanghaiDateTime(event.occurredAt, { withYear: true });
  return {
    id: event.id,
    typeName,
    title: event.title,
    body: event.body,
    timeText,
    label: `${typeName}，${event.title}，${timeText}，${event.body}`,
  };
}
