import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { AccountEvent } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { PagedListView } from '../../../../components/PagedListView';
import { StatusChip } from '../../../../components/StatusChip';
import { usePagedList } from '../../../../hooks/usePagedList';
import { usePagedListPage } from '../../../../hooks/usePagedListPage';
import { a11yProps } from '../../../../lib/a11y';
import { eventRow } from '../../../../lib/eventDisplay';
import { appointmentDetailUrl } from '../../../../services/routes';
import { yika } from '../../../../services/yika';
import '../../../../components/list-row.scss';
import '../../booking.scss';

const PAGE_SIZE = 20;

function EventRow({ event }: { event: AccountEvent }) {
  const row = eventRow(event);
  const appointmentId = event.appointmentId;
  const open = appointmentId
    ? () => void Taro.navigateTo({ url: appointmentDetailUrl(appointmentId) })
    : undefined;
  return (
    <View
      className="list-row event-row"
      data-event-type={event.type}
      onClick={open}
      {...a11yProps({ role: open ? 'link' : 'article', label: row.label, focusable: open !== undefined })}
    >
      <View className="list-row__head">
        <Text className="list-row__title">{row.title}</Text>
        <StatusChip text={row.typeName} tone="active" />
      </View>
      <Text className="list-row__meta">{row.timeText}</Text>
      <Text className="event-row__body">{row.body}</Text>
      {open ? <Text className="event-row__link">查看预约 ›</Text> : null}
    </View>
  );
}

/** 消息: what the platform told the account (停诊, 爽约, 候补, 退款, 订单关闭), newest first. */
export default function EventsPage() {
  const fetchPage = useCallback(
    (cursor: string | undefined, signal: AbortSignal | undefined) =>
      yika.events.list({ cursor, limit: PAGE_SIZE }, { signal }),
    [],
  );
  const events = usePagedList(fetchPage);
  usePagedListPage(events);
  return (
    <Page id="events-page">
      <PagedListView
        list={events}
        id="event-list"
        loadingLabel="正在加载消息…"
        errorTitle="消息加载失败"
        empty={<EmptyState title="暂无消息" hint="停诊通知、退款到账和候补结果会显示在这里。" />}
      >
        {(items) => items.map((event) => <EventRow key={event.id} event={event} />)}
      </PagedListView>
    </Page>
  );
}
