import Taro, { useDidShow, useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Card } from '@yika/sdk';
import { ActionButton } from '../../components/ActionButton';
import { CardsGate } from '../../components/card/CardsGate';
import { AppointmentRow } from '../../components/appointment/AppointmentRow';
import { WaitlistRow } from '../../components/appointment/WaitlistRow';
import { ChipGroup } from '../../components/ChipGroup';
import { EmptyState } from '../../components/EmptyState';
import { EntryRow } from '../../components/EntryRow';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { PagedListView } from '../../components/PagedListView';
import { useMyAppointments, type MyAppointments } from '../../hooks/useMyAppointments';
import { usePullToRefresh } from '../../hooks/usePullToRefresh';
import { useReloadOnShow } from '../../hooks/useReloadOnShow';
import { cardFilterOptions, SEGMENT_OPTIONS, segmentEmptyText } from '../../lib/appointmentSegments';
import { takeRequestedSegment } from '../../services/appointmentsTab';
import { appointmentDetailUrl, goHome, payCheckoutUrl, ROUTES } from '../../services/routes';

const open = (url: string) => void Taro.navigateTo({ url });

function AppointmentList({ my }: { my: MyAppointments }) {
  const empty = segmentEmptyText(my.segment);
  return (
    <PagedListView
      list={my.appointments}
      id="appointment-list"
      loadingLabel="正在加载预约…"
      errorTitle="预约加载失败"
      empty={
        <EmptyState
          title={empty.title}
          hint={empty.hint}
          action={
            <ActionButton variant="secondary" onClick={goHome}>
              去预约挂号
            </ActionButton>
          }
        />
      }
    >
      {(items) =>
        items.map((appointment) => (
          <AppointmentRow
            key={appointment.id}
            appointment={appointment}
            onOpen={(id) => open(appointmentDetailUrl(id))}
          />
        ))
      }
    </PagedListView>
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

/** The segments, the card filter and the way to 消息, above the list. */
function AppointmentFilters({ my, cards }: { my: MyAppointments; cards: Card[] }) {
  const cardOptions = cardFilterOptions(cards);
  return (
    <>
      <View className="appointments-filters">
        <ChipGroup
          id="appointment-segments"
          label="预约分类"
          kind="tabs"
          className="appointments-filters__segments"
          options={SEGMENT_OPTIONS}
          value={my.segment}
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
    </>
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

  return (
    <Page id="appointments-page">
      <CardsGate
        cards={cards}
        onRetry={my.refresh}
        loadingLabel="正在加载预约…"
        errorTitle="预约加载失败"
        signedOut={{
          id: 'appointments-signed-out',
          title: '登录后查看预约',
          hint: '登录后可以为自己和家人预约全市医院的号源，并在这里查看和取消。',
          actionId: 'appointments-sign-in',
        }}
      >
        {(list) => (
          <>
            <AppointmentFilters my={my} cards={list} />
            {segment === 'waitlist' ? <WaitlistList my={my} /> : <AppointmentList my={my} />}
          </>
        )}
      </CardsGate>
    </Page>
  );
}
