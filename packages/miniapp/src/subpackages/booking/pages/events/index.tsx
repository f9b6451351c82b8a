import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { AccountEvent } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { ListFooter } from '../../../../components/ListFooter';
import { LoadingState } from '../../../../components/LoadingState';
import { Page } from '../../../../components/Page';
import { StatusChip } from '../../../../components/StatusChip';
import { usePagedList } from '../../../../hooks/usePagedList';
import { a11yProps } from '../../../../lib/a11y';
import { eventRow } from '../../../../lib/eventDisplay';
import { appointmentDetailUrl } from '../../../../services/routes';
import { yika } from '../../../../services/yika';
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
      className="event-row"
      data-event-type={event.type}
      onClick={open}
      {...a11yProps({ role: open ? 'link' : 'article', label: row.label, focusable: open !== undefined })}
    >
      <View className="event-row__head">
        <Text className="event-row__title">{row.title}</Text>
        <StatusChip text={row.typeName} tone="active" />
      </View>
      <Text className="event-row__time">{row.timeText}</Text>
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
  usePullDownRefresh(() => {
    void events.refresh().then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => events.loadMore('auto'));
  return (
    <Page id="events-page">
      {events.status === 'loading' ? <LoadingState label="正在加载消息…" /> : null}
      {events.status === 'error' ? (
        <ErrorState title="消息加载失败" error={events.error} onRetry={events.reload} />
      ) : null}
      {events.status === 'empty' ? (
        <EmptyState title="暂无消息" hint="停诊通知、退款到账和候补结果会显示在这里。" />
      ) : null}
      {events.status === 'ready' ? (
        <View id="event-list">
          {events.items.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
          <ListFooter
            loadingMore={events.loadingMore}
            loadMoreError={events.loadMoreError}
            hasMore={events.hasMore}
            onLoadMore={() => events.loadMore('explicit')}
          />
        </View>
      ) : null}
    </Page>
  );
}
