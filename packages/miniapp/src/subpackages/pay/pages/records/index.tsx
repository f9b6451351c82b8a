import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { Card } from '@yika/sdk';
import { ChipGroup } from '../../../../components/ChipGroup';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { PagedListView } from '../../../../components/PagedListView';
import { useCards } from '../../../../hooks/useCards';
import { usePagedListPage } from '../../../../hooks/usePagedListPage';
import { cardOptions } from '../../../../lib/billList';
import { paymentRow } from '../../../../lib/paymentRecord';
import { pageParam } from '../../../../lib/routeParams';
import { paymentRecordUrl } from '../../../../services/routes';
import { AmountRow } from '../../components/AmountRow';
import { CardsGate } from '../../../../components/card/CardsGate';
import { PAY_GATE } from '../../payGate';
import { usePaymentRecords } from '../../usePayLists';
import '../../pay.scss';

const ALL_CARDS = 'all';

function RecordList({ cards, initialCard }: { cards: Card[]; initialCard: string | undefined }) {
  const [cardRef, setCardRef] = useState(
    initialCard && cards.some((card) => card.id === initialCard) ? initialCard : ALL_CARDS,
  );
  const records = usePaymentRecords(cardRef === ALL_CARDS ? undefined : cardRef);

  // Refunds move on while the resident looks elsewhere (退款中 -> 已退款).
  usePagedListPage(records, { refreshOnShow: true });

  return (
    <View id="payment-records">
      <View className="pay__filters">
        <ChipGroup
          id="records-cards"
          label="按就诊人筛选"
          options={[{ code: ALL_CARDS, name: '全部就诊人' }, ...cardOptions(cards)]}
          value={cardRef}
          onChange={setCardRef}
          className="pay__chip-row"
          scrollable
        />
      </View>
      <PagedListView
        list={records}
        id="record-list"
        loadingLabel="正在加载缴费记录…"
        errorTitle="缴费记录加载失败"
        empty={<EmptyState title="还没有缴费记录" hint="挂号费和门诊缴费的订单会显示在这里。" />}
      >
        {(items) =>
          items.map((payment) => (
            <AmountRow
              key={payment.id}
              model={paymentRow(payment)}
              onOpen={(id) => void Taro.navigateTo({ url: paymentRecordUrl(id) })}
            />
          ))
        }
      </PagedListView>
    </View>
  );
}

/** 缴费记录: registration fees and bills paid (or tried) for the family's cards, newest first. */
export default function PaymentRecordsPage() {
  const { params } = useRouter();
  const cards = useCards();
  return (
    <Page id="pay-records-page">
      <CardsGate cards={cards} {...PAY_GATE}>
        {(list) => <RecordList cards={list} initialCard={pageParam(params, 'card')} />}
      </CardsGate>
    </Page>
  );
}
