import Taro, { useDidShow, useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ActionButton } from '../../components/ActionButton';
import { AppointmentRow } from '../../components/appointment/AppointmentRow';
import { WaitlistRow } from '../../components/appointment/WaitlistRow';
import { ChipGroup } from '../../components/ChipGroup';
import { EmptyState } from '../../components/EmptyState';
import { EntryRow } from '../../components/EntryRow';
import { ErrorState } from '../../components/ErrorState';
import { ListFooter } from '../../components/ListFooter';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useMyAppointments, type MyAppointments } from '../../hooks/useMyAppointments';
import { usePullToRefresh } from '../../hooks/usePullToRefresh';
import { useReloadOnShow } from '../../hooks/useReloadOnShow';
import { cardFilterOptions, SEGMENT_OPTIONS, segmentEmptyText } from '../../lib/appointmentSegments';
import { takeRequestedSegment } from '../../services/appointmentsTab';
import { appointmentDetailUrl, goToSignIn, payCheckoutUrl, ROUTES } from '../../services/routes';

const open = (url: string) => void Taro.navigateTo({ url });

function AppointmentList({ my }: { my: MyAppointments }) {
  const list = my.appointments;
  const empty = segmentEmptyText(my.segment);
  if (list.status === 'loading') return <LoadingState label="正在加载预约…" />;
  if (list.status === 'error')
    return <ErrorState title="预约加载失败" error={list.error} onRetry={list.reload} />;
  if (list.status === 'empty') {
    return (
      <EmptyState
        title={empty.title}
        hint={empty.hint}
        action={
          <ActionButton variant="secondary" onClick={() => void Taro.switchTab({ url: ROUTES.home })}>
            去预约挂号
          </ActionButton>
        }
      />
    );
  }
  return (
    <View id="appointment-list">
      {list.items.map((appointment) => (
        <AppointmentRow
          key={appointment.id}
          appointment={appointment}
          onOpen={(id) => open(appointmentDetailUrl(id))}
        />
      ))}
      <ListFooter
        loadingMore={list.loadingMore}
        loadMoreError={list.loadMoreError}
        hasMore={list.hasMore}
        onLoadMore={() => list.loadMore('explicit')}
      />
    </View>
  );
}

function WaitlistList({ my }: { my: MyAppointments }) {
  const { waitlist } = my;
  const empty = segmentEmptyText('waitlist');
  if (waitlist.status === 'loading' && waitlist.data === undefined)
    return <LoadingState label="正在加载候补…" />;
  if (waitlist.status === 'error') {
    return <ErrorState title="候补加载失败" error={waitlist.error} onRetry={waitlist.reload} />;
  }
  if (waitlist.status === 'empty' || !waitlist.data)
    return <EmptyState title={empty.title} hint={empty.hint} />;
  return (
    <View id="waitlist-list">
      {waitlist.data.map((entry) => (
        <WaitlistRow
          key={entry.id}
          entry={entry}
          busy={my.leavingId !== null}
          onPay={(holdId) => open(payCheckoutUrl({ hold: holdId }))}
          onLeave={my.leave}
        />
      ))}
    </View>
  );
}

/**
 * 预约: the account's bookings for every family card, 即将就诊 / 历史预约 / 候补, filtered by card, with
 * pull to refresh and page-by-page loading; a row opens the booking's detail. 消息 lists what the platform
 * told the account (停诊, refunds, waitlist offers).
 */
export default function AppointmentsPage() {
  const my = useMyAppointments();
  const { cards, segment } = my;

  useDidShow(() => {
    const requested = takeRequestedSegment();
    if (requested) my.setSegment(requested);
  });
  useReloadOnShow(my.reloadList);
  const busy =
    cards.status === 'loading' ||
    (segment === 'waitlist' ? my.waitlist.status === 'loading' : my.appointments.refreshing);
  usePullToRefresh(my.refresh, busy);
  useReachBottom(() => {
    if (segment !== 'waitlist') my.appointments.loadMore('auto');
  });

  if (cards.status === 'loading' && cards.data === undefined) {
    return (
      <Page id="appointments-page">
        <LoadingState label="正在加载预约…" />
      </Page>
    );
  }
  if (cards.status === 'error') {
    return (
      <Page id="appointments-page">
        <ErrorState title="预约加载失败" error={cards.error} onRetry={cards.reload} />
      </Page>
    );
  }
  if (cards.data === null) {
    return (
      <Page id="appointments-page">
        <View id="appointments-signed-out" className="yika-card">
          <EmptyState
            title="登录后查看预约"
            hint="登录后可以为自己和家人预约全市医院的号源，并在这里查看和取消。"
            action={
              <ActionButton id="appointments-sign-in" onClick={goToSignIn}>
                登录 / 注册
              </ActionButton>
            }
          />
        </View>
      </Page>
    );
  }
  const cardOptions = cardFilterOptions(cards.data ?? []);
  return (
    <Page id="appointments-page">
      <View className="appointments-filters">
        <ChipGroup
          id="appointment-segments"
          label="预约分类"
          className="appointments-filters__segments"
          options={SEGMENT_OPTIONS}
          value={segment}
          onChange={my.setSegment}
        />
        {cardOptions.length > 0 ? (
          <ChipGroup
            id="appointment-card-filter"
            label="按就诊人筛选"
            className="appointment-card-filter"
            scrollable
            options={cardOptions}
            value={my.cardFilter}
            onChange={my.setCardFilter}
          />
        ) : null}
      </View>
      <View className="yika-card appointments-filters__messages">
        <EntryRow
          id="open-events"
          title="消息"
          hint="停诊通知、退款到账、候补结果"
          onOpen={() => open(ROUTES.accountEvents)}
        />
      </View>
      {segment === 'waitlist' ? <WaitlistList my={my} /> : <AppointmentList my={my} />}
    </Page>
  );
}
